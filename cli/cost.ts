import { estimateCost, formatCostReport } from '../statemachines/cost';
import { checkUsage, EXIT, loadWorkflow, parseArgs } from './load-workflow';

const USAGE = `Usage: dynaris cost FILE [--items N] [--json]

  FILE       a workflow definition (JSON); "-" reads standard input
  --items N  items each forEach is assumed to process (default 10)
  --json     print the whole estimate (usage, lines, prices) as JSON
Estimates the AWS cost of one run along the main path, and of a million runs, on us-east-1 list prices; the prices
used are printed with it. Exit code: 0 done, 1 invalid workflow, 2 missing file, invalid JSON or bad option.`;

export const runCost = async (args: readonly string[]): Promise<number> => {
  const parsed = parseArgs(args, { flags: ['--json'], values: ['--items'] });
  const itemsText = parsed.values.get('--items');
  const items = itemsText === undefined ? undefined : Number(itemsText);
  if (items !== undefined && !(Number.isInteger(items) && items >= 0 && items <= 1_000_000)) {
    parsed.problems.push(`--items must be a whole number from 0 to 1000000, not "${itemsText}"`);
  }
  const usage = checkUsage(parsed, USAGE);
  if ('exitCode' in usage) return usage.exitCode;
  const loaded = await loadWorkflow(usage.file);
  if (!loaded.ok) return loaded.exitCode;
  const estimate = estimateCost(loaded.definition, items === undefined ? {} : { forEachItems: items });
  process.stdout.write(
    parsed.flags.has('--json') ? `${JSON.stringify(estimate, null, 2)}\n` : `${formatCostReport(estimate)}\n`,
  );
  return EXIT.ok;
};
