import type { Case } from '../table/case';

/**
 * The generated classes of session 37's engineer a1, spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 */
export const PRODUCTS_S37_A1: Readonly<Record<string, readonly Case[]>> = {};
