import type { EventName } from '../../statemachines/events';
import type { Trigger, WorkflowDefinition } from '../../statemachines/schema';
import { type ValidationReport, validateWorkflow } from '../../statemachines/validate';
import { payloadInvoice } from './grammar/actions-calendar-billing';
import { keptBusinessDays, waitsWritten } from './grammar/business-days';
import { Clause } from './grammar/clause';
import { readCondition } from './grammar/conditions';
import { type Ctx, uniqueId } from './grammar/context';
import { unlisted } from './grammar/discourse';
import { askedBack, framingNote, framingRefusal, withoutFraming } from './grammar/framing';
import { givingPerson, personGiven } from './grammar/given-person';
import { articled } from './grammar/hurried';
import { implied } from './grammar/implied';
import { type Item, readClause } from './grammar/items';
import { fromToolLayout, runOnTrigger } from './grammar/layouts';
import { breakSelfLoops } from './grammar/loops';
import { testOrFilter } from './grammar/named-source';
import { specNotation } from './grammar/notation';
import { occurrence, occurrenceProblem } from './grammar/occurrences';
import { restated, standing } from './grammar/own-states';
import { readInPart } from './grammar/paragraph';
import { kinded } from './grammar/record-kinds';
import {
  swallowedReason,
  swallowedReasonProblem,
  unreadAmount,
  unreadAmountProblem,
} from './grammar/registers';
import { type Bar, chooseReading, outOfTheRunning } from './grammar/registry';
import { assembleRestricted, untested } from './grammar/restrictions';
import { brokenLimit, type Scoped, scopeNote, scopeNotes } from './grammar/scope';
import { dropSentAlready, SENT_BY_US } from './grammar/sent-already';
import { VERB_START } from './grammar/split';
import { subjectOf } from './grammar/subjects';
import { throughSurface } from './grammar/surface';
import { prepare } from './grammar/text';
import { asTitle, titled } from './grammar/titles';
import { findTrigger } from './grammar/trigger';
import { subjectFirst, withReferents } from './grammar/trigger-forms';
import { unreadQualifiers } from './grammar/trigger-tail';
import { filterWithoutEvent } from './grammar/unstarted-filter';
import { throughValues } from './grammar/value-glosses';
import { NO_TRIGGER, OTHER_READINGS, Whole, withoutPreamble } from './grammar/whole';
import { readAround } from './grammar/words-around';
import { SENT_MESSAGES_FILTER } from './outline';
import { titleOf } from './title';

/**
 * The deterministic assistant: a request in plain words to a workflow, without a model. The request is split into
 * clauses; each is read by its own small grammar (trigger, schedule, condition, wait, action with its object and
 * recipient) and the pieces are assembled into steps. A clause no grammar reads is quoted back as not understood;
 * the clauses around it are read still. Used without Bedrock (local mode, tests, outages) and as the model's draft.
 */

export type ParseResult =
  | {
      readonly ok: true;
      readonly definition: WorkflowDefinition;
      /** Words that were skipped without changing the workflow ("with our logo"). */
      readonly notUnderstood: readonly string[];
      /** What the parser decided on the user's behalf ("the lead is already in the CRM …"). */
      readonly notes: readonly string[];
      /** What may fail at run time (the validator's warnings: a value that may be missing where a step needs one). */
      readonly warnings: ValidationReport['warnings'];
    }
  | { readonly ok: false; readonly problems: readonly string[]; readonly notUnderstood: readonly string[] };

