import type { Condition, EventFilter, Step } from '../../../statemachines/schema';
import { BUSINESS_ISO, businessDaysOf } from './business-days';
import { type Ctx, uniqueId } from './context';
import { chainedExclusive, complementary, sameFilter } from './exclusive-branches';
import type { Item } from './items';
import { beforeCreated } from './rejected-branch';
import { durationSecondsOf, isoOfSeconds } from './text';

/**
 * Nests the items of a request into steps. A condition governs what follows it up to "otherwise" (whose actions
 * are its else branch), or — written after an action without a comma ("notify the team if it is over 10k") — the
 * actions just before it. A wait governs what follows it the same way: a negative wait ("if they don't reply in 2
 * days") acts on the timeout, a positive one on the event, and "otherwise" takes the other branch. A loop holds the
 * actions that act on its items.
 */
/** A timeout's seconds; business days count as days here, where waits are compared and nested (never mixed). */
const secondsOf = (iso: string): number => {
  const days = businessDaysOf(iso);
  return days === undefined ? durationSecondsOf(iso) : days * 86_400;
};

const mixedProblem =
  'one wait counts business days and the other calendar days: say both in business days or both in days';

export interface Assembled {
  readonly steps: Step[];
  readonly filter: EventFilter | undefined;
  /** Keys of the trigger's own filter a step tests instead ("new lead tagged x → …. anything else → …"). */
  readonly tested?: readonly string[];
}

/** "When they reply, …" without a duration waits this long (the explanation says so). */
const DEFAULT_WAIT = 'P7D';

const LABELS: Record<string, string> = {
  'email.received': 'reply',
  'invoice.paid': 'payment',
  'booking.created': 'booking',
  'form.submitted': 'form',
};

/**
 * A trigger filter read from a condition ("tagged kids", "in the RTW folder") as the comparisons a step makes
 * instead: a list (tags) holds the value, any other field equals it. Undefined when a leaf is not one plain value.
 */
const testOfFilter = (filter: EventFilter): Condition[] | undefined => {
  const tests: Condition[] = [];
  for (const [key, leaf] of Object.entries(filter)) {
    const [value, ...more] = Array.isArray(leaf) ? leaf : [];
    if (typeof value !== 'string' || more.length > 0 || key.startsWith('$')) return undefined;
    const path = `trigger.${key}`;
    tests.push(key === 'tags' || key.endsWith('.tags') ? { path, contains: value } : { path, eq: value });
  }
  return tests.length > 0 ? tests : undefined;
};

/** A test and a filter read with it as one step's test ("worth over 500 and tagged locum"), when the filter can be. */
export const asStepTest = (condition: Condition | undefined, filter: EventFilter): Condition | undefined => {
  const tests = testOfFilter(filter);
  const all = tests ? [...(condition ? [condition] : []), ...tests] : [];
  return all.length > 1 ? { all } : all[0];
};

/** The one test of a record's field the trigger's own words set ("a new VIP lead", "new lead tagged x"), as a step's. */
const triggerTest = (filter: EventFilter | undefined): { key: string; test: Condition } | undefined => {
  const keys = filter ? Object.keys(filter) : [];
  const [key] = keys;
  const [test] = (filter && testOfFilter(filter)) ?? [];
  return keys.length === 1 && key && test && /^(?:lead|booking|invoice)\.\w+$/.test(key)
    ? { key, test }
    : undefined;
};

/** Whether a condition holds exactly when a filter's one test does not ("not tagged vip" of "tagged vip"). */
const deniedBy = (filter: EventFilter | undefined, condition: Condition): boolean => {
  const tests = filter ? testOfFilter(filter) : undefined;
  return tests?.length === 1 && tests[0] !== undefined && complementary(tests[0], condition);
};

/** "otherwise", not "if rejected" (which belongs to an approval, wherever it is). */
const isOtherwise = (item: Item | undefined): boolean => item?.kind === 'otherwise' && !item.rejected;

type ApprovalStep = Extract<Step, { approval: unknown }>;

