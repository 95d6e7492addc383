import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { printError } from './errors';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** What a command receives: option values by long name (strings, or true for flags) and the positionals. */
export interface CommandInput {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * One CLI command. `dynaris <name> --help` prints `Usage: dynaris <name> <synopsis>` and the help text; options
 * are parsed strictly by node:util parseArgs (-h/--help and --version are added to every command); a usage error
 * is a JSON error on stderr and exit code 2. Adding a command: a file with its `run`, and one entry in commands.ts.
 */
export interface CommandDef {
  /** As typed after `dynaris`: `validate`, or two words for a subcommand (`email receive`). */
  readonly name: string;
  /** Arguments after the name, as the usage line shows them: `FILE [--json]`. */
  readonly synopsis: string;
  /** One line for `dynaris --help`. */
  readonly summary: string;
  /** The rest of `--help`: each argument and option, then what it prints and its exit codes. */
  readonly help: string;
  readonly options: OptionsConfig;
  /** How many positional arguments it takes, and their names for "missing" messages. */
  readonly positionals: { readonly min: number; readonly max: number; readonly names: readonly string[] };
  /** Imported when the command runs, so `dynaris validate` never loads the local runtime. */
  readonly run: (input: CommandInput) => Promise<number>;
}

export const USAGE_EXIT = 2;

const COMMON: OptionsConfig = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
};

export const version = (): string => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
};

export const usageLine = (def: CommandDef): string => `Usage: dynaris ${def.name} ${def.synopsis}`;

export const helpText = (def: CommandDef): string => `${usageLine(def)}\n\n${def.help}`;

/** The option a parseArgs error is about, from its message (`Unknown option '--frob'…`). */
const optionIn = (message: string): string => /'(-{1,2}[^' <]+)/.exec(message)?.[1] ?? '';

/** Prints a usage error (the argument or option it is about, the usage line) and returns the exit code, 2. */
export const usageError = (def: CommandDef, message: string, path: string, detail = message): number => {
  printError({ code: 'UsageError', message, details: [{ path, message: detail }], usage: usageLine(def) });
  return USAGE_EXIT;
};

/** Parses the arguments of one command, answers -h/--help and --version, then runs it. Returns the exit code. */
export const runCommand = async (def: CommandDef, args: readonly string[]): Promise<number> => {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...COMMON, ...def.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = optionIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return usageError(def, `unknown option ${option}`, option, 'unknown option');
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const takesValue = def.options[option.replace(/^-+/, '')]?.type === 'string';
      const detail = takesValue ? 'needs a value' : 'takes no value';
      return usageError(def, `${option} ${detail}`, option, detail);
    }
    return usageError(def, message, '');
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    process.stdout.write(`${helpText(def)}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`dynaris ${version()}\n`);
    return 0;
  }
  const { min, max, names } = def.positionals;
  const positionals = parsed.positionals;
  if (positionals.length < min) {
    const missing = names[positionals.length] ?? 'an argument';
    return usageError(def, `${missing} is missing`, missing, 'missing');
  }
  if (positionals.length > max) {
    const extra = positionals[max] ?? '';
    return usageError(
      def,
      `${max === 1 ? `one ${names[0]} expected` : `${max} arguments expected`}, got ${positionals.length}`,
      extra,
      'unexpected argument',
    );
  }
  return def.run({ values, positionals });
};
