import type { AslState } from './asl-types';
import { compilePath, MISS } from './fast-state';

/**
 * Choice states evaluated without aws-local-stepfunctions when every rule is of the common subset: a plain
 * reference path as Variable and one of StringEquals, Numeric(Less|Greater)Than[Equals], NumericEquals,
 * BooleanEquals, IsNull, IsPresent, IsNumeric, IsString, IsBoolean, or And / Or / Not over such rules. The answer
 * is the library's, quirks included (its IsPresent: false is never true; a comparison it evaluates on a missing
 * value throws): rules are tried in order with the same short-circuits, and whatever the subset cannot answer (a
 * path that selects nothing outside IsPresent, no rule matching without a Default) gives MISS, and the library runs
 * the state, for its answer or its error. test/unit/engine-fast-choice.property.test.ts compares both.
 */

type Miss = typeof MISS;
type Rule = (input: unknown, context: unknown) => boolean | Miss;

const INPUT_PATH = /^\$((?:\.[A-Za-z_][A-Za-z0-9_-]*|\[\d+\])*)$/;
const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/g;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * IsPresent's reading of an input path: true when it selects a value, false when it certainly selects nothing (a
 * plain object without that key, an array without that index), MISS where jsonpath-plus may see more (a walk into a
 * string, an array's own properties).
 */
const presenceOf = (path: string): ((input: unknown) => boolean | Miss) | undefined => {
  const match = INPUT_PATH.exec(path);
  if (!match) return undefined;
  const segments = [...(match[1] ?? '').matchAll(SEGMENT)].map((m) =>
    m[1] !== undefined ? m[1] : Number(m[2]),
  );
  return (input) => {
    let node: unknown = input;
    // jsonpath-plus selects nothing from a falsy document (`$` of null): the library's reading, not ours.
    if (!node) return MISS;
    for (const segment of segments) {
      if (typeof segment === 'number') {
        if (!Array.isArray(node)) return MISS;
        if (segment >= node.length) return false;
        node = node[segment];
      } else {
        if (!isPlainObject(node)) return MISS;
        if (!Object.hasOwn(node, segment)) return false;
        node = node[segment];
      }
    }
    return node !== undefined;
  };
};

const COMPARISONS: Record<string, (value: unknown, operand: unknown) => boolean> = {
  StringEquals: (v, o) => v === o,
  NumericEquals: (v, o) => v === o,
  NumericLessThan: (v, o) => (v as number) < (o as number),
  NumericLessThanEquals: (v, o) => (v as number) <= (o as number),
  NumericGreaterThan: (v, o) => (v as number) > (o as number),
  NumericGreaterThanEquals: (v, o) => (v as number) >= (o as number),
  BooleanEquals: (v, o) => v === o,
  IsNull: (v, o) => Boolean(o) && v === null,
  IsNumeric: (v, o) => Boolean(o) && typeof v === 'number',
  IsString: (v, o) => Boolean(o) && typeof v === 'string',
  IsBoolean: (v, o) => Boolean(o) && typeof v === 'boolean',
};
/** Operand types the library compares as given (a string NumericEquals or an object would be its business). */
const OPERAND: Record<string, string> = {
  StringEquals: 'string',
  BooleanEquals: 'boolean',
  IsNull: 'boolean',
  IsPresent: 'boolean',
  IsNumeric: 'boolean',
  IsString: 'boolean',
  IsBoolean: 'boolean',
};

const compileRule = (rule: unknown, top: boolean): Rule | undefined => {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const r = rule as Record<string, unknown>;
  const keys = Object.keys(r).filter((k) => !(top && k === 'Next'));
  if (top && typeof r.Next !== 'string') return undefined;
  if (keys.length === 1 && (keys[0] === 'And' || keys[0] === 'Or')) {
    const list = r[keys[0]];
    if (!Array.isArray(list) || list.length === 0) return undefined;
    const rules = list.map((inner) => compileRule(inner, false));
    if (rules.some((inner) => inner === undefined)) return undefined;
    const all = keys[0] === 'And';
    return (input, context) => {
      for (const inner of rules as Rule[]) {
        const answer = inner(input, context);
        if (answer === MISS) return MISS;
        if (answer !== all) return answer;
      }
      return all;
    };
  }
  if (keys.length === 1 && keys[0] === 'Not') {
    const inner = compileRule(r.Not, false);
    if (!inner) return undefined;
    return (input, context) => {
      const answer = inner(input, context);
      return answer === MISS ? MISS : !answer;
    };
  }
  if (keys.length !== 2 || typeof r.Variable !== 'string') return undefined;
  const operator = keys.find((k) => k !== 'Variable') as string;
  const operand = r[operator];
  const expected = OPERAND[operator] ?? 'number';
  if (typeof operand !== expected || (expected === 'number' && !Number.isFinite(operand))) return undefined;
  if (operator === 'IsPresent') {
    // The library reads the path without its "must select something" check; its IsPresent: false is never true.
    const present = presenceOf(r.Variable);
    if (!present) return undefined;
    return (input) => {
      const answer = present(input);
      return answer === MISS ? MISS : Boolean(operand) && answer;
    };
  }
  const variable = compilePath(r.Variable);
  if (!variable) return undefined;
  const compare = COMPARISONS[operator];
  if (!compare) return undefined;
  // An object compared by < or > is converted to a primitive (which may throw): the library's business.
  const ordered = operator.startsWith('Numeric') && operator !== 'NumericEquals';
  return (input, context) => {
    const value = variable(input, context);
    if (value === MISS || (ordered && typeof value === 'object' && value !== null)) return MISS;
    return compare(value, operand);
  };
};

export interface FastChoice {
  /** The next state (the first rule that matches, else Default), or MISS for the library to decide. */
  readonly route: (input: unknown, context: unknown) => string | Miss;
}

const CHOICE_FIELDS = new Set(['Type', 'Choices', 'Default', 'Comment']);

/** A Choice state of the subset (no InputPath, OutputPath or others), or undefined (the library runs it). */
export const compileFastChoice = (state: AslState): FastChoice | undefined => {
  if (state.Type !== 'Choice' || Object.keys(state).some((key) => !CHOICE_FIELDS.has(key))) return undefined;
  if (!Array.isArray(state.Choices) || state.Choices.length === 0) return undefined;
  if (state.Default !== undefined && typeof state.Default !== 'string') return undefined;
  const rules = (state.Choices as unknown[]).map((rule) => compileRule(rule, true));
  if (rules.some((rule) => rule === undefined)) return undefined;
  const nexts = (state.Choices as { Next: string }[]).map((rule) => rule.Next);
  const fallback = state.Default as string | undefined;
  return {
    route: (input, context) => {
      for (let i = 0; i < rules.length; i++) {
        const answer = (rules[i] as Rule)(input, context);
        if (answer === MISS) return MISS;
        if (answer) return nexts[i] as string;
      }
      return fallback ?? MISS;
    },
  };
};
