import type { HeldOutCase } from '../heldout';
import { SCHEDULES_10 } from './schedules';
import { TRIGGERS_10 } from './triggers';
import { WAITS_10 } from './waits';

/**
 * The tenth held-out set (session 23): written by a helper that never read the parser, its development table or
 * the misses of any set, as an ordinary first-time user types requests in a chat box (plain, mostly correct
 * English, phrased the way public automation galleries name things), evenly over the classes. Measured
 * once before any fix it chooses.
 */
export const HELD_OUT_10: readonly HeldOutCase[] = [...TRIGGERS_10, ...WAITS_10, ...SCHEDULES_10];
