import { compileWorkflow, placeholderResolver } from '../statemachines/compile';
import { checkUsage, EXIT, loadWorkflow, parseArgs } from './load-workflow';

const USAGE = `Usage: dynaris compile FILE [--compact] [--summary]

  FILE       a workflow definition (JSON); "-" reads standard input
  --compact  print the ASL on one line (as deployed) instead of indented
  --summary  print the workflow type, state count and the state name of each step instead of the ASL
Prints the Amazon States Language of the workflow, with placeholder resource ARNs (the deployment fills in the real
ones). Exit code: 0 compiled, 1 invalid workflow (every problem listed on stderr), 2 missing file or invalid JSON.`;

export const runCompile = async (args: readonly string[]): Promise<number> => {
  const parsed = parseArgs(args, { flags: ['--compact', '--summary'] });
  const usage = checkUsage(parsed, USAGE);
  if ('exitCode' in usage) return usage.exitCode;
  const loaded = await loadWorkflow(usage.file);
  if (!loaded.ok) return loaded.exitCode;
  const compiled = compileWorkflow(loaded.definition, { resolver: placeholderResolver });
  if (parsed.flags.has('--summary')) {
    const lines = [
      `${loaded.definition.name}: ${compiled.type}, ${compiled.stateCount} states, ${compiled.json.length} bytes`,
      ...Object.entries(compiled.stateNames).map(([id, name]) => `  ${id}: ${name}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  }
  process.stdout.write(
    `${parsed.flags.has('--compact') ? compiled.json : JSON.stringify(compiled.definition, null, 2)}\n`,
  );
  return EXIT.ok;
};
