import type { WorkflowDefinition } from '../schema';

export interface ValidationIssue {
  /** JSONPath of the offending value: `$.steps[2].then[0].input.to`. */
  readonly path: string;
  /** Stable machine-readable class of the problem: `unknown-action`, `bad-reference`, … */
  readonly code: string;
  readonly message: string;
}

export interface ValidationReport {
  readonly valid: boolean;
  readonly issues: ValidationIssue[];
  /**
   * What may fail at run time in a definition that is valid otherwise (a value that may be missing where an action
   * needs one); never makes it invalid.
   */
  readonly warnings: ValidationIssue[];
  /** The parsed definition, when valid. */
  readonly definition?: WorkflowDefinition;
}

export type Key = string | number;
export type Path = readonly Key[];

export const toJsonPath = (path: Path): string =>
  `$${path
    .map((k) =>
      typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`,
    )
    .join('')}`;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const valueAt = (root: unknown, path: Path): unknown => {
  let v: unknown = root;
  for (const k of path) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isRecord(v) && typeof k === 'string') v = Object.hasOwn(v, k) ? v[k] : undefined;
    else return undefined;
  }
  return v;
};

const TOP_ORDER = ['name', 'description', 'trigger', 'autoMode', 'settings', 'steps'];
const pathTokens = (path: string): (string | number)[] =>
  [...path.matchAll(/\.([^.[]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? ''),
  );
const comparePaths = (a: string, b: string): number => {
  const ta = pathTokens(a);
  const tb = pathTokens(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] as string | number;
    const y = tb[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (i === 0) return TOP_ORDER.indexOf(String(x)) - TOP_ORDER.indexOf(String(y));
    return 0;
  }
  return ta.length - tb.length;
};

/** Issues in document order (stable within one place), each message once per path. */
export const dedupe = (issues: readonly ValidationIssue[]): ValidationIssue[] => {
  const seen = new Set<string>();
  return [...issues]
    .sort((a, b) => comparePaths(a.path, b.path))
    .filter((i) => {
      const key = `${i.path}\u0000${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

/** `<path>: <message>` lines, as the CLI prints them. */
export const formatIssues = (issues: readonly ValidationIssue[]): string =>
  issues.map((i) => `${i.path}: ${i.message}`).join('\n');
