import { readFile } from 'node:fs/promises';
import { formatIssues, validateWorkflow } from '../statemachines/validate';

/** Exit codes of `dynaris validate`. */
export const VALIDATE_EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

const USAGE = `Usage: dynaris validate FILE [--json]

  FILE    a workflow definition (JSON); "-" reads standard input
  --json  print the whole report ({ valid, issues: [{ path, code, message }] }) as JSON
Exit code: 0 valid, 1 invalid (every problem is listed as "<path>: <message>"), 2 missing file or invalid JSON.`;

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

export const runValidate = async (args: readonly string[]): Promise<number> => {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const [file] = files;
  if (file === undefined || files.length > 1 || file === '--help') {
    process.stderr.write(`${USAGE}\n`);
    return file === '--help' ? VALIDATE_EXIT.valid : VALIDATE_EXIT.unreadable;
  }
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    process.stderr.write(`${explainReadError(file, error)}\n`);
    return VALIDATE_EXIT.unreadable;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`${file} is not valid JSON: ${(error as Error).message}\n`);
    return VALIDATE_EXIT.unreadable;
  }
  const report = validateWorkflow(value);
  if (json) {
    const { definition: _definition, ...rest } = report;
    process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
  } else if (report.valid) {
    process.stdout.write('valid\n');
  } else {
    process.stdout.write(`${formatIssues(report.issues)}\n`);
    const n = report.issues.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${file}\n`);
  }
  return report.valid ? VALIDATE_EXIT.valid : VALIDATE_EXIT.invalid;
};
