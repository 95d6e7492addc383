import type { Condition, EventFilter, Step } from '../../../statemachines/schema';

/**
 * Tests of one field against different values, one after the other ("source instagram → the insta email, source
 * google → the google one"; "if source is google …, if source is yelp …"): at most one can hold, so the second is the
 * first's other branch, as the writer means it ("else if"). The same workflow either way, said as one chain (session
 * 36); tests of different fields, or of one field by order ("over 5k …, over 20k …"), stay side by side, unless the
 * last has an other branch ("…, anything else …": none of the tests before held, session 43).
 */
type IfStep = Extract<Step, { if: unknown }>;

const valueTested = (step: Step, withElse = false): { path: string; value: unknown } | undefined => {
  if (!('if' in step) || (step.else && !withElse)) return undefined;
  const test = step.if;
  return 'path' in test && Object.keys(test).length === 2 && 'eq' in test && test.eq !== undefined
    ? { path: test.path, value: test.eq }
    : undefined;
};

/** The one field a step's test compares ("over 5000", "tagged vip"), whatever the comparison. */
const fieldTested = (step: Step | undefined): string | undefined =>
  step && 'if' in step && 'path' in step.if && Object.keys(step.if).length === 2 ? step.if.path : undefined;

/**
 * Whether one test holds exactly when the other does not ("if we know who it is …, if we don't know who it is …":
 * exists true / false; eq / ne of one value; a test and its "not"): the second is the first's other branch.
 */
export const complementary = (a: Condition, b: Condition): boolean => {
  const same = (x: Condition, y: Condition) => JSON.stringify(x) === JSON.stringify(y);
  if (('not' in a && same(a.not, b)) || ('not' in b && same(b.not, a))) return true;
  if (!('path' in a) || !('path' in b) || a.path !== b.path) return false;
  if (typeof a.exists === 'boolean' && typeof b.exists === 'boolean') return a.exists !== b.exists;
  return (a.eq !== undefined && a.eq === b.ne) || (a.ne !== undefined && a.ne === b.eq);
};

export const chainedExclusive = (steps: Step[]): Step[] => {
  const out: Step[] = [];
  for (const step of steps) {
    const last = out.at(-1);
    const before = last ? lastInChain(last) : undefined;
    const a = before ? valueTested(before) : undefined;
    const b = valueTested(step, true);
    if (before && a && b && a.path === b.path && a.value !== b.value) before.else = [step];
    // "over 5k → Grace, over 1k → Tom, anything else → the brochure", "tagged wedding …, tagged corporate …,
    // anything else …": a last test with an other branch makes the tests of its field before it one ladder
    else if (
      before &&
      !before.else &&
      'if' in step &&
      step.else &&
      fieldTested(before) !== undefined &&
      fieldTested(before) === fieldTested(step)
    )
      before.else = [step];
    else if (
      last &&
      'if' in last &&
      !last.else &&
      'if' in step &&
      !step.else &&
      complementary(last.if, step.if)
    )
      last.else = step.then;
    else out.push(step);
  }
  return out;
};

/** The innermost test of a chain built so far: the one a next test of the same field would be the other branch of. */
const lastInChain = (step: Step): IfStep | undefined => {
  if (!('if' in step)) return undefined;
  const inner = step.else?.length === 1 ? step.else[0] : undefined;
  return inner && 'if' in inner ? lastInChain(inner) : step;
};

/** Whether two filters test the same one field ("tagged wedding", "tagged corporate"). */
export const sameFilter = (a: EventFilter | undefined, b: EventFilter | undefined): boolean => {
  const [ka, kb] = [a ? Object.keys(a) : [], b ? Object.keys(b) : []];
  return ka.length === 1 && kb.length === 1 && ka[0] === kb[0];
};
