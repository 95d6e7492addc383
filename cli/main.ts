/** The `dynaris` CLI. Each command returns its exit code; output goes to stdout, diagnostics to stderr. */
export const main = async (argv: readonly string[]): Promise<number> => {
  const [command] = argv;
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case 'validate':
      return (await import('./validate')).runValidate(argv.slice(1));
    case 'compile':
      return (await import('./compile')).runCompile(argv.slice(1));
    case 'diagram':
      return (await import('./diagram')).runDiagram(argv.slice(1));
    case 'cost':
      return (await import('./cost')).runCost(argv.slice(1));
    case 'match':
      return (await import('./match')).runMatch(argv.slice(1));
    case 'create':
      return (await import('./create')).runCreate(argv.slice(1));
    case 'run':
      return (await import('./run')).runRun(argv.slice(1));
    case 'serve':
      return (await import('./serve')).runServe(argv.slice(1));
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
};

export const USAGE = `Usage: dynaris <command>

  validate FILE                 check a workflow definition; lists every problem with its path
  compile FILE                  print the Amazon States Language of a workflow
  diagram FILE                  print a Mermaid diagram of a workflow
  cost FILE                     estimate the AWS cost of one run and of a million runs
  run FILE --event FILE [--json]  run a workflow once locally (virtual time)
  create "TEXT"                 turn a plain-words description into a workflow definition
  match PATTERN_FILE EVENT_FILE  test an event filter against a sample event (exit 0 match, 1 no match, 2 invalid)
  serve                         run the whole system locally (same as npm start)`;
