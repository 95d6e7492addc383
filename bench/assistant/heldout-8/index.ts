import type { HeldOutCase } from '../heldout';
import { CLASSES_8 } from './classes';
import { GALLERY_8 } from './gallery';
import { PEOPLE_8 } from './people';

/**
 * The eighth held-out set (session 22): written by a helper that never read the parser, its development table or
 * the earlier held-out sets, from template-gallery titles and terse notes, support tickets, emails to a consultant,
 * dictation, learner English, typing slips and rambling paragraphs, plus the classes. Measured once before
 * any fix; never tuned to.
 */
export const HELD_OUT_8: readonly HeldOutCase[] = [...GALLERY_8, ...PEOPLE_8, ...CLASSES_8];
