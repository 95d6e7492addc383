import { formatIssues, validateWorkflow } from '../statemachines/validate';
import { readJsonInput } from './load-workflow';

/** Exit codes of `dynaris validate`. */
export const VALIDATE_EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

const USAGE = `Usage: dynaris validate FILE [--json]

  FILE    a workflow definition (JSON); "-" reads standard input
  --json  print the whole report ({ valid, issues: [{ path, code, message }] }) as JSON
Exit code: 0 valid, 1 invalid (every problem is listed as "<path>: <message>"), 2 missing file or invalid JSON.`;

export const runValidate = async (args: readonly string[]): Promise<number> => {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const [file] = files;
  if (file === undefined || files.length > 1 || file === '--help') {
    process.stderr.write(`${USAGE}\n`);
    return file === '--help' ? VALIDATE_EXIT.valid : VALIDATE_EXIT.unreadable;
  }
  const input = await readJsonInput(file);
  if (!input) return VALIDATE_EXIT.unreadable;
  const report = validateWorkflow(input.value);
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
