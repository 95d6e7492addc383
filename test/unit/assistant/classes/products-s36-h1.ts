import type { Case } from '../table/case';

/**
 * The generated classes of session 36's engineer h1 (sets 21/22's miss classes), spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 */
export const PRODUCTS_S36_H1: Readonly<Record<string, readonly Case[]>> = {};
