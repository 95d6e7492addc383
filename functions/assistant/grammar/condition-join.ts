import type { Condition } from '../../../statemachines/schema';
import type { Clause } from './clause';
import { readCondition } from './conditions';
import type { Ctx } from './context';
import type { Separator } from './split';

interface Read {
  readonly kind: string;
  readonly condition?: Condition | undefined;
  readonly filter?: unknown;
  readonly negated?: boolean;
}

const tests = (c: Condition): Condition[] => ('all' in c ? [...c.all] : [c]);

/**
 * "if the lead is from LinkedIn and it's worth 10k or more", "… and also the budget is under 500": a test after
 * "and" that the splitter made a clause of its own joins the condition read just before it, when no action came
 * between them (it would otherwise be a clause nobody understands, or a second condition nested in the first).
 */
export const joinsCondition = <T extends Read>(
  clause: Clause,
  sep: Separator,
  items: T[],
  ctx: Ctx,
): boolean => {
  const prev = items.at(-1);
  // "when a lead from the website comes in and the budget is over 5k": after the trigger's own qualifier too
  const joint = /^\s*and\s/.test(clause.view);
  if ((sep !== 'and' && sep !== 'comma' && !joint) || prev?.kind !== 'if' || !(prev.condition || prev.filter))
    return false;
  const lead =
    /^\s*(?:and\s+)?(?:(?:also|as well|too)\s+)?(?:(?:if|when|where)\s+)?/.exec(clause.view)?.[0] ?? '';
  const cond = readCondition(clause.view.slice(lead.length), {
    subject: ctx.subject,
    event: ctx.event,
    cased: (s) => clause.cased(s),
  });
  // "… and they are tagged locum": a tag joins as the filter of the same test (a step's test with "otherwise")
  if (!(cond?.condition || cond?.filter) || cond.problem || (cond.filter && prev.negated)) return false;
  // ", the budget is over 5k,": after a comma, only a clause that is a whole test joins it
  if (sep === 'comma' && !joint && /\S/.test(clause.view.slice(lead.length + cond.length))) return false;
  clause.mark(0, lead.length + cond.length);
  const all = [...(prev.condition ? tests(prev.condition) : []), ...(cond.condition ? [cond.condition] : [])];
  const filter =
    cond.filter || prev.filter ? { ...(prev.filter as object), ...(cond.filter as object) } : undefined;
  items[items.length - 1] = {
    ...prev,
    condition: all.length > 1 ? { all } : all[0],
    ...(filter ? { filter } : {}),
  };
  return true;
};
