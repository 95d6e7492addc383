import type { ActionSpec } from '../../statemachines/catalogue/spec';

export type TaskOutput = Record<string, unknown>;

/** Every declared output key present (null when absent), JSON-clean (what the ResultSelector will select). */
export const shapeOutput = (spec: ActionSpec, value: unknown): TaskOutput => {
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const out: TaskOutput = {};
  for (const key of Object.keys(spec.output.shape)) out[key] = source[key] ?? null;
  return JSON.parse(JSON.stringify(out)) as TaskOutput;
};
