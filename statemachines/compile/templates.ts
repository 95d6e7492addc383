import { collectReferences, parseTemplate, type Reference, wholeReference } from '../references';
import type { Json, JsonObject } from './asl';

/** Thrown for a definition the compiler cannot express; the validator is expected to have refused it first. */
export class CompileError extends Error {
  override readonly name = 'CompileError';
}

/** Maps a reference to the JSONPath where its value lives in the state data of the current scope. */
export type PathOf = (ref: Reference) => string;

/** Escapes literal text for an intrinsic-function string: `'`, `{`, `}` and `\` take a backslash. */
export const escapeIntrinsicText = (text: string): string => text.replace(/[\\'{}]/g, (c) => `\\${c}`);

/**
 * Characters that enter a string as States.Format arguments instead of literal text:
 *  - a backslash: its escaped form is valid Step Functions syntax but refused by asl-validator's grammar;
 *  - parentheses, when a text has unbalanced ones: aws-local-stepfunctions (the local engine) counts parentheses
 *    inside quoted literals when it splits arguments, so `'(a {}'` breaks there. Balanced ones stay literal.
 */
export const COMPUTED_CHARACTERS: Readonly<Record<string, string>> = {
  '\\': "States.Base64Decode('XA==')",
  '(': "States.Base64Decode('KA==')",
  ')': "States.Base64Decode('KQ==')",
};

const unbalanced = (text: string): boolean => text.split('(').length !== text.split(')').length;

/** Literal text as a States.Format template plus the arguments its computed characters need. */
const formatPieces = (text: string): { template: string; args: string[] } => {
  const computed = unbalanced(text) ? /([\\()])/ : /(\\)/;
  const args: string[] = [];
  let template = '';
  for (const chunk of text.split(computed)) {
    const expression = chunk.length === 1 && computed.test(chunk) ? COMPUTED_CHARACTERS[chunk] : undefined;
    if (expression) {
      template += '{}';
      args.push(expression);
    } else template += escapeIntrinsicText(chunk);
  }
  return { template, args };
};

/** A literal string as an intrinsic-function argument. */
export const intrinsicString = (text: string): string => {
  const { template, args } = formatPieces(text);
  return args.length ? `States.Format(${[`'${template}'`, ...args].join(', ')})` : `'${template}'`;
};

/** `{ dynamic: false }` for plain text; else the path or intrinsic expression computing the string at run time. */
export type StringValue = { dynamic: false; value: string } | { dynamic: true; expression: string };

export const templateString = (value: string, pathOf: PathOf): StringValue => {
  const parts = parseTemplate(value);
  if (!parts.some((p) => p.kind === 'ref')) return { dynamic: false, value };
  const whole = wholeReference(value);
  if (whole) return { dynamic: true, expression: pathOf(whole) };
  return { dynamic: true, expression: formatExpression(value, pathOf) };
};

/** `Hi {{trigger.lead.name}}!` -> `States.Format('Hi {}!', $.trigger.lead.name)`, always a string at run time. */
export const formatExpression = (value: string, pathOf: PathOf): string => {
  let template = '';
  const args: string[] = [];
  for (const part of parseTemplate(value)) {
    if (part.kind === 'text') {
      const pieces = formatPieces(part.text);
      template += pieces.template;
      args.push(...pieces.args);
    } else {
      template += '{}';
      args.push(pathOf(part.ref));
    }
  }
  return `States.Format(${[`'${template}'`, ...args].join(', ')})`;
};

/** A constant JSON value inside an intrinsic function (Format first: it unescapes the braces of the text). */
const jsonConstant = (value: unknown): string => {
  const { template, args } = formatPieces(JSON.stringify(value));
  return `States.StringToJson(States.Format(${[`'${template}'`, ...args].join(', ')}))`;
};

const hasRefs = (value: unknown): boolean => collectReferences(value).length > 0;

/** An array whose own elements (or nested arrays' elements) are strings with references: not expressible as JSON. */
const needsArrayIntrinsic = (array: readonly unknown[]): boolean =>
  array.some(
    (el) => (typeof el === 'string' && hasRefs(el)) || (Array.isArray(el) && needsArrayIntrinsic(el)),
  );

const intrinsicArgument = (value: unknown, pathOf: PathOf, where: string): string => {
  if (typeof value === 'string') {
    const s = templateString(value, pathOf);
    return s.dynamic ? s.expression : intrinsicString(s.value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (hasRefs(value)) return arrayExpression(value, pathOf, where);
    return jsonConstant(value);
  }
  if (typeof value === 'object') {
    if (hasRefs(value)) {
      throw new CompileError(
        `${where}: an object with references inside a list that also holds references is not supported; ` +
          'reference the whole list, or move the templated values into an object',
      );
    }
    return jsonConstant(value);
  }
  throw new CompileError(`${where}: ${typeof value} is not a JSON value`);
};

/** `["{{trigger.a}}", "b", 1]` -> `States.Array($.trigger.a, 'b', 1)`. */
export const arrayExpression = (array: readonly unknown[], pathOf: PathOf, where = 'input'): string =>
  `States.Array(${array.map((el, i) => intrinsicArgument(el, pathOf, `${where}[${i}]`)).join(', ')})`;

const templateArrayElement = (value: unknown, pathOf: PathOf, where: string): Json => {
  if (Array.isArray(value)) return value.map((v, i) => templateArrayElement(v, pathOf, `${where}[${i}]`));
  if (value !== null && typeof value === 'object')
    return templateObject(value as Record<string, unknown>, pathOf, where);
  return value as Json;
};

/**
 * A workflow value as a Parameters payload template: references become `key.$` fields (a path for a whole
 * reference, States.Format for text around references, States.Array for lists holding references).
 */
export const templateObject = (obj: Record<string, unknown>, pathOf: PathOf, where = 'input'): JsonObject => {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const here = `${where}.${key}`;
    if (typeof value === 'string') {
      const s = templateString(value, pathOf);
      if (s.dynamic) out[`${key}.$`] = s.expression;
      else out[key] = s.value;
    } else if (Array.isArray(value)) {
      if (needsArrayIntrinsic(value)) out[`${key}.$`] = arrayExpression(value, pathOf, here);
      else out[key] = value.map((v, i) => templateArrayElement(v, pathOf, `${here}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      out[key] = templateObject(value as Record<string, unknown>, pathOf, here);
    } else {
      out[key] = value as Json;
    }
  }
  return out;
};
