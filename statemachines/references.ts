/**
 * Template references inside workflow values: `{{trigger.lead.email}}`, `{{steps.welcome.messageId}}`,
 * `{{context.tenantId}}`, and inside forEach bodies `{{item.…}}` / `{{index}}`.
 */

export const REFERENCE_ROOTS = ['trigger', 'steps', 'context', 'item', 'index'] as const;
export type ReferenceRoot = (typeof REFERENCE_ROOTS)[number];

export interface Reference {
  /** The text between the braces, trimmed: `trigger.lead.email`. */
  readonly expression: string;
  readonly root: string;
  /** Path segments after the root: `['lead', 'email']`. */
  readonly segments: readonly string[];
}

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'ref'; readonly ref: Reference };

/** `{{ expression }}`; the spaces inside the braces are trimmed in code (a regex doing it backtracks). */
const REFERENCE = /\{\{([^{}]*)\}\}/g;
const SEGMENT = /^[A-Za-z_$][\w$-]*$|^\d+$/;

export const parseReference = (expression: string): Reference => {
  const segments = expression.split('.');
  const [root = '', ...rest] = segments;
  return { expression, root, segments: rest };
};

/** True when every segment is a plain identifier or array index (what JSONPath and the validator accept). */
export const isWellFormedReference = (ref: Reference): boolean =>
  ref.expression.length > 0 && [ref.root, ...ref.segments].every((s) => SEGMENT.test(s));

/** Splits a string into literal text and references. A string with no `{{` is one text part. */
export const parseTemplate = (value: string): TemplatePart[] => {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of value.matchAll(REFERENCE)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: value.slice(last, index) });
    parts.push({ kind: 'ref', ref: parseReference((match[1] ?? '').trim()) });
    last = index + match[0].length;
  }
  if (last < value.length) parts.push({ kind: 'text', text: value.slice(last) });
  return parts;
};

/** `"{{trigger.lead}}"` alone (no surrounding text): the value is the referenced value itself, any type. */
export const wholeReference = (value: string): Reference | undefined => {
  const parts = parseTemplate(value);
  return parts.length === 1 && parts[0]?.kind === 'ref' ? parts[0].ref : undefined;
};

export const hasReferences = (value: string): boolean => parseTemplate(value).some((p) => p.kind === 'ref');

/**
 * Every reference in any JSON value, with the JSON path (array of keys) where it appears; `inText` when the string
 * holds more than the reference (text around it, or other references), so the run renders it into text.
 */
export const collectReferences = (
  value: unknown,
  path: readonly (string | number)[] = [],
): { ref: Reference; path: (string | number)[]; inText: boolean }[] => {
  if (typeof value === 'string') {
    const parts = parseTemplate(value);
    const inText = parts.length > 1;
    return parts
      .filter((p): p is Extract<TemplatePart, { kind: 'ref' }> => p.kind === 'ref')
      .map((p) => ({ ref: p.ref, path: [...path], inText }));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => collectReferences(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => collectReferences(v, [...path, k]));
  }
  return [];
};

/** JSONPath of a reference in the state machine's data: `trigger.lead.email` -> `$.trigger.lead.email`. */
export const referenceToJsonPath = (ref: Reference): string => {
  const all = [ref.root, ...ref.segments];
  return `$${all.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('')}`;
};