const fail = (problems: readonly string[], notUnderstood: readonly string[] = []): ParseResult => ({
  ok: false,
  problems,
  notUnderstood,
});
/** Parses one plain-words description (its context set aside if it has to be). Never throws; nothing is guessed. */
export const parsePrompt = titled((p) => throughSurface(articled(p), readInPart(parseCanonical), fail), fail);
const parseCanonical = (p: string): ParseResult => {
  const said = standing(p); // "a subscriber cancels (lost)": the status they are left in, before other brackets
  const result = throughValues(said.text, parseLabelled);
  return result.ok && said.notes.length > 0 ? { ...result, notes: [...said.notes, ...result.notes] } : result;
};
const parseLabelled = (prompt: string): ParseResult => {
  const trimmed = prompt.trim();
  if (trimmed.length === 0) return fail(['The description is empty']);
  if (trimmed.length > 2000) return fail(['The description is longer than 2000 characters']);
  const scoped = scopeNotes(specNotation(unlisted(fromToolLayout(trimmed)).replace(/\s+/g, ' ')));
  if (scoped.notes.length > 0) return withScope(parseCanonical(scoped.text), scoped);
  // "We get enquiries through the form. Whenever a new one comes in, …": the record named before framing is out
  const own = restated(scoped.text); // "to paid (customer in our CRM)"; "if X and hasn't Y": X, then the wait
  const referred = withReferents(own.text);
  const unframed = withoutFraming(subjectFirst(referred.text));
  const refusal = framingRefusal(unframed);
  if (refusal.problems.length > 0) return fail(refusal.problems, refusal.quoted);
  const result = kinded(placed(parseUnframed(unframed.text), unframed.text, unframed.zones), unframed);
  // "Someone booked a call. Send them the agenda.": a past event the story took out may have been the trigger
  if (!result.ok && result.problems[0] === NO_TRIGGER && unframed.told > 0) return asWritten(trimmed);
  if (!result.ok) return askedBack(trimmed, result);
  const ignored = [...referred.introductions, ...unframed.ignored];
  if (ignored.length + own.notes.length === 0) return result;
  const framing = ignored.length > 0 ? [framingNote(ignored)] : [];
  return { ...result, notes: [...own.notes, ...result.notes, ...framing] };
};

/** "lead.created -> … . No CRM write.": the notes said back, and a workflow doing what one forbids refused. */
const withScope = (result: ParseResult, scoped: Scoped): ParseResult => {
  if (!result.ok) return result;
  const broken = brokenLimit(scoped, result.definition.steps);
  if (broken)
    return fail(
      [broken],
      scoped.limits.map((l) => l.said),
    );
  return { ...result, notes: [...result.notes, scopeNote(scoped.notes)] };
};

/** The request read with its story kept: what the grammars make of it, read or refused as they would. */
const asWritten = (request: string): ParseResult => {
  const unframed = withoutFraming(
    specNotation(unlisted(fromToolLayout(request)).replace(/\s+/g, ' ')),
    false,
  );
  const refusal = framingRefusal(unframed);
  if (refusal.problems.length > 0) return fail(refusal.problems, refusal.quoted);
  const result = parseUnframed(unframed.text);
  return result.ok && unframed.ignored.length > 0
    ? { ...result, notes: [...result.notes, framingNote(unframed.ignored)] }
    : result;
};

/** "We have an office in Toronto. Every Monday at 9 …": a clock time with no zone of its own is the place's. */
const placed = (result: ParseResult, text: string, zones: readonly string[]): ParseResult => {
  const trigger = result.ok ? result.definition.trigger : undefined;
  if (
    trigger?.type !== 'schedule' ||
    trigger.timezone ||
    (!trigger.cron && !trigger.at) ||
    zones.length === 0
  )
    return result;
  const [zone] = zones;
  const again = zones.length === 1 && zone ? parseUnframed(`${text} ${zone} time.`) : undefined;
  if (again?.ok && again.definition.trigger.type === 'schedule' && again.definition.trigger.timezone)
    return {
      ...again,
      notes: [...again.notes, `the times are ${zone} time, where the request says you are`],
    };
  return fail([placeProblem(zones)], [...zones]);
};

const placeProblem = (zones: readonly string[]): string =>
  `the request names ${zones.map((z) => `"${z}"`).join(' and ')} but not the time zone of its schedule: say it with the time ("at 9am ${zones[0]} time")`;

/** Parses the request once the message around it (greetings, thanks, context) is out. */
const parseUnframed = (s: string): ParseResult => readAround(s, (t) => keptBusinessDays(t, parseAny(t)));

