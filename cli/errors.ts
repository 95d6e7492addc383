/**
 * CLI errors have the API's shape (docs/api.md, "Errors"), printed as JSON on stderr:
 *   { "error": { "code": "UsageError", "message": "unknown option --frob", "details": [{ "path": "--frob", … }] } }
 * A person reads the message; a script parses the JSON. Results stay on stdout; the exit code says which failure.
 */
export interface CliErrorDetail {
  /** The argument, option or JSONPath the problem is about: `FILE`, `--items`, `$.steps[0].action`. */
  readonly path: string;
  readonly message: string;
}

export interface CliError {
  /** `UsageError`, `NotFound`, `Unreadable`, `InvalidJson`, `Unprocessable`, … */
  readonly code: string;
  readonly message: string;
  readonly details?: readonly CliErrorDetail[];
  /** `Usage: dynaris <command> …` on usage errors; `dynaris <command> --help` has the whole help. */
  readonly usage?: string;
}

export const printError = (error: CliError): void => {
  process.stderr.write(`${JSON.stringify({ error }, null, 2)}\n`);
};
