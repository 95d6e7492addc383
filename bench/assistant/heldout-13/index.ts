import type { HeldOutCase } from '../heldout';
import { SCHEDULES_13 } from './schedules';
import { TRIGGERS_13 } from './triggers';
import { WAITS_13 } from './waits';

/**
 * The thirteenth held-out set (session 24): written by a helper that never read the parser, its development table
 * or the misses of any set, as the owner of a small business types a first request in a chat box ("Create your
 * first workflow using the AI Assistant"): plain, mostly correct English, evenly over the classes. Measured
 * once before any fix it chooses.
 */
export const HELD_OUT_13: readonly HeldOutCase[] = [...TRIGGERS_13, ...WAITS_13, ...SCHEDULES_13];
