import { formatIssues, type ValidationReport, validateWorkflow } from '../statemachines/validate';
import { type CommandDef, runCommand } from './command';
import { printError } from './errors';
import { readJsonInput } from './load-workflow';

/** Exit codes of `dynaris validate`: with several files, the worst one's. */
export const VALIDATE_EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

type Checked = { readonly file: string; readonly report: Omit<ValidationReport, 'definition'> } | undefined;

const check = async (file: string): Promise<Checked> => {
  const input = await readJsonInput(file);
  if (!input) return undefined;
  const { definition: _definition, ...report } = validateWorkflow(input.value);
  return { file, report };
};

/** One file prints as it always has; with several, every line names its file. */
const printText = (checked: NonNullable<Checked>, several: boolean): void => {
  const { file, report } = checked;
  const prefix = several ? `${file}: ` : '';
  if (report.valid) process.stdout.write(`${prefix}valid\n`);
  else {
    const lines = formatIssues(report.issues).split('\n');
    process.stdout.write(`${lines.map((line) => `${prefix}${line}`).join('\n')}\n`);
    const n = report.issues.length;
    process.stderr.write(`${n} problem${n === 1 ? '' : 's'} in ${file}\n`);
  }
  if (report.warnings.length > 0)
    process.stderr.write(
      `${report.warnings.map((w) => `${prefix}warning ${w.path}: ${w.message}`).join('\n')}\n`,
    );
};

export const command: CommandDef = {
  name: 'validate',
  synopsis: 'FILE... [--json]',
  summary: 'check workflow definitions; lists every problem with its path',
  help: `  FILE    a workflow definition (JSON); "-" reads standard input (once). Several files are checked one by one,
          each output line starting with "<file>: ".
  --json  print the whole report ({ valid, issues: [{ path, code, message }], warnings: [same] }) as JSON; with
          several files, an array of { file, valid, issues, warnings } (an unreadable file is reported on stderr)
Warnings (a value that may be missing where a step needs one) go to stderr as "warning <path>: <message>"; they
do not make a definition invalid.
Exit code: 0 valid, 1 invalid (every problem is listed as "<path>: <message>"), 2 missing file or invalid JSON; with
several files, the highest of theirs.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, names: ['FILE'] },
  run: async ({ values, positionals: files }) => {
    if (files.filter((f) => f === '-').length > 1) {
      printError({
        code: 'UsageError',
        message: 'standard input ("-") can be read once',
        details: [{ path: 'FILE', message: '"-" given more than once' }],
      });
      return VALIDATE_EXIT.unreadable;
    }
    const several = files.length > 1;
    let exit: number = VALIDATE_EXIT.valid;
    const reports: NonNullable<Checked>[] = [];
    for (const file of files) {
      const checked = await check(file);
      if (!checked) {
        exit = VALIDATE_EXIT.unreadable;
        continue;
      }
      if (!checked.report.valid) exit = Math.max(exit, VALIDATE_EXIT.invalid);
      if (!values.json) printText(checked, several);
      else reports.push(checked);
    }
    const json = several ? reports.map(({ file, report }) => ({ file, ...report })) : reports[0]?.report;
    if (values.json && json !== undefined) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return exit;
  },
};

export const runValidate = (args: readonly string[]): Promise<number> => runCommand(command, args);