const parseAny = (original: string): ParseResult => {
  const nth = occurrence(original);
  if (nth) return fail([occurrenceProblem(nth)], [nth]);
  const amount = unreadAmount(original);
  if (amount) return fail([unreadAmountProblem(amount)], [amount]);
  const first = read(original, original);
  if (first.ok && sentFirst(original, first)) return read(original, `When ${original}`);
  if (first.ok) return awaitedFirst(first) ? (runOn(original, awaitedFirst(first)) ?? first) : first;
  if (first.problems[0] !== NO_TRIGGER) return runOn(original) ?? first;
  // "Tag leads from LinkedIn as social": a title whose object is the trigger, tried only when none was found
  for (const title of asTitle(original)) {
    const second = read(original, title, true);
    if (second.ok) return second;
  }
  return runOn(original) ?? first;
};

/** Requests that already say when they run, or are questions and wishes: never read as a trigger without "when". */
const RUN_ON_EXCLUDED =
  /^(?:when|whenever|if|once|as soon as|every|each|after|before|on|at|in|i|we|you|can|could|would|please|is|are|do|does|how|what|why)\b/i;

const SAYS_A_TEST =
  /\b(?:if|only|unless|from|over|under|above|below|more|less|is|are|with|tagged|worth|equals|contains|mentions|says|value|budget|total|amount|works?\s(?:at|for))\b|[<>=]/i;

/** "invoice get paid …", "email comes in …": a noun that is also a verb, said as the subject of an event. */
const EVENT_NOUN =
  /^(?:new\s+)?(?:invoice|e-?mail|message|note|booking|call|meeting|payment|text|form)s?\b(?!\s+(?:them|him|her|the|a|an|our|their|me|us|it|all|every|each|to)\b)/i;

/** "new lead comes in send them a welcome email", "client cancel booking notify me": a trigger said without "when". */
const runOn = (original: string, event?: string): ParseResult | undefined => {
  // "every form submission create a lead for them": one of them arriving, said with no "for" and no comma
  if (!event && /^(?:every|each)\s/i.test(original)) {
    const each = read(original, `For ${original}`, true);
    if (each.ok && each.definition.trigger.type === 'event') return each;
  }
  if (
    (VERB_START.test(original.toLowerCase()) && !EVENT_NOUN.test(original)) ||
    RUN_ON_EXCLUDED.test(original)
  )
    return event ? undefined : runOnAfter(original);
  const result = read(original, `When ${runOnTrigger(original)}`, true);
  if (!result.ok) return undefined;
  // a condition only where the request says one ("Typeform New Entry" is no test of a booking's type)
  if (JSON.stringify(result.definition.steps).includes('"if"') && !SAYS_A_TEST.test(original))
    return undefined;
  const trigger = result.definition.trigger;
  if (event) return trigger.type === 'event' && trigger.event === event ? result : undefined;
  return trigger.type === 'event' || trigger.type === 'webhook' ? result : undefined;
};

/** "if client not pay invoice 7 days send reminder": the hurried trigger after "if" or "when", re-read once. */
const runOnAfter = (original: string): ParseResult | undefined => {
  const lead = /^(?:if|when|whenever)\s/i.exec(original)?.[0];
  if (!lead) return undefined;
  const rest = original.slice(lead.length);
  const retold = runOnTrigger(rest);
  if (retold === rest) return undefined;
  const result = read(original, `${lead}${retold}`, true);
  return result.ok ? result : undefined;
};

/**
 * "We email a client and if they don't respond in 3 days, …": the message we send is what the wait for a reply
 * starts from (the trigger it implied), not a step to send it again. Read as "When we email a client …".
 */
const sentFirst = (original: string, result: ParseResult): boolean => {
  if (!result.ok || !SENT_BY_US.test(original)) return false;
  const { trigger, steps } = result.definition;
  const again =
    trigger.type === 'event' && trigger.event === 'email.sent'
      ? read(original, `When ${original}`, true)
      : undefined;
  return again?.ok === true && again.definition.steps.length < steps.length;
};

