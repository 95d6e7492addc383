import { toMermaid } from '../statemachines/diagram';
import { checkUsage, EXIT, loadWorkflow, parseArgs } from './load-workflow';

const USAGE = `Usage: dynaris diagram FILE [--markdown]

  FILE        a workflow definition (JSON); "-" reads standard input
  --markdown  wrap the diagram in a \`\`\`mermaid block (for README files and pull requests)
Prints a Mermaid flowchart of the workflow. Exit code: 0 done, 1 invalid workflow, 2 missing file or invalid JSON.`;

export const runDiagram = async (args: readonly string[]): Promise<number> => {
  const parsed = parseArgs(args, { flags: ['--markdown'] });
  const usage = checkUsage(parsed, USAGE);
  if ('exitCode' in usage) return usage.exitCode;
  const loaded = await loadWorkflow(usage.file);
  if (!loaded.ok) return loaded.exitCode;
  const diagram = toMermaid(loaded.definition);
  process.stdout.write(
    parsed.flags.has('--markdown') ? `\`\`\`mermaid\n${diagram}\n\`\`\`\n` : `${diagram}\n`,
  );
  return EXIT.ok;
};
