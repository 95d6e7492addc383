import type { HeldOutCase } from '../heldout';
import { COMPOSITE_21 } from './composite';
import { LOGIC_21 } from './logic';
import { TRIGGERS_21 } from './triggers';

/**
 * Held-out set 21 (development from session 36 on): sealed set 35 of session 35, written by an engineer who never read the parser — auto repair shops and dealership service departments (US time zones), 130 requests, 16 to be refused. Measured sealed at e945d89, 9f80b34 and 36b3d44 (69 → 81 of 130), then disclosed: its misses are development data now, and only sets written after it measure the parser honestly.
 */
export const HELD_OUT_21: readonly HeldOutCase[] = [...TRIGGERS_21, ...LOGIC_21, ...COMPOSITE_21];
