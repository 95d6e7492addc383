import type { Step, WorkflowDefinition } from '../../../statemachines/schema';

/**
 * Waits in business days (session 38): the grammars read "3 business days", "a working day", "2 workdays" as `P3BD`
 * (text.ts isoDuration; a day where waits are compared or nested, assemble.ts keeps the kinds apart), and the parser
 * writes the language's `{ "businessDays": 3 }`. Said anywhere but in a wait, they are refused, never lost.
 */

/** `P3BD`: 3 business days, the parser's own mark while it reads; whole days only. */
export const BUSINESS_ISO = /^P(\d+)BD$/;

/** Days of a `P3BD` mark; undefined for any other duration. */
export const businessDaysOf = (iso: string): number | undefined => {
  const m = BUSINESS_ISO.exec(iso);
  return m ? Number(m[1]) : undefined;
};

const BUSINESS_DAYS =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)\s+(?:more\s+|additional\s+|extra\s+|further\s+)?(?:business|working|work|biz)\s*days?\b/i;

const days = (iso: unknown) => {
  const m = typeof iso === 'string' ? BUSINESS_ISO.exec(iso) : null;
  return m ? { businessDays: Number(m[1]) } : undefined;
};

/** The steps' waits as the language writes them: moved after a booking's time, and in business days. */
export const waitsWritten = (steps: readonly Step[]): Step[] => businessDaysIn(waitsMovedAfter(steps));

/** The steps with their `P3BD` waits and waitFor timeouts as `{ "businessDays": 3 }`, at any depth. */
const businessDaysIn = (steps: readonly Step[]): Step[] =>
  steps.map((step): Step => {
    const wait = 'wait' in step ? days(step.wait) : undefined;
    if (wait) return { ...step, wait } as Step;
    if ('waitFor' in step)
      return {
        ...step,
        waitFor: { ...step.waitFor, timeout: days(step.waitFor.timeout) ?? step.waitFor.timeout },
        ...(step.onEvent ? { onEvent: businessDaysIn(step.onEvent) } : {}),
        ...(step.onTimeout ? { onTimeout: businessDaysIn(step.onTimeout) } : {}),
      };
    if ('if' in step)
      return {
        ...step,
        then: businessDaysIn(step.then),
        ...(step.else ? { else: businessDaysIn(step.else) } : {}),
      };
    if ('forEach' in step)
      return { ...step, forEach: { ...step.forEach, steps: businessDaysIn(step.forEach.steps) } };
    if ('parallel' in step) return { ...step, parallel: step.parallel.map(businessDaysIn) };
    if ('approval' in step && step.onReject) return { ...step, onReject: businessDaysIn(step.onReject) };
    return step;
  });

/**
 * "an hour after it ends", "when the wedding finishes wait 2 days" (booking-times.ts reads the words): the wait until
 * a booking's time and the wait right after it are one wait moved after that time ({ until, after }, outline
 * `wait(until+PT1H)`), as the language says it (session 40; development sets 29–31 expect it). Not a wait in business
 * days, nor one already moved.
 */
const waitsMovedAfter = (steps: readonly Step[]): Step[] =>
  steps.reduce<Step[]>((out, step) => {
    const last = out.at(-1);
    const moved =
      last && 'wait' in last && typeof last.wait === 'object' && 'until' in last.wait ? last.wait : undefined;
    if (
      moved &&
      !moved.before &&
      !moved.after &&
      'wait' in step &&
      typeof step.wait === 'string' &&
      !BUSINESS_ISO.test(step.wait)
    ) {
      out[out.length - 1] = { ...last, wait: { until: moved.until, after: step.wait } } as Step;
      return out;
    }
    out.push(inBranches(step));
    return out;
  }, []);

const inBranches = (step: Step): Step => {
  if ('waitFor' in step)
    return {
      ...step,
      ...(step.onEvent ? { onEvent: waitsMovedAfter(step.onEvent) } : {}),
      ...(step.onTimeout ? { onTimeout: waitsMovedAfter(step.onTimeout) } : {}),
    };
  if ('if' in step)
    return {
      ...step,
      then: waitsMovedAfter(step.then),
      ...(step.else ? { else: waitsMovedAfter(step.else) } : {}),
    };
  if ('forEach' in step)
    return { ...step, forEach: { ...step.forEach, steps: waitsMovedAfter(step.forEach.steps) } };
  if ('parallel' in step) return { ...step, parallel: step.parallel.map(waitsMovedAfter) };
  if ('approval' in step && step.onReject) return { ...step, onReject: waitsMovedAfter(step.onReject) };
  return step;
};

type Refused = {
  readonly ok: false;
  readonly problems: readonly string[];
  readonly notUnderstood: readonly string[];
};
type Result = { readonly ok: true; readonly definition: WorkflowDefinition } | Refused;

/** A workflow read from a request that says N business days must count them: else refused, quoting them. */
export const keptBusinessDays = <R extends Result>(original: string, result: R): R | Refused => {
  const said = BUSINESS_DAYS.exec(original);
  if (!said || !result.ok || JSON.stringify(result.definition.steps).includes('"businessDays"'))
    return result;
  return {
    ok: false,
    problems: [
      `"${said[0]}": business days are counted only in a wait ("wait 3 business days", "if they don't reply within 2 working days")`,
    ],
    notUnderstood: [said[0]],
  };
};
