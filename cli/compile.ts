import { compileWorkflow, placeholderResolver } from '../statemachines/compile';
import { type CommandDef, runCommand } from './command';
import { EXIT, loadWorkflow } from './load-workflow';

export const command: CommandDef = {
  name: 'compile',
  synopsis: 'FILE [--compact] [--summary]',
  summary: 'print the Amazon States Language of a workflow',
  help: `  FILE       a workflow definition (JSON); "-" reads standard input
  --compact  print the ASL on one line (as deployed) instead of indented
  --summary  print the workflow type, state count and the state name of each step instead of the ASL
Prints the Amazon States Language of the workflow, with placeholder resource ARNs (the deployment fills in the real
ones). Exit code: 0 compiled, 1 invalid workflow (every problem listed on stderr), 2 missing file or invalid JSON.`,
  options: { compact: { type: 'boolean' }, summary: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  run: async ({ values, positionals: [file = ''] }) => {
    const loaded = await loadWorkflow(file);
    if (!loaded.ok) return loaded.exitCode;
    const compiled = compileWorkflow(loaded.definition, { resolver: placeholderResolver });
    if (values.summary) {
      const lines = [
        `${loaded.definition.name}: ${compiled.type}, ${compiled.stateCount} states, ${compiled.json.length} bytes`,
        ...Object.entries(compiled.stateNames).map(([id, name]) => `  ${id}: ${name}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return EXIT.ok;
    }
    process.stdout.write(
      `${values.compact ? compiled.json : JSON.stringify(compiled.definition, null, 2)}\n`,
    );
    return EXIT.ok;
  },
};

export const runCompile = (args: readonly string[]): Promise<number> => runCommand(command, args);
