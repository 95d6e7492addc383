import { formatIssues, validateWorkflow } from '../statemachines/validate';
import { type CommandDef, runCommand } from './command';
import { readJsonInput } from './load-workflow';

/** Exit codes of `dynaris validate`. */
export const VALIDATE_EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

export const command: CommandDef = {
  name: 'validate',
  synopsis: 'FILE [--json]',
  summary: 'check a workflow definition; lists every problem with its path',
  help: `  FILE    a workflow definition (JSON); "-" reads standard input
  --json  print the whole report ({ valid, issues: [{ path, code, message }], warnings: [same] }) as JSON
Warnings (a value that may be missing where a step needs one) go to stderr as "warning <path>: <message>"; they
do not make a definition invalid.
Exit code: 0 valid, 1 invalid (every problem is listed as "<path>: <message>"), 2 missing file or invalid JSON.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  run: async ({ values, positionals: [file = ''] }) => {
    const input = await readJsonInput(file);
    if (!input) return VALIDATE_EXIT.unreadable;
    const report = validateWorkflow(input.value);
    if (values.json) {
      const { definition: _definition, ...rest } = report;
      process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
    } else if (report.valid) {
      process.stdout.write('valid\n');
    } else {
      process.stdout.write(`${formatIssues(report.issues)}\n`);
      const n = report.issues.length;
      process.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${file}\n`);
    }
    if (!values.json && report.warnings.length > 0)
      process.stderr.write(`${report.warnings.map((w) => `warning ${w.path}: ${w.message}`).join('\n')}\n`);
    return report.valid ? VALIDATE_EXIT.valid : VALIDATE_EXIT.invalid;
  },
};

export const runValidate = (args: readonly string[]): Promise<number> => runCommand(command, args);