/** "someone books a call please notify the team" read as a lead's run waiting for it: the event, tried as trigger. */
const awaitedFirst = (result: ParseResult): string | undefined => {
  if (!result.ok) return undefined;
  const step = result.definition.steps[0];
  return step && 'waitFor' in step && result.definition.steps.length === 1 ? step.waitFor.event : undefined;
};

/**
 * Reads `text` (the request, or a rewriting of it); the workflow is named after `original`. Each reading of the
 * trigger (trigger.ts's readers, in their order; a few: each is a whole read) gives a candidate reading of the whole
 * request, and registry.ts chooses among them by the words they place.
 */
const read = (original: string, text: string, onlyWorkflow = false): ParseResult => {
  const prepared = prepare(text);
  const reason = swallowedReason(prepared.text);
  if (reason)
    return fail(
      [swallowedReasonProblem(prepared.cased.slice(prepared.text.indexOf(reason)).slice(0, reason.length))],
      [reason],
    );
  const whole = new Whole(prepared);
  // a caller that reads only a workflow: its first reading may stop at a refusal when no other reading is compared
  const first: Bar | undefined = onlyWorkflow ? { workflowWanted: () => !whole.readings.at(1) } : undefined;
  const readAt = (choice: number, bar?: Bar) =>
    givingPerson((person) => readWith(original, text, whole, choice, bar ?? first, person));
  return chooseReading(readAt, OTHER_READINGS + 1) ?? fail([NO_TRIGGER]);
};

