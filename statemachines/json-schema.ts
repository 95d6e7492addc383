import * as z from 'zod/mini';
import { workflowLanguage } from './schema';

/**
 * The workflow language as JSON Schema (draft 2020-12), for the assistant's model, the OpenAPI document and
 * editors. zod cannot express the recursive step union directly (steps are told apart by their key), so the
 * nested step lists are tied back to one `step` definition here.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const STEP_LIST_KEYS = new Set(['steps', 'then', 'else', 'onEvent', 'onTimeout', 'onReject']);
const STEP_REF = { $ref: '#/$defs/step' } as const;

const isEmptyObject = (v: Json | undefined): boolean =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

const linkStepLists = (node: Json, key?: string): Json => {
  if (Array.isArray(node)) return node.map((n) => linkStepLists(n));
  if (node === null || typeof node !== 'object') return node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) out[k] = linkStepLists(v, k);
  if (out.type === 'array' && isEmptyObject(out.items) && key && STEP_LIST_KEYS.has(key))
    out.items = { ...STEP_REF };
  if (key === 'parallel' && out.type === 'array') out.items = { type: 'array', items: { ...STEP_REF } };
  return out;
};

const toJson = (schema: z.core.$ZodType): { [k: string]: Json } => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as {
    [k: string]: Json;
  };
  return rest;
};

const renameRefs = (node: Json, from: string, to: string): Json => {
  if (Array.isArray(node)) return node.map((n) => renameRefs(n, from, to));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === '$ref' && v === from ? to : renameRefs(v, from, to)]),
  );
};

/** Moves a sub-schema's own `$defs` to the root (refs resolve against the root document). */
const hoistDefs = (kind: string, schema: { [k: string]: Json }, defs: { [k: string]: Json }): Json => {
  const { $defs, ...rest } = schema;
  let out: Json = rest;
  if ($defs && typeof $defs === 'object' && !Array.isArray($defs)) {
    for (const [name, def] of Object.entries($defs)) {
      const rootName = `${kind}_${name.replace(/^_+/, '')}`;
      out = renameRefs(out, `#/$defs/${name}`, `#/$defs/${rootName}`);
      defs[rootName] = renameRefs(def, `#/$defs/${name}`, `#/$defs/${rootName}`);
    }
  }
  return out;
};

export const workflowJsonSchema = (): { [k: string]: Json } => {
  const { WorkflowDefinition, STEP_SCHEMAS } = workflowLanguage();
  const root = linkStepLists(toJson(WorkflowDefinition)) as { [k: string]: Json };
  const defs: { [k: string]: Json } = {};
  const kinds = Object.entries(STEP_SCHEMAS).map(([kind, s]) =>
    hoistDefs(kind, linkStepLists(toJson(s)) as { [k: string]: Json }, defs),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Dynaris workflow definition',
    ...root,
    $defs: {
      ...defs,
      step: {
        description:
          'One step. Its kind is given by exactly one key: action, wait, waitFor, if, parallel, forEach or approval.',
        anyOf: kinds,
      },
    },
  };
};
