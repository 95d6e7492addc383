import { estimateCost, formatCostReport } from '../statemachines/cost';
import { type CommandDef, runCommand, usageError } from './command';
import { EXIT, loadWorkflow } from './load-workflow';

export const command: CommandDef = {
  name: 'cost',
  synopsis: 'FILE [--items N] [--json]',
  summary: 'estimate the AWS cost of one run and of a million runs',
  help: `  FILE       a workflow definition (JSON); "-" reads standard input
  --items N  items each forEach is assumed to process (default 10)
  --json     print the whole estimate (usage, lines, prices) as JSON
Estimates the AWS cost of one run along the main path, and of a million runs, on us-east-1 list prices; the prices
used are printed with it. Exit code: 0 done, 1 invalid workflow, 2 missing file, invalid JSON or bad option.`,
  options: { items: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  run: async ({ values, positionals: [file = ''] }) => {
    const itemsText = typeof values.items === 'string' ? values.items : undefined;
    const items = itemsText === undefined ? undefined : Number(itemsText);
    if (items !== undefined && !(Number.isInteger(items) && items >= 0 && items <= 1_000_000)) {
      return usageError(
        command,
        `--items must be a whole number from 0 to 1000000, not "${itemsText}"`,
        '--items',
      );
    }
    const loaded = await loadWorkflow(file);
    if (!loaded.ok) return loaded.exitCode;
    const estimate = estimateCost(loaded.definition, items === undefined ? {} : { forEachItems: items });
    process.stdout.write(
      values.json ? `${JSON.stringify(estimate, null, 2)}\n` : `${formatCostReport(estimate)}\n`,
    );
    return EXIT.ok;
  },
};

export const runCost = (args: readonly string[]): Promise<number> => runCommand(command, args);
