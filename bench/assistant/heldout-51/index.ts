import type { HeldOutCase } from '../heldout';
import { FIRST_51 } from './first';
import { SECOND_51 } from './second';

/**
 * Held-out set 51 (development from session 46 on): validation set 68 of session 45 (engineers saw only its counts by class and a writer's notes on the trade's phrasing during the stop, never its rows), written by an engineer (w68) who never read the parser,
 * its tests or any set — tattoo, piercing and body-art studios (US, UK, AU, CA, NZ); 130 requests, 16 to be refused, every expected outline proved by building the
 * definition, validating it and printing its outline. Measured sealed: 89/130 right, 5 wrong, 36 refused at the start (47c1975c); 89, 5, 36 at the end (c9e5d6c0); then disclosed: its
 * misses are development data now, and only sets written after it measure the parser honestly.
 */
export const HELD_OUT_51: readonly HeldOutCase[] = [...FIRST_51, ...SECOND_51];
