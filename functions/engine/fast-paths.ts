import { compileFastChoice } from './fast-choice';
import { compileFastState } from './fast-state';
import type { FastPaths } from './mini';

/** The fast paths the local runtime's engine runs with (LocalEngine; see FastPaths in mini.ts). */
export const FAST_PATHS: FastPaths = { state: compileFastState, choice: compileFastChoice };
