import { toMermaid } from '../statemachines/diagram';
import { EXIT, loadWorkflow, parseArgs } from './load-workflow';

const USAGE = `Usage: dynaris diagram FILE [--markdown]

  FILE        a workflow definition (JSON); "-" reads standard input
  --markdown  wrap the diagram in a \`\`\`mermaid block (for README files and pull requests)
Prints a Mermaid flowchart of the workflow. Exit code: 0 done, 1 invalid workflow, 2 missing file or invalid JSON.`;

export const runDiagram = async (args: readonly string[]): Promise<number> => {
  const parsed = parseArgs(args, { flags: ['--markdown'] });
  if (parsed.flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (!parsed.file || parsed.problems.length) {
    process.stderr.write(
      `${[...parsed.problems, ...(parsed.file ? [] : ['FILE is missing'])].join('\n')}\n${USAGE}\n`,
    );
    return EXIT.unreadable;
  }
  const loaded = await loadWorkflow(parsed.file);
  if (!loaded.ok) return loaded.exitCode;
  const diagram = toMermaid(loaded.definition);
  process.stdout.write(
    parsed.flags.has('--markdown') ? `\`\`\`mermaid\n${diagram}\n\`\`\`\n` : `${diagram}\n`,
  );
  return EXIT.ok;
};
