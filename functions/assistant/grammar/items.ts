import type { Condition, EventFilter, Step } from '../../../statemachines/schema';
import {
  readCancel,
  readCreateInvoice,
  readInvoiceReminder,
  readMarkPaid,
  readSchedule,
} from './actions-calendar-billing';
import { readDraft, readEmail, readReport, readSlack, readTeam } from './actions-message';
import {
  readAi,
  readApproval,
  readFile,
  readHttp,
  readKnowledge,
  readLog,
  readUnsupported,
  readWait,
  UNSUPPORTED_APPS,
} from './actions-misc';
import { readCreateLead, readNote, readUpdateLead } from './actions-records';
import { againAfter } from './again';
import { asStepTest } from './assemble';
import { CONDITION_LEAD, OTHERWISE, otherwiseItem, otherwiseUnread, testNotRead } from './branch-openers';
import { Clause } from './clause';
import { type Collection, readCollection } from './collections';
import { OTHER_SIDE } from './comparison-parts';
import { joinsCondition } from './condition-join';
import { readCondition } from './conditions';
import type { ActionReader, Ctx } from './context';
import { EACH_ONE, eachInvoice, takesEach } from './each-invoice';
import { allListed, readFoundList } from './found-lists';
import { sentAsList } from './list-sent';
import { qualifiesPeopleAfter } from './many';
import { testOrFilter } from './named-source';
import { readPersonAddressed } from './people-side';
import { HEADS_UP_TO, placeOfLast, purposeGoesOn, purposeLeft, readPurpose, TO_WHOM_ONLY } from './purpose';
import { EACH_ITEM, eachAttendee, ROLE_RE, SUBJECT_RE } from './recipients';
import { ADDS_TO_RULE, isDropped, MEANINGFUL_LEFTOVER, onlyDescribes, VERB_INSIDE } from './remarks';
import { namedFirst } from './rule-words';
import { ccOnEmail, NEGATED_STEP, negatedStep } from './said-steps';
import { isKnownWord } from './spelling';
import { type Separator, VERB_START, verbOfGerund } from './split';
import { matchFor, readWait as readWaitClause, type WaitRead } from './waits';

/**
 * A request as a sequence of items — actions, conditions, waits, "otherwise", loops — each read from its clause
 * by its own grammar with what the request said before it (the trigger, the subject, the last summary). The
 * assembler nests them into steps.
 */
export type Item = { readonly segment: number; readonly sep: Separator } & (
  | { readonly kind: 'steps'; readonly steps: Step[]; readonly usesSubject: boolean }
  | {
      readonly kind: 'if';
      readonly condition: Condition | undefined;
      readonly filter: EventFilter | undefined;
      readonly negated: boolean;
    }
  | { readonly kind: 'wait'; readonly wait: WaitRead; readonly match: Record<string, string> | undefined }
  | { readonly kind: 'otherwise'; readonly rejected?: boolean; readonly unread?: readonly string[] } // branch-openers.ts
  | { readonly kind: 'loop'; readonly collection: Collection; readonly explicit: boolean }
);

export interface ReadState {
  readonly ctx: Ctx;
  readonly problems: string[];
  readonly notUnderstood: string[];
  /** The subject outside the loop being read, restored when an action no longer acts on the loop's items. */
  loopOuter?: { readonly subject: Ctx['subject']; readonly explicit: boolean } | undefined;
}

const openLoop = (state: ReadState, collection: Collection, explicit: boolean): void => {
  state.loopOuter = { subject: state.loopOuter?.subject ?? state.ctx.subject, explicit };
  state.ctx.subject = collection.item;
};

const closeLoop = (state: ReadState): void => {
  if (state.loopOuter) [state.ctx.subject, state.loopOuter] = [state.loopOuter.subject, undefined];
};

/** Actions for the team (a notification, a report) end a loop someone did not ask for explicitly. */
const TEAM_ACTION =
  /^[\s,]*(?:(?:then|also|and|please|finally)\s+)*(?:notify|tell|alert|inform|ping|let|post|share|slack|summari[sz]e|send (?:a |the |an? )?(?:summary|report|recap|digest)|report|escalate|log)\b/;

