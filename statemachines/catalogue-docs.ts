import * as z from 'zod';
import { ACTION_NAMES, CATALOGUE } from './catalogue';
import type { InputRule } from './catalogue/spec';

/** The action catalogue as Markdown, generated from the registry (docs/workflow-language.md embeds it). */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  additionalProperties?: unknown;
};

const typeOf = (s: JsonSchema | undefined): string => {
  if (!s) return 'any';
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.format) return s.format === 'date-time' ? 'timestamp' : s.format;
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  if (s.type === 'integer') return 'integer';
  if (s.type === 'object') return s.properties ? `{ ${Object.keys(s.properties).join(', ')} }` : 'object';
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  return s.type ?? 'any';
};

const fields = (schema: z.core.$ZodType, requiredMark: boolean): string => {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const entries = Object.entries(json.properties ?? {});
  if (entries.length === 0) return '—';
  return entries
    .map(([name, s]) => `\`${name}${requiredMark && required.has(name) ? '*' : ''}\` ${typeOf(s)}`)
    .join('<br>');
};

/** The rules between inputs (`inputRules`), under the inputs. */
const rules = (name: (typeof ACTION_NAMES)[number]): string =>
  ((CATALOGUE[name] as { inputRules?: readonly InputRule[] }).inputRules ?? [])
    .map((r) =>
      'anyOf' in r
        ? `<br>needs ${r.anyOf.map((k) => `\`${k}\``).join(' or ')}`
        : `<br>\`${r.before[0]}\` before \`${r.before[1]}\` when both are given`,
    )
    .join('');

const performerOf = (name: (typeof ACTION_NAMES)[number]): string => {
  const p = CATALOGUE[name].performer;
  if (p.kind === 'agent') return `${p.agent} agent`;
  if (p.kind === 'integration') return `${p.service === 'dynamodb' ? 'DynamoDB' : 'EventBridge'} (direct)`;
  return 'supervisor (AI routing)';
};

export const catalogueMarkdown = (): string => {
  const rows = ACTION_NAMES.map((name) => {
    const a = CATALOGUE[name];
    const retry = `${a.retry.maxAttempts}× from ${a.retry.intervalSeconds}s, ×${a.retry.backoffRate}`;
    return `| \`${name}\` | ${a.description} | ${performerOf(name)} | ${fields(a.input, true)}${rules(name)} | ${fields(a.output, false)} | ${retry} |`;
  });
  return [
    '| Action | What it does | Performed by | Inputs (* = required) | Result (`steps.<id>.…`) | Retries |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
};

export const CATALOGUE_BEGIN = '<!-- catalogue:begin (generated from statemachines/catalogue/) -->';
export const CATALOGUE_END = '<!-- catalogue:end -->';

/** The document with the section between the markers replaced by the current catalogue. */
export const withCatalogue = (doc: string): string => {
  const start = doc.indexOf(CATALOGUE_BEGIN);
  const end = doc.indexOf(CATALOGUE_END);
  if (start < 0 || end < start) return doc;
  return `${doc.slice(0, start + CATALOGUE_BEGIN.length)}\n${catalogueMarkdown()}\n${doc.slice(end)}`;
};