/** The request read with the trigger reading numbered `choice`; undefined when there is no such reading. */
const readWith = (
  original: string,
  text: string,
  whole: Whole,
  choice: number,
  bar?: Bar,
  person = false,
): ParseResult | undefined => {
  const clauses = whole.clauses();
  const problems: string[] = [];
  const notUnderstood: string[] = [];
  const found = findTrigger(clauses, problems, choice, whole.readings);
  if (choice > 0 && !found.trigger) return undefined;
  // "when a lead replies I want you to add a note": the same words after the trigger read in the clause
  for (const clause of clauses) withoutPreamble(clause, clause.view);
  let trigger: Trigger | undefined = personGiven(found.trigger, person);
  if (!trigger) {
    const event = implied(clauses);
    if (event)
      trigger =
        event === 'email.sent'
          ? { type: 'event', event, filter: structuredClone(SENT_MESSAGES_FILTER) as Record<string, unknown> }
          : { type: 'event', event };
  }
  const event = trigger?.type === 'event' ? (trigger.event as EventName) : undefined;
  const ctx: Ctx = {
    event,
    subject: subjectOf(trigger),
    ids: new Set(),
    previous: undefined,
    cadence: found.cadence,
    given: trigger?.type === 'manual' ? (trigger.inputs ?? []) : undefined,
  };
  const items: Item[] = [];
  /** "new lead from google ads and value over 1000 notify sales" (no comma): the actions after the qualifier. */
  let after: Clause | undefined;
  if (found.qualifier) {
    const { clause } = found.qualifier;
    // "new lead's budget is over 10k": its budget
    const text = found.qualifier.text.replace(/^'s\s/, 'its ');
    const cond = readCondition(text, { subject: ctx.subject, event, cased: (s) => clause.cased(s) });
    const rest = (cond ? text.slice(cond.length) : text).replace(/^\s*(?:-|→|->)\s+(?=\S)/, ' '); // "… $5000 - tell …"
    if (cond && (cond.condition || cond.filter) && (!/\S/.test(rest) || VERB_START.test(rest))) {
      items.push({
        kind: 'if',
        ...testOrFilter(text, cond),
        negated: false,
        segment: 0,
        sep: 'start',
      });
      if (/\S/.test(rest)) after = new Clause(clause.prepared, rest.trim());
    } else {
      problems.push(`I did not understand "${clause.cased(text).trim()}" about what starts the workflow`);
    }
  }
  if (found.delay)
    items.push({
      kind: 'steps',
      steps: [{ id: uniqueId(ctx, 'wait'), wait: found.delay }],
      usesSubject: false,
      segment: 0,
      sep: 'start',
    });
  const state = { ctx, problems, notUnderstood };
  if (after) readClause(after, { segment: 0, sep: 'start' }, state, items);
  for (const [i, clause] of clauses.entries()) {
    // a reading after the first stops once it cannot be chosen (registry.ts)
    if (outOfTheRunning(bar, trigger ? problems : [NO_TRIGGER], notUnderstood))
      return fail(problems, notUnderstood);
    const piece = whole.pieces[i];
    const afterTrigger = i === found.at + 1 && piece?.sep === 'and';
    const beforeTrigger = found.at > i && whole.pieces[found.at]?.segment !== piece?.segment;
    const [from, previous] = [items.length, ctx.previous];
    if (piece)
      readClause(
        clause,
        { segment: piece.segment, sep: piece.sep, afterTrigger, beforeTrigger },
        state,
        items,
      );
    if (i === 0)
      dropSentAlready({ text, clauses, items, from, ctx, previous }, found.trigger ? found.at : -1);
  }
  problems.push(...unreadQualifiers(clauses, found));
  if (!trigger) {
    // without a trigger nothing has a subject: those complaints are consequences, not causes
    const causes = problems.filter((p) => !p.startsWith('I understood'));
    // "Email Opened → …": the first part was read as an action, so nothing else quotes what should start it
    const head = clauses[0];
    if (causes.length === 0 && head)
      causes.push(`I did not understand "${head.original.trim()}" as what starts the workflow`);
    problems.splice(0, problems.length, ...causes);
    problems.unshift(NO_TRIGGER);
    return fail(problems, notUnderstood);
  }
  const { steps, filter, tested } = assembleRestricted(items, ctx, problems, notUnderstood, trigger, text);
  if (problems.length > 0) return fail(problems, notUnderstood);
  if (steps.length === 0)
    return fail(
      notUnderstood.length > 0
        ? [`I did not understand "${notUnderstood.join(' … ')}"`]
        : ['I found no action to perform'],
      notUnderstood,
    );
  const unstarted = filterWithoutEvent(filter, trigger); // "every Friday … if they are tagged vip"
  if (unstarted) return fail([unstarted], notUnderstood);
  const own = untested(trigger, tested);
  const filtered: Trigger =
    filter && own.type === 'event' ? { ...own, filter: { ...(own.filter ?? {}), ...filter } } : own;
  // "if it isn't paid in 3 days, intimate the team" with the action not read: a wait that leads to nothing
  const last = steps.at(-1);
  if (
    notUnderstood.length > 0 &&
    last &&
    'waitFor' in last &&
    !(last.onTimeout?.length || last.onEvent?.length)
  )
    return fail(
      [`I did not understand what to do after the wait: "${notUnderstood.join(' … ')}"`],
      notUnderstood,
    );
  // a wait leading nothing ("when a lead replies schedule a call …", "…, wait 5 days then a check in email") is refused
  if (last && ('wait' in last || ('waitFor' in last && !(last.onTimeout?.length || last.onEvent?.length))))
    return fail([`I understood a wait but nothing to do after it: "${original}"`], notUnderstood);
  const fixed = breakSelfLoops(filtered, steps);
  if (fixed.steps.length === 0) return fail(['I found no action to perform', ...fixed.notes], notUnderstood);
  const written = waitsWritten(fixed.steps);
  const definition: WorkflowDefinition = {
    name: titleOf({ trigger: fixed.trigger, steps: written }),
    description: original,
    trigger: fixed.trigger,
    steps: written,
  };
  // The grammars only build what the language accepts; anything else is refused here, never returned.
  const report = validateWorkflow(definition);
  if (!report.valid || !report.definition)
    return fail(
      report.issues.map((i) => `the workflow I read would not be valid (${i.path}: ${i.message})`),
      notUnderstood,
    );
  const notes = [...(found.note ? [found.note] : []), ...fixed.notes, ...payloadInvoice(written)];
  return { ok: true, definition: report.definition, notUnderstood, notes, warnings: report.warnings };
};
