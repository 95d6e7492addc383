import { readFile } from 'node:fs/promises';
import type { WorkflowDefinition } from '../statemachines/schema';
import { formatIssues, validateWorkflow } from '../statemachines/validate';

/** Exit codes shared by compile, diagram and cost: 0 done, 1 invalid workflow, 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

export type Loaded = { ok: true; definition: WorkflowDefinition } | { ok: false; exitCode: number };

const readInput = async (file: string): Promise<string> => {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
};

const explainReadError = (file: string, error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `cannot read ${file}: no such file`;
  if (code === 'EISDIR') return `cannot read ${file}: it is a directory, not a file`;
  if (code === 'EACCES') return `cannot read ${file}: permission denied`;
  return `cannot read ${file}: ${code ?? String(error)}`;
};

/**
 * Reads a file ("-" = stdin) and parses it as JSON; explains an unreadable file or invalid JSON on stderr and
 * returns undefined (exit code EXIT.unreadable for every command).
 */
export const readJsonInput = async (file: string): Promise<{ value: unknown } | undefined> => {
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`${explainReadError(file, error)}\n`);
    return undefined;
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    process.stderr.write(`${file} is not valid JSON: ${(error as Error).message}\n`);
    return undefined;
  }
};

/** Reads a workflow file ("-" = stdin), parses the JSON and validates it; explains any failure on stderr. */
export const loadWorkflow = async (file: string): Promise<Loaded> => {
  const input = await readJsonInput(file);
  if (!input) return { ok: false, exitCode: EXIT.unreadable };
  const report = validateWorkflow(input.value);
  if (!report.valid || !report.definition) {
    const n = report.issues.length;
    process.stderr.write(
      `${file} is not a valid workflow (${n} problem${n === 1 ? '' : 's'}):\n${formatIssues(report.issues)}\n`,
    );
    return { ok: false, exitCode: EXIT.invalid };
  }
  return { ok: true, definition: report.definition };
};

export interface ParsedArgs {
  file: string | undefined;
  flags: Set<string>;
  values: Map<string, string>;
  problems: string[];
}

/** `FILE [--flag] [--name value]`: exactly one positional argument; flags and valued options from the lists. */
export const parseArgs = (
  args: readonly string[],
  known: { flags?: readonly string[]; values?: readonly string[] },
): ParsedArgs => {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (known.values?.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) problems.push(`${arg} needs a value`);
      else values.set(arg, value);
      i++;
    } else if (known.flags?.includes(arg) || arg === '--help') flags.add(arg);
    else if (arg.startsWith('--')) problems.push(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length > 1) problems.push(`one FILE expected, got ${positional.length}`);
  return { file: positional[0], flags, values, problems };
};

/**
 * The FILE to work on, or the exit code to stop with: `--help` prints the usage on stdout (0); a missing FILE or any
 * problem prints the problems and the usage on stderr (2).
 */
export const checkUsage = (parsed: ParsedArgs, usage: string): { file: string } | { exitCode: number } => {
  if (parsed.flags.has('--help')) {
    process.stdout.write(`${usage}\n`);
    return { exitCode: EXIT.ok };
  }
  if (!parsed.file || parsed.problems.length) {
    process.stderr.write(
      `${[...parsed.problems, ...(parsed.file ? [] : ['FILE is missing'])].join('\n')}\n${usage}\n`,
    );
    return { exitCode: EXIT.unreadable };
  }
  return { file: parsed.file };
};
