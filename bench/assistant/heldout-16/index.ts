import type { HeldOutCase } from '../heldout';
import { SCHEDULES_16 } from './schedules';
import { TRIGGERS_16 } from './triggers';
import { WAITS_16 } from './waits';

/**
 * The sixteenth held-out set (session 25): written by a helper that never read the parser, its development table
 * or the misses of any set, as people type on a phone or in a hurry: lower case, little punctuation, typing slips
 * and texting shorthand ("pls", "thx", "w", "msg", "2x", "hrs"), run-on sentences with no joints, and non-native
 * phrasing (articles dropped, "him" for the client, verbs left unconjugated), each still clearly one workflow, evenly over the
 * issue's classes. Measured once before any fix it chooses.
 */
export const HELD_OUT_16: readonly HeldOutCase[] = [...TRIGGERS_16, ...WAITS_16, ...SCHEDULES_16];