/** A sentence about the business, not a request: it starts with who we are or what happens to us. */
const CONTEXT =
  /^\s*(?:we(?:'re| are| have| get| run| use| sell| often| always| keep| had|'ve| send| do| deal)|our\s+[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|keeps?|has|have|often|always|tend)|i(?:'m| am| run| have| work|'ve| do)|this is|there (?:is|are)|it(?:'s| is) (?:a|an|so|really|quite|very|too|getting)|lately|recently|currently|at the moment|as you know|people|(?:most|half|some|many|a lot) of (?:our|the|them)|(?:customers|clients|leads|invoices|bookings) (?:often|keep|always|never|tend|sometimes|usually))\b/i;

const REPORT_OF =
  /\b(?:summary|summaries|report|recap|digest|overview|rundown|round-?up|list)\s+(?:of|on|about|for|with)\s+(?:(?:all|the|our|my|every)\s+)?(?:[\w-]+\s+)?(?:invoices?|bills?|fees|leads?|contacts?|customers?|clients?|bookings?|deals?)\b|\b(?:invoices?|bills?|leads?|bookings?|deals?|sales|pipeline)\s+(?:summary|report|recap|digest|overview|list)\b/;

/** An object left over by an action clause ("create a task to call them back" read as a meeting): refused. */
const OBJECT_LEFTOVER = /\b(?:tasks?|to-?dos?|attachments?|attached|brochures?|report\s+cards?)\b/i;
/**
 * A second recipient or a copy the message readers would leave out: "email them and their manager", "a receipt and a
 * copy to finance", "the client and their accountant".
 */
const SECOND_RECIPIENT =
  /\b(?:them|him|her|the\s(?:lead|customer|client|contact|prospect|attendee|sender|team)|[a-z]+)\s(?:and|&|as\swell\sas|plus)\s(?:also\s)?(?:(?:to|cc)\s)?(?:their|his|her|the|our|my)\s(?:[a-z]+\s)?(?:manager|boss|owner|director|accountant|assistant|partner|colleague|supervisor|rep|family|parents?)s?\b|\b(?:and|plus|with)\s(?:a\s)?(?:copy|cc|bcc)\s(?:of\sit\s)?(?:to|for)\s[^,.;]+/;
const MESSAGE_VERB =
  /\b(?:e-?mail|send|sent|forward|notify|tell|inform|alert|ping|message|text|remind|cc|let)\b/;
/** A person named in a leftover ("… and Tom", "from Tom"): someone the action would leave out. */
const NAME_LEFTOVER =
  /\b(?:and|or|from|to|with|cc|by|for)\s+[A-Z][a-z]+\b|\b(?:and|&|plus)\s+(?:also\s+)?to\s+\S/;
/** "… forward it to marco" (no capitals), "all the vip ⟨customers tagged x⟩": whom the workflow would go without. */
const leftBehind = (l: string, text: string): boolean => {
  if (qualifiesPeopleAfter(l, text)) return true;
  const word = /^to\s+([a-z][a-z'-]{2,19})$/.exec(l)?.[1];
  return NAME_LEFTOVER.test(l) || (word !== undefined && !isKnownWord(word) && !ROLE_RE.test(word));
};

const NOUN_LEAD =
  '^[\\s,]*(?:(?:then|and|also|plus|with|just|only|simply)\\s+)*(?:(?:an?|the|our|one|another|a second|a final)\\s+)?';
/** Actions written as their object alone ("→ welcome email + slack message"), and the verb they stand for. */
const NOUN_ACTIONS: readonly [RegExp, string][] = [
  [
    new RegExp(
      `${NOUN_LEAD}(?=(?:(?:(?!(?:to|from|in|on|for|of|with|by|about|at|into|our|their|my|your)\\b)[\\w-]+|⟦\\d+⟧)\\s+){0,2}(?:e?mails?|message|dm|notification|alert|reminder|follow up|nudge|confirmation|receipt|newsletter|thank you)\\b)`,
    ),
    'send',
  ],
  [HEADS_UP_TO, 'notify'],
  [new RegExp(`${NOUN_LEAD}(?=(?:[\\w-]+\\s+)?(?:note|comment)\\b)`), 'add'],
  [new RegExp(`${NOUN_LEAD}(?=(?:new\\s+)?invoice\\b)`), 'create'],
  // "Shopify webhook → new lead", "form → CRM contact": a record to create
  [
    new RegExp(
      `${NOUN_LEAD}(?=(?:new\\s+|crm\\s+)(?:lead|contact)\\b|(?:lead|contact)\\s+in\\s+(?:the\\s+)?crm\\b)`,
    ),
    'create',
  ],
  [new RegExp(`${NOUN_LEAD}(?=(?:[\\w-]+\\s+)?log\\s+(?:entry|line)\\b)`), 'add'],
  ...TO_WHOM_ONLY,
];

/** The action grammars, most specific first; the first that reads a clause wins. */
const READERS: readonly ActionReader[] = [
  readUnsupported,
  readFoundList,
  readWait,
  readApproval,
  readHttp,
  readKnowledge,
  readNote,
  readMarkPaid,
  readPersonAddressed,
  readInvoiceReminder,
  readCreateInvoice,
  readCancel,
  readSchedule,
  readReport,
  readDraft,
  readFile,
  readUpdateLead,
  readCreateLead,
  readSlack,
  readTeam,
  readEmail,
  readLog,
  readAi,
];

/** "… is paid and the amount is over 5000", "… comes in with a value under 1000": the trigger's conditions. */
const CONTINUATION = /^\s*(?:(?:and|but|where|while)\b\s*)?(?=\S)/;

/** Reads one clause into items (several when it holds a condition and its action, or two actions). */
export const readClause = (
  clause: Clause,
  at: { segment: number; sep: Separator; afterTrigger?: boolean; beforeTrigger?: boolean },
  state: ReadState,
  items: Item[],
): void => {
  const { ctx } = state;
  const push = (item: Item) => items.push(item);
  const base = { segment: at.segment, sep: at.sep };
  let guard = 0;
  const before = items.length;
  const touched = clause.touched;
  if (ccOnEmail(clause, items)) return;
  const extra = SECOND_RECIPIENT.exec(clause.view);
  if (extra?.[0] && MESSAGE_VERB.test(clause.view)) {
    state.problems.push(
      `"${clause.cased(extra[0]).trim()}": a message goes to one recipient; make the second its own step ("…, and notify the manager")`,
    );
    return;
  }
  while (!clause.done && guard++ < 8) {
    const view = clause.view;
    if (NEGATED_STEP.test(view)) {
      state.problems.push(negatedStep(clause.original));
      return;
    }
    const otherwise = OTHERWISE.exec(view) ?? OTHER_SIDE.exec(view);
    if (otherwise?.[0].trim()) {
      clause.mark(otherwise.index, otherwise[0].length);
      push(otherwiseItem(base, otherwise[0], view.slice(otherwise.index + otherwise[0].length)));
      continue;
    }
    const wait =
      /^\s*(?:(?:and|but|then|so)\s+)?(?:if|when|in case|should|unless|once|and if|but if|wait|keep waiting|there|no|without|after|still)\b|^\s*(?:and\s+)?(?:they|he|she|it|the|we|nobody|no one|unpaid|outstanding|unanswered|unconfirmed|(?:an?\s+|any\s+)?(?:new\s+)?(?:leads?|prospects?|contacts?|customers?|clients?|invoices?|bills?|bookings?|meetings?|appointments?|forms?|surveys?|signups?|sign-ups?|users?|subscribers?|patients?|attendees?|someone|somebody|payments?|repl(?:y|ies)|responses?|answers?|confirmations?))\b/.test(
        view,
      )
        ? readWaitClause(view)
        : undefined;
    if (wait) {
      clause.mark(0, wait.length);
      if (wait.problem) {
        // the words it quotes, as they were written
        state.problems.push(
          wait.problem.replace(/"([^"]+)"/g, (m, f: string) =>
            clause.text.includes(f) ? `"${clause.cased(f)}"` : m,
          ),
        );
        return;
      }
      const unless = /^\s*(?:(?:and|but|then|so)\s+)?unless\b/.test(view);
      const read: WaitRead = unless
        ? { ...wait, polarity: wait.polarity === 'positive' ? 'negative' : 'positive' }
        : wait;
      push({ ...base, kind: 'wait', wait: read, match: matchFor(read.awaited, ctx.subject) });
      continue;
    }
    if (items.length === before && joinsCondition(clause, at.sep, items, ctx)) continue;
    const lead = CONDITION_LEAD.exec(view) ?? (touched || at.afterTrigger ? CONTINUATION.exec(view) : null);
    if (lead) {
      const cond = readCondition(view.slice(lead[0].length), {
        subject: ctx.subject,
        event: ctx.event,
        cased: (s) => clause.cased(s),
      });
      // "over 10k and from LinkedIn or under 100": read, but not as one condition; the reason is the refusal
      if (cond?.problem && !cond.condition && !cond.filter) {
        clause.mark(0, lead[0].length + cond.length);
        state.problems.push(cond.problem);
        continue;
      }
      if (cond && (cond.condition || cond.filter)) {
        clause.mark(0, lead[0].length + cond.length);
        if (cond.problem) state.problems.push(cond.problem);
        const negated = /\b(?:unless|except)\b/.test(lead[0]);
        // "unless tagged vip": no filter excludes a tag (one matches when any tag does), so a step tests the list
        const tested = negated && cond.filter ? asStepTest(cond.condition, cond.filter) : undefined;
        if (negated && cond.filter && !tested)
          state.problems.push(
            `"${clause.cased(view.slice(0, lead[0].length + cond.length)).trim()}" cannot be tested: a filter can require a value, not exclude one`,
          );
        // "when a new lead comes in with source etsy, …": the trigger's filter, as on its noun (named-source.ts)
        const onTrigger = touched && at.sep === 'start' && !lead[0].trim();
        const read = tested
          ? { condition: tested, filter: undefined }
          : onTrigger
            ? testOrFilter(view, cond)
            : cond;
        push({ ...base, kind: 'if', condition: read.condition, filter: read.filter, negated });
        continue;
      }
      if (testNotRead(lead[0], view, clause, state.problems)) return;
      if (
        /^\s*(?:(?:and|but|then|so)\s+)?(?:for)\s+/.test(lead[0]) &&
        /^\s*(?:(?:and|but|then|so)\s+)?for\s+(?:each|every|all)\b/.test(view)
      ) {
        const collection = readCollection(clause, ctx, state.problems);
        if (collection) {
          clause.mark(0, lead[0].length);
          push({ ...base, kind: 'loop', collection, explicit: true });
          openLoop(state, collection, true);
          continue;
        }
      }
    }
    // "loop over the overdue invoices, send each customer a reminder": each one found, not a new search
    const invoice = eachInvoice(clause, ctx.subject, items);
    const each =
      invoice.them ??
      (state.loopOuter ? (EACH_ITEM.exec(clause.view) ?? eachAttendee(clause, ctx.subject)) : null);
    if (each) {
      const view = clause.view;
      const rest = new Clause(
        clause.prepared,
        `${view.slice(0, each.index)}them${view.slice(each.index + each[0].length)}`,
      );
      clause.markAll();
      readClause(rest, { ...at, afterTrigger: false }, state, items);
      return;
    }
    if (sentAsList(clause, state, items)) continue; // "find the overdue invoices and email me the list"
    // "a summary of overdue invoices", "a list of new leads": what a report is about, not records to act on
    if (!ctx.event && items.length === before && !REPORT_OF.test(clause.view) && !allListed(clause.view)) {
      const collection = readCollection(clause, ctx, state.problems);
      if (collection) {
        push({ ...base, kind: 'loop', collection, explicit: false });
        openLoop(state, collection, false);
        if (sentAsList(clause, state, items, true)) continue; // "email me a list of everyone who owes us money"
      }
    }
    if (readPurpose(clause, items, before)) continue;
    // "… about each one", or "post them in #ar" in the loop: the action is for every item found
    const perItem = state.loopOuter
      ? takesEach(clause, invoice.taken) || (TEAM_ACTION.test(clause.view) && SUBJECT_RE.test(clause.view))
      : false;
    if (
      state.loopOuter &&
      !state.loopOuter.explicit &&
      TEAM_ACTION.test(clause.view) &&
      !SUBJECT_RE.test(clause.view) &&
      !EACH_ONE.test(clause.text) &&
      // "post a Slack message for each overdue invoice": the action of the clause that named the records
      !(items.at(-1)?.kind === 'loop' && items.at(-1)?.segment === at.segment)
    )
      closeLoop(state);
    let read = false;
    for (const reader of [againAfter(items), ...READERS]) {
      const result = reader(clause, ctx);
      if (!result) continue;
      read = true;
      if ('problem' in result) {
        state.problems.push(result.problem);
        clause.markAll();
      } else {
        const usesSubject = result.usesSubject || perItem;
        const item: Item = { ...base, kind: 'steps', steps: result.steps, usesSubject };
        // "send a follow up after 2 days", "remind them 3 days later": the delay comes first
        const previous = items.length > before ? items.at(-1) : undefined;
        const delay = result.steps.length === 1 && result.steps.every((s) => 'wait' in s);
        if (delay && previous?.kind === 'steps') items.splice(items.length - 1, 0, item);
        else if (!placeOfLast(clause, items, result.steps)) push(item);
        // "find the unpaid invoices, check with me, then send the reminders": the approval keeps them
        const kept = result.steps.every((s) => 'approval' in s);
        if (!usesSubject && !kept && state.loopOuter && !state.loopOuter.explicit) closeLoop(state);
      }
      break;
    }
    if (!read) {
      // "welcome email", "a follow up after 2 days", "slack message", "note": an action named by its object
      const implied = NOUN_ACTIONS.find(([re]) => re.test(clause.view) && HEADS_UP_TO.fits(re, clause.text));
      // "post it on slack as a reminder for staff": what the step just read is, never a second message
      const asWhat = items.length > before && /^\s*as\s+an?\s/.test(clause.view);
      if (!implied || asWhat || at.sep === 'keyword' || VERB_START.test(clause.view)) break;
      const rest = new Clause(clause.prepared, `${implied[1]} ${clause.view.replace(implied[0], '')}`);
      clause.markAll();
      const said = state.problems.length;
      readClause(rest, { ...at, afterTrigger: false }, state, items);
      // a refusal quotes what was written ("new lead comes in …"), not the verb the object was read with
      for (let i = said; i < state.problems.length; i++)
        state.problems[i] = state.problems[i]?.replace(`"${implied[1]} `, '"') ?? '';
      return;
    }
    // "ask for approval before sending the invoice": the gerund is the next action
    const next = /^\s*(?:before|then|and then|and|after that)\s+([a-z]+ing)\b(.*)$/.exec(clause.view);
    const verb = next?.[1] ? verbOfGerund(next[1]) : undefined;
    if (next && verb) {
      const offset = next.index + next[0].length - (next[2]?.length ?? 0) - (next[1]?.length ?? 0);
      const rest = new Clause(
        clause.prepared,
        `${verb}${clause.text.slice(offset + (next[1]?.length ?? 0))}`,
      );
      clause.mark(0, clause.text.length);
      readClause(rest, { ...at, afterTrigger: false }, state, items);
      return;
    }
  }
  const leftovers = clause.leftovers();
  if (leftovers.length === 0) return;
  if (otherwiseUnread(items, before, leftovers, state.notUnderstood)) return;
  if (at.sep === 'and' && items.length === before && !touched && purposeGoesOn(clause, items)) return;
  const describes = items.length === before && !touched && onlyDescribes(clause.original, at);
  // "We run a small agency.", "Our sales guys keep missing deals.": a sentence of context, said back, not refused
  if (
    items.length === before &&
    !touched &&
    (at.sep === 'start' || at.sep === 'sentence' || at.beforeTrigger) &&
    CONTEXT.test(clause.text) &&
    // before the sentence that starts the workflow, "never", "no", "don't" describe how things are now
    !leftovers.some(
      (l) => (!at.beforeTrigger && MEANINGFUL_LEFTOVER.test(l)) || UNSUPPORTED_APPS.test(l.toLowerCase()),
    )
  ) {
    state.notUnderstood.push(...leftovers);
    return;
  }
  if (
    leftovers.some((l) => UNSUPPORTED_APPS.test(l.toLowerCase())) ||
    // "Whenever a lead signs up you must reply …": the clause's own request, not a detail of its trigger
    (items.length === before &&
      ((!touched && !describes) || leftovers.some((l) => VERB_START.test(l) || VERB_INSIDE.test(l)))) ||
    leftovers.some((l) => MEANINGFUL_LEFTOVER.test(l) || isDropped(l)) ||
    (items.length > before && leftovers.some((l) => OBJECT_LEFTOVER.test(l) || leftBehind(l, clause.text))) ||
    // "make sure Anna sees it too": someone or something more the workflow would go without
    (!at.beforeTrigger && leftovers.some((l) => ADDS_TO_RULE.test(l) || namedFirst(l)))
  ) {
    const app = leftovers.map((l) => UNSUPPORTED_APPS.exec(l.toLowerCase())?.[0]).find(Boolean);
    state.problems.push(
      app
        ? `there is no ${app} action ("${leftovers.join(' … ')}")`
        : `I did not understand "${leftovers.join(' … ')}"`,
    );
    return;
  }
  state.notUnderstood.push(...(describes ? [clause.original.trim()] : purposeLeft(items, before, leftovers)));
};
