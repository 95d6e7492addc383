import { beforeAll } from 'vitest';
import { type Synthesized, synth } from './synth';

/** The synthesized default stack shared by the resources-*.test.ts files. */

export let s: Synthesized;

export const ofType = (type: string) => Object.entries(s.resources).filter(([, r]) => r.Type === type);

/** Registers the set-up and tear-down of these tests in the calling file. */
export const useSynthesizedStack = (): void => {
  beforeAll(() => {
    s = synth({});
  });
};
