import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTemplateId, type TemplateId, templateExample } from '../statemachines/templates';
import { printError } from './errors';
import { readJsonInput } from './load-workflow';
import { mergeSeeds, Seed, seedProblems } from './seed';

/** What `dynaris run` runs: the workflow file, the trigger event and the records to seed. */
export interface RunInputs {
  readonly file: string;
  readonly event: unknown;
  readonly seed?: Seed;
}

const TEMPLATES_DIR = fileURLToPath(new URL('../statemachines/templates/', import.meta.url));

/** The shipped template FILE names: `lead-follow-up`, or its path (statemachines/templates/lead-follow-up.json). */
export const templateOf = (file: string): TemplateId | undefined => {
  if (isTemplateId(file) && !existsSync(file)) return file;
  const match = /^(.+)\.json$/.exec(resolve(file).slice(resolve(TEMPLATES_DIR).length + 1));
  const id = resolve(file).startsWith(resolve(TEMPLATES_DIR)) ? match?.[1] : undefined;
  return id && isTemplateId(id) ? id : undefined;
};

const readSeed = async (file: string): Promise<{ seed: Seed } | { exitCode: number }> => {
  const input = await readJsonInput(file);
  if (!input) return { exitCode: 2 };
  const parsed = Seed.safeParse(input.value);
  if (parsed.success) return { seed: parsed.data };
  const details = seedProblems(parsed.error);
  const n = details.length;
  printError({
    code: 'InvalidSeed',
    message: `${file} is not a valid seed (${n} problem${n === 1 ? '' : 's'}): ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
    details,
  });
  return { exitCode: 2 };
};

/**
 * FILE plus --event/--seed as given, completed from a shipped template's example: with no --event a template runs
 * its example event, and its example records are seeded (with --seed's after them). A file that is not a template
 * needs --event.
 */
export const resolveRunInputs = async (
  given: string,
  flags: { readonly event?: string; readonly seed?: string },
): Promise<RunInputs | { usage: { message: string; path: string } } | { exitCode: number }> => {
  const template = templateOf(given);
  const file = template && !existsSync(given) ? resolve(TEMPLATES_DIR, `${template}.json`) : given;
  const example = template ? templateExample(template) : undefined;
  let event: unknown;
  if (flags.event !== undefined) {
    const read = await readJsonInput(flags.event);
    if (!read) return { exitCode: 2 };
    event = read.value;
  } else if (example) {
    event = example.event;
  } else {
    return {
      usage: {
        message: `--event FILE is missing (${given} is not a shipped template, so it has no example event)`,
        path: '--event',
      },
    };
  }
  let seed: Seed | undefined;
  if (example && flags.event === undefined) seed = Seed.parse(example.seed);
  if (flags.seed !== undefined) {
    const read = await readSeed(flags.seed);
    if ('exitCode' in read) return read;
    seed = seed ? mergeSeeds(seed, read.seed) : read.seed;
  }
  return { file, event, ...(seed ? { seed } : {}) };
};
