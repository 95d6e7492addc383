import type { CommandDef } from './command';

/**
 * Every `dynaris` command, in the order `dynaris --help` lists them. Each is loaded only when it runs.
 * Adding one: a file exporting `command: CommandDef` (see validate.ts), and an entry here. A subcommand has a
 * two-word name (`email receive`).
 */
export interface CommandEntry {
  readonly name: string;
  /** Arguments as the overview shows them (the command's --help has every option). */
  readonly brief: string;
  readonly summary: string;
  readonly load: () => Promise<CommandDef>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    brief: 'FILE',
    summary: 'check a workflow definition; lists every problem with its path',
    load: async () => (await import('./validate')).command,
  },
  {
    name: 'compile',
    brief: 'FILE',
    summary: 'print the Amazon States Language of a workflow',
    load: async () => (await import('./compile')).command,
  },
  {
    name: 'diagram',
    brief: 'FILE',
    summary: 'print a Mermaid diagram of a workflow',
    load: async () => (await import('./diagram')).command,
  },
  {
    name: 'cost',
    brief: 'FILE',
    summary: 'estimate the AWS cost of one run and of a million runs',
    load: async () => (await import('./cost')).command,
  },
  {
    name: 'run',
    brief: 'FILE|TEMPLATE [--event FILE] [--seed FILE]',
    summary: 'run a workflow once locally (virtual time)',
    load: async () => (await import('./run')).command,
  },
  {
    name: 'create',
    brief: '"TEXT"',
    summary: 'turn a plain-words description into a workflow definition',
    load: async () => (await import('./create')).command,
  },
  {
    name: 'match',
    brief: 'PATTERN_FILE EVENT_FILE',
    summary: 'test an event filter against a sample event (exit 0 match, 1 no match, 2 invalid)',
    load: async () => (await import('./match')).command,
  },
  {
    name: 'email receive',
    brief: 'FILE.eml',
    summary: 'feed a raw email to the running local runtime (POST /inbound/email)',
    load: async () => (await import('./email')).command,
  },
  {
    name: 'serve',
    brief: '',
    summary: 'run the whole system locally (same as npm start)',
    load: async () => (await import('./serve')).command,
  },
];

/** The command named by the first words of argv (the longest name that matches), and the arguments after it. */
export const findCommand = (
  argv: readonly string[],
): { entry: CommandEntry; args: readonly string[] } | undefined => {
  let found: { entry: CommandEntry; args: readonly string[] } | undefined;
  for (const entry of COMMANDS) {
    const words = entry.name.split(' ');
    if (words.every((w, i) => argv[i] === w) && (!found || words.length > found.entry.name.split(' ').length))
      found = { entry, args: argv.slice(words.length) };
  }
  return found;
};

export const overview = (): string => {
  const lines = COMMANDS.map((c) => {
    const head = `  ${c.name}${c.brief ? ` ${c.brief}` : ''}`;
    return `${head.padEnd(34)} ${c.summary}`;
  });
  return `Usage: dynaris <command> [options]   (dynaris <command> --help for its options)

${lines.join('\n')}
Every command takes -h/--help and --version. Errors are JSON on stderr, shaped as the API's:
{ "error": { "code", "message", "details": [{ "path", "message" }] } }.`;
};
