import type { HeldOutCase } from '../heldout';
import { COMPOSITE_19 } from './composite';
import { LOGIC_19 } from './logic';
import { TRIGGERS_19 } from './triggers';

/**
 * Held-out set 19 (development from session 35 on): sealed set 33 of session 34, written by an engineer who never read
 * the parser — residential real-estate agents, their assistants and transaction coordinators (US time zones), 130 requests, 16 to be refused. Measured sealed at aba2fc0 and daae694, then disclosed:
 * its misses are development data now, and only sets written after it measure the parser honestly.
 */
export const HELD_OUT_19: readonly HeldOutCase[] = [...TRIGGERS_19, ...LOGIC_19, ...COMPOSITE_19];
