import { toMermaid } from '../statemachines/diagram';
import { type CommandDef, runCommand } from './command';
import { EXIT, loadWorkflow } from './load-workflow';

export const command: CommandDef = {
  name: 'diagram',
  synopsis: 'FILE [--markdown]',
  summary: 'print a Mermaid diagram of a workflow',
  help: `  FILE        a workflow definition (JSON); "-" reads standard input
  --markdown  wrap the diagram in a \`\`\`mermaid block (for README files and pull requests)
Prints a Mermaid flowchart of the workflow. Exit code: 0 done, 1 invalid workflow, 2 missing file or invalid JSON.`,
  options: { markdown: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  run: async ({ values, positionals: [file = ''] }) => {
    const loaded = await loadWorkflow(file);
    if (!loaded.ok) return loaded.exitCode;
    const diagram = toMermaid(loaded.definition);
    process.stdout.write(values.markdown ? `\`\`\`mermaid\n${diagram}\n\`\`\`\n` : `${diagram}\n`);
    return EXIT.ok;
  },
};

export const runDiagram = (args: readonly string[]): Promise<number> => runCommand(command, args);
