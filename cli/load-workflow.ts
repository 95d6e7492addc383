import { readFile } from 'node:fs/promises';
import type { WorkflowDefinition } from '../statemachines/schema';
import { validateWorkflow } from '../statemachines/validate';
import { printError } from './errors';

/** Exit codes shared by compile, diagram and cost: 0 done, 1 invalid workflow, 2 unreadable input or bad usage. */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

export type Loaded = { ok: true; definition: WorkflowDefinition } | { ok: false; exitCode: number };

const readInput = async (file: string): Promise<string> => {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
};

const READ_ERRORS: Record<string, { code: string; why: string }> = {
  ENOENT: { code: 'NotFound', why: 'no such file' },
  EISDIR: { code: 'Unreadable', why: 'it is a directory, not a file' },
  EACCES: { code: 'Forbidden', why: 'permission denied' },
};

/**
 * Reads a file ("-" = stdin) and parses it as JSON; explains an unreadable file or invalid JSON on stderr (a JSON
 * error naming the file) and returns undefined (exit code EXIT.unreadable for every command).
 */
export const readJsonInput = async (file: string): Promise<{ value: unknown } | undefined> => {
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const known = errno ? READ_ERRORS[errno] : undefined;
    const why = known?.why ?? errno ?? String(error);
    printError({
      code: known?.code ?? 'Unreadable',
      message: `cannot read ${file}: ${why}`,
      details: [{ path: file, message: why }],
    });
    return undefined;
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const why = (error as Error).message;
    printError({
      code: 'InvalidJson',
      message: `${file} is not valid JSON: ${why}`,
      details: [{ path: file, message: why }],
    });
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
    printError({
      code: 'Unprocessable',
      message: `${file} is not a valid workflow (${n} problem${n === 1 ? '' : 's'})`,
      details: report.issues.map((i) => ({ path: i.path, message: `${i.message} (${i.code})` })),
    });
    return { ok: false, exitCode: EXIT.invalid };
  }
  return { ok: true, definition: report.definition };
};
