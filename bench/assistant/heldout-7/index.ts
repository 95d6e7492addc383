import type { HeldOutCase } from '../heldout';
import { MIXED_7 } from './mixed';
import { TITLES_7 } from './titles';
import { WORDING_7 } from './wording';

/**
 * The seventh held-out set (session 21): written after held-out 6's fixes, from a third mindset (template-gallery
 * titles, questions, the trigger written last, typing habits in new words) plus the issue's classes. Measured once;
 * never tuned to.
 */
export const HELD_OUT_7: readonly HeldOutCase[] = [...TITLES_7, ...MIXED_7, ...WORDING_7];
