import { runCommand, version } from './command';
import { findCommand, overview } from './commands';
import { printError } from './errors';

/** The `dynaris` CLI. Each command returns its exit code; output goes to stdout, diagnostics to stderr. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const [first] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    process.stdout.write(`${overview()}\n`);
    return 0;
  }
  if (first === '--version') {
    process.stdout.write(`dynaris ${version()}\n`);
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    printError({
      code: 'UsageError',
      message: `unknown command "${first}"`,
      details: [{ path: first, message: 'not a dynaris command' }],
      usage: 'Usage: dynaris <command> [options]; dynaris --help lists the commands',
    });
    return 2;
  }
  return runCommand(await found.entry.load(), found.args);
};