/** The last approval among the steps, inside branches too. */
const lastApproval = (steps: readonly Step[]): ApprovalStep | undefined => {
  for (const step of [...steps].reverse()) {
    if ('approval' in step) return step;
    const inner = [
      ...('else' in step ? (step.else ?? []) : []),
      ...('then' in step ? step.then : []),
      ...('onTimeout' in step ? (step.onTimeout ?? []) : []),
      ...('onEvent' in step ? (step.onEvent ?? []) : []),
    ];
    const found = inner.length > 0 ? lastApproval(inner) : undefined;
    if (found) return found;
  }
  return undefined;
};

export const assemble = (
  items: readonly Item[],
  ctx: Ctx,
  problems: string[],
  /** The filter the trigger's own words set ("a new VIP lead": tagged vip). */
  triggerFilter?: EventFilter,
): Assembled => {
  let pos = 0;
  const filters: EventFilter[] = [];
  const tested: string[] = [];
  const ownTest = triggerTest(triggerFilter);
  const waitStack: number[] = [];
  /** Whether each wait on waitStack counts business days. */
  const businessStack: boolean[] = [];

  /** How many blocks are being read (1: the workflow's own steps). */
  let depth = 0;
  const block = (stop: (item: Item) => boolean): Step[] => {
    depth += 1;
    try {
      return blockAt(stop);
    } finally {
      depth -= 1;
    }
  };
  /** The other branch after an "otherwise" item (at pos - 1): one whose words were said but not read is refused. */
  const otherBranch = (): Step[] => {
    const said = items[pos - 1];
    const other = block(() => false);
    if (other.length === 0 && said?.kind === 'otherwise' && said.unread)
      problems.push(
        said.unread.length > 0
          ? `I did not understand "${said.unread.join(' … ')}" as what to do otherwise`
          : '"otherwise" is said with nothing to do: say what to do ("…, otherwise send the welcome email") or leave it out',
      );
    return other;
  };
  const blockAt = (stop: (item: Item) => boolean): Step[] => {
    const steps: Step[] = [];
    /** Where each segment's actions start in `steps` (for conditions written after their actions). */
    const segmentStart = new Map<number, number>();
    while (pos < items.length) {
      const item = items[pos] as Item;
      if (stop(item)) break;
      pos += 1;
      switch (item.kind) {
        case 'steps':
          if (!segmentStart.has(item.segment)) segmentStart.set(item.segment, steps.length);
          steps.push(...item.steps);
          break;
        case 'otherwise': {
          // "if I reject it, …" (approver-side.ts): the other branch of the last approval asked for
          const approval = item.rejected ? lastApproval(steps) : undefined;
          if (approval && !approval.onReject)
            approval.onReject = beforeCreated(otherBranch(), steps.slice(steps.indexOf(approval) + 1));
          else if (ownTest && depth === 1 && steps.length > 0 && !steps.some((s) => 'if' in s)) {
            // "new lead tagged commercial → tell Raj. anything else → …": the other branch of the trigger's own
            // test, which every event then starts, tested by a step
            const then = steps.splice(0);
            const otherwise = otherBranch();
            if (otherwise.length === 0)
              steps.push(...then); // "…, otherwise nothing": the trigger's filter as it was
            else {
              steps.push({ id: uniqueId(ctx, 'check'), if: ownTest.test, then, else: otherwise });
              tested.push(ownTest.key);
            }
          } else problems.push('"otherwise" needs an "if" or a wait before it');
          break;
        }
        case 'if': {
          let condition: Condition | undefined =
            item.condition && (item.negated ? { not: item.condition } : item.condition);
          const previous = items[pos - 2];
          const trailing =
            item.sep === 'keyword' && previous?.kind === 'steps' && previous.segment === item.segment;
          let then: Step[];
          if (trailing)
            then = steps.splice(segmentStart.get(item.segment) ?? steps.length - previous.steps.length);
          else {
            // "if 5k–20k, notify sales; if above 20k, notify the CEO": a second condition after actions is a sibling
            let acted = false;
            then = block((i) => {
              // "if not tagged vip, …. If tagged vip, …": a tag test that is this one's other side too
              // ("if tagged wedding …, if tagged corporate …": another value of the same filter, session 43)
              const sibling =
                acted &&
                i.kind === 'if' &&
                i.sep !== 'keyword' &&
                (i.condition !== undefined ||
                  (condition !== undefined && deniedBy(i.filter, condition)) ||
                  sameFilter(i.filter, item.filter));
              if (i.kind === 'steps') acted = true;
              return isOtherwise(i) || sibling;
            });
            if (then.length === 0 && steps.length > 0 && !isOtherwise(items[pos])) {
              // "email them, if they are qualified": the condition is about the action before it
              const last = [...segmentStart.values()].at(-1) ?? 0;
              // "under £200 → the reminder. £200+ → me" with "me" not read: the earlier steps are a branch of their
              // own, never the actions of a second test (a test nested in another on the same amount)
              if (steps.slice(last).some((s) => 'if' in s)) {
                problems.push('the condition has no action to run when it holds');
                break;
              }
              then = steps.splice(last);
            }
          }
          let otherwise: Step[] | undefined;
          if (isOtherwise(items[pos])) {
            pos += 1;
            otherwise = otherBranch();
          }
          // "if they're tagged kids …, otherwise …", or "… if they're not tagged kids, …" said too: every event
          // starts it, so the tag is tested by a step (two complementary steps are one: exclusive-branches.ts)
          const denied = items.some(
            (i) =>
              i.kind === 'if' &&
              i.condition !== undefined &&
              deniedBy(item.filter, i.negated ? { not: i.condition } : i.condition),
          );
          // "email them. If they're tagged vip, also notify the team": a filter would hold back the email too
          const outside = depth > 1 || steps.length > 0 || pos < items.length;
          if (item.filter && (otherwise?.length || denied || outside)) {
            // "New PI lead: if they have the tag X …, else …": is "PI" a tag too, or what every lead is? Not guessed
            const picked =
              otherwise?.length || denied
                ? Object.keys(item.filter).find((key) => triggerFilter?.[key] !== undefined)
                : undefined;
            if (picked) {
              problems.push(
                `only leads with the tags ${[triggerFilter?.[picked] ?? []].flat().join(', ')} start the workflow, yet a step tests their tags with "otherwise": if that is no tag, leave it out ("when a new lead comes in")`,
              );
              break;
            }
            const tested = asStepTest(condition, item.filter);
            if (!tested) {
              problems.push(
                'a tag test cannot have an "otherwise" branch (it filters which events start the workflow)',
              );
              break;
            }
            condition = tested;
          } else if (item.filter) filters.push(item.filter);
          if (!condition) {
            steps.push(...then);
            break;
          }
          if (then.length === 0) {
            problems.push('the condition has no action to run when it holds');
            break;
          }
          steps.push({
            id: uniqueId(ctx, 'check'),
            if: condition,
            then,
            ...(otherwise && otherwise.length > 0 ? { else: otherwise } : {}),
          });
          break;
        }
        case 'wait': {
          const previous = items[pos - 2];
          // "send a follow-up if there's no answer after 4 days": the wait governs the action before it
          const trailing =
            item.sep === 'keyword' && previous?.kind === 'steps' && previous.segment === item.segment;
          let wait = item.wait;
          let match = item.match;
          let defaulted = false;
          if (!wait.timeout) {
            const next = items[pos];
            const before = steps.at(-1);
            if (before && 'wait' in before && typeof before.wait === 'string') {
              // "wait 2 days and if there is no reply, …": the wait is the time given to reply, counted from the
              // step before ("then wait 5 days and if there's still no reply": 5 more days, never 5 from the start)
              steps.pop();
              wait = { ...wait, timeout: before.wait, relative: true };
            } else if (
              next?.kind === 'steps' &&
              next.steps.length === 1 &&
              next.steps[0] !== undefined &&
              'wait' in next.steps[0] &&
              typeof next.steps[0].wait === 'string'
            ) {
              // "if they never confirm, remind them 2 hours later": the delay is the time given, from the step before
              pos += 1;
              wait = { ...wait, timeout: next.steps[0].wait, relative: true };
            } else if (next?.kind === 'wait' && next.wait.event === wait.event && next.wait.timeout) {
              pos += 1;
              wait = next.wait;
              match = next.match ?? match;
            } else if (wait.polarity === 'positive') {
              wait = { ...wait, timeout: DEFAULT_WAIT };
              defaulted = true;
            } else {
              problems.push(`say how long to wait for the ${wait.awaited} ("within 3 days")`);
              break;
            }
          }
          if (!match) {
            problems.push(
              `there is nothing to recognise the ${wait.awaited} by in this trigger (no lead, invoice or email to match)`,
            );
            break;
          }
          let seconds = secondsOf(wait.timeout as string);
          // business days (text.ts P3BD) count only with business days: a nested wait of the other kind is refused
          const business = BUSINESS_ISO.test(wait.timeout as string);
          const outer = waitStack.at(-1);
          if (outer !== undefined && businessStack.at(-1) !== business) {
            problems.push(mixedProblem);
            break;
          }
          if (outer !== undefined && !wait.relative && seconds > outer) seconds -= outer;
          waitStack.push((outer ?? 0) + seconds);
          businessStack.push(business);
          const sameEvent = (i: Item) =>
            isOtherwise(i) ||
            (i.kind === 'wait' &&
              i.wait.event === wait.event &&
              i.wait.polarity !== wait.polarity &&
              // "if they reply, X; if they don't within 3 days, Y": the other branch gives the time to wait
              (!i.wait.timeout || defaulted));
          let main = block(sameEvent);
          if (main.length === 0 && trailing && steps.length > 0)
            main = steps.splice(segmentStart.get(item.segment) ?? steps.length - previous.steps.length);
          let other: Step[] = [];
          const branch = items[pos];
          if (branch && sameEvent(branch)) {
            if (branch.kind === 'wait' && branch.wait.timeout) {
              if (BUSINESS_ISO.test(branch.wait.timeout) !== business) problems.push(mixedProblem);
              seconds = secondsOf(branch.wait.timeout);
              if (outer !== undefined && !branch.wait.relative && seconds > outer) seconds -= outer;
            }
            pos += 1;
            other = otherBranch();
          }
          waitStack.pop();
          businessStack.pop();
          const [onEvent, onTimeout] = wait.polarity === 'negative' ? [other, main] : [main, other];
          steps.push({
            id: uniqueId(ctx, `await-${LABELS[wait.event] ?? 'event'}`),
            waitFor: {
              event: wait.event,
              match,
              timeout: business ? `P${Math.max(1, Math.round(seconds / 86_400))}BD` : isoOfSeconds(seconds),
            },
            ...(onEvent.length > 0 ? { onEvent } : {}),
            ...(onTimeout.length > 0 ? { onTimeout } : {}),
          });
          break;
        }
        case 'loop': {
          // "find the unpaid invoices and check with me before the reminders go out": approved once, for them all
          const gate = items[pos];
          const approved =
            gate?.kind === 'steps' &&
            !gate.usesSubject &&
            gate.steps.length > 0 &&
            gate.steps.every((s) => 'approval' in s) &&
            items[pos + 1]?.kind === 'steps'
              ? gate.steps.map((s) =>
                  'approval' in s && s.approval.message.includes('{{item.')
                    ? {
                        ...s,
                        approval: { ...s.approval, message: 'Approve the next steps for the records found?' },
                      }
                    : s,
                )
              : [];
          if (approved.length > 0) pos += 1;
          // the action of the clause that named the records is done for each ("post a message for each invoice")
          let first = true;
          const body = block((i) => {
            const own = first && i.kind === 'steps' && i.segment === item.segment;
            if (i.kind === 'steps') first = false;
            // "If rejected, …": the approval's other branch, outside the loop
            if (i.kind === 'otherwise' && i.rejected) return true;
            return item.explicit
              ? i.kind === 'loop'
              : (i.kind === 'steps' && !i.usesSubject && !own) || i.kind === 'loop';
          });
          if (body.length === 0) {
            problems.push('there is nothing to do for each of the records found');
            break;
          }
          steps.push(item.collection.find, ...approved, {
            id: uniqueId(ctx, 'each'),
            forEach: { items: item.collection.items, concurrency: 5, steps: body },
          });
          break;
        }
      }
    }
    return steps;
  };

  const steps = chainedExclusive(block(() => false));
  const filter = filters.length > 0 ? (Object.assign({}, ...filters) as EventFilter) : undefined;
  return { steps, filter, ...(tested.length > 0 ? { tested } : {}) };
};
