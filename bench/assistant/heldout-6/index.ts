import type { HeldOutCase } from '../heldout';
import { CLASSES_6 } from './classes';
import { STYLES_6 } from './styles';

/**
 * The sixth held-out set (session 21): written after held-out 5's fixes by a different mindset (terse notes, long
 * rambling requests, English written by non-native speakers) plus the issue's classes in new words. Measured once;
 * never tuned to.
 */
export const HELD_OUT_6: readonly HeldOutCase[] = [...STYLES_6, ...CLASSES_6];
