import { MAX_NESTING_DEPTH } from '../limits';
import { parseReference } from '../references';
import { ComparisonOperators } from '../schema';
import { checkComparisonType } from './comparison-types';
import type { Scope, ValidationContext } from './context';
import { isRecord, type Path } from './issues';
import { list } from './messages';
import { checkDaysOverdueAtPublication } from './overdue-days';
import { checkReference } from './references';

/** Conditions of an if: all/any/not nest; each comparison has one operator and a path (without braces) that exists. */
export const checkCondition = (
  ctx: ValidationContext,
  cond: unknown,
  path: Path,
  scope: Scope,
  depth = 0,
): void => {
  if (!isRecord(cond) || depth > MAX_NESTING_DEPTH * 4) return;
  for (const key of ['all', 'any'] as const) {
    const branch = cond[key];
    if (Array.isArray(branch))
      for (const [i, c] of branch.entries()) checkCondition(ctx, c, [...path, key, i], scope, depth + 1);
  }
  if (isRecord(cond.not)) checkCondition(ctx, cond.not, [...path, 'not'], scope, depth + 1);
  if (typeof cond.path !== 'string') return;
  const operators = ComparisonOperators.filter((op) => cond[op] !== undefined);
  if (operators.length === 0) {
    ctx.add(path, 'missing-operator', `a comparison needs one operator: ${list(ComparisonOperators)}`);
  } else if (operators.length > 1) {
    ctx.add(
      path,
      'multiple-operators',
      `a comparison has one operator, not ${operators.join(' and ')}; combine comparisons with "all"`,
    );
  }
  const text = cond.path;
  if (text.includes('{{')) {
    ctx.add(
      [...path, 'path'],
      'bad-reference',
      `write the path without braces: "${text.replace(/\{\{([^{}]*)\}\}/g, (_, inner: string) => inner.trim())}"`,
    );
    return;
  }
  const shape = checkReference(ctx, parseReference(text), [...path, 'path'], scope);
  const op = operators[0];
  if (op === undefined || operators.length !== 1) return;
  if (shape !== undefined) checkComparisonType(ctx, { path: text, op, value: cond[op], shape }, path);
  checkDaysOverdueAtPublication(ctx, { path: text, op, value: cond[op] }, path);
};
