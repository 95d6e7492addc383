import type { HeldOutCase } from '../heldout';
import { COMPOSITE_22 } from './composite';
import { LOGIC_22 } from './logic';
import { TRIGGERS_22 } from './triggers';

/**
 * Held-out set 22 (development from session 36 on): sealed set 36 of session 35, written by an engineer who never read the parser — pet groomers, dog walkers and boarding kennels, 130 requests, 16 to be refused. Measured sealed at e945d89, 9f80b34 and 36b3d44 (71 → 80 of 130), then disclosed: its misses are development data now, and only sets written after it measure the parser honestly.
 */
export const HELD_OUT_22: readonly HeldOutCase[] = [...TRIGGERS_22, ...LOGIC_22, ...COMPOSITE_22];
