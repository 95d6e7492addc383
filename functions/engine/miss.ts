/** A fast path's answer when the library must evaluate that part (fast-state.ts, fast-choice.ts, mini.ts). */
export const MISS: unique symbol = Symbol('miss');
export type Miss = typeof MISS;
