import type { EventName } from '../../../statemachines/events';
import type { Clause } from './clause';
import { readCondition } from './conditions';
import { PERSON } from './nouns';
import { impliedEvent } from './trigger';
import { readWait } from './waits';

const CHANGE =
  /\b(?:drops?|dropped|falls?|fell|dips?|dipped|goes|went|gets?|got|rises?|rose|climbs?|climbed|jumps?|jumped|changes?|changed|moves?|moved|becomes?|became|turns?|turned)\s/;

/**
 * "if a quote isn't accepted …", "quote not accepted in a week →": what is to be confirmed, when the wait's reader
 * names no record (said with "if" and an article, or bare at the start of a hurried line).
 */
const confirmedBy = (view: string, awaited: string | undefined): string | undefined =>
  awaited === 'confirmation'
    ? (/^\s*(?:if|when|unless|once)\s+(?:(?:an?|the|their|our|my|any)\s+)?(?:new\s+)?([a-z]+)\s/.exec(
        view,
      )?.[1] ??
      /^\s*(?:(?:an?|the|our|my|any)\s+)?(?:new\s+)?([a-z]+)\s+(?:(?:is|was|still|has|hasn't|isn't)\s+)*(?:not|un)/.exec(
        view,
      )?.[1])
    : undefined;

/** The event a request implies by its first wait or condition, when it names no trigger. */
/** "after it goes overdue", "since the invoice became past due", "once they're overdue": the wait's start. */
const OVERDUE_SINCE =
  /\b(?:after|since|once|from\s+when)\s+(?:it|they|the\s+(?:invoice|bill)s?)\s*(?:'s|'re|is|are|goes|go|went|falls|fall|fell|becomes|become|became|gets|get|got|turns|turn|turned)\s+(?:past\s+due|overdue|late)\b/;

/** "a form lead goes cold (no meeting booked within 5 days of submitting)": the wait starts from the form. */
const FORM_START =
  /\b(?:form\s+(?:lead|submission|enquiry|inquiry|sign-?up)s?|(?:of|after|since)\s+(?:submitting|filling\s+(?:it|the\s+form)\s+(?:in|out)|(?:they|he|she)\s+(?:submitted|filled))\b)/;

/** "the day before their tour", "3 days before the invoice due date" (booking-times.ts): the record whose time it is. */
const MOVED =
  /^\s*(?:(?:then|and)\s+)?wait\suntil\s(?:\S+\s\S+\sbefore\s)?the\s(?:(booking)\s(?:starts|ends)|invoice\sis\sdue)\b/;

/**
 * "if a new lead hasn't replied", "a new enquiry gets no answer": the wait starts when the person arrives ("a new
 * lead goes quiet" had a conversation to go quiet in: it starts from our email, as without "new").
 */
const NEW_ARRIVAL = new RegExp(
  `^\\s*(?:(?:if|when|unless|once)\\s+)?(?:(?:an?|any|the|our|every|each)\\s+)?new\\s+(?:${PERSON}|enquir(?:y|ies)|inquir(?:y|ies)|sign-?ups?|registrations?)(?![\\w'-])`,
);

const arrivedNew = (said: string): boolean =>
  NEW_ARRIVAL.test(said) && !/\b(?:go(?:es)?|went|gone)\s+(?:quiet|silent)\b/.test(said);

export const implied = (clauses: readonly Clause[]): EventName | undefined => {
  for (const clause of clauses) {
    const moved = MOVED.exec(clause.view);
    if (moved) return moved[1] ? 'booking.created' : 'invoice.created';
    const wait = readWait(clause.view);
    // "if the client doesn't pay by the 5th": a wait that cannot be read implies nothing (it is refused, quoted)
    if (wait?.problem) return undefined;
    // "if an overdue invoice is still unpaid 10 days later": it starts when the invoice falls overdue
    if (wait)
      // "… three days after it goes overdue": counted from when it fell overdue, said after the wait
      return wait.awaited === 'payment' &&
        (/\boverdue\s+(?:invoice|bill)/.test(clause.view.slice(0, wait.length)) ||
          OVERDUE_SINCE.test(clause.view))
        ? 'invoice.overdue'
        : wait.awaited === 'booking' && FORM_START.test(clause.view)
          ? 'form.submitted'
          : wait.awaited === 'reply' && arrivedNew(clause.view.slice(0, wait.length))
            ? 'lead.created'
            : impliedEvent(wait.noun ?? confirmedBy(clause.view, wait.awaited), wait.awaited);
    const lead = /^\s*(?:if|only if|when|unless)\s+/.exec(clause.view);
    if (!lead) continue;
    // "When a new one comes in, …" with nothing before it to say what: an anaphor implies no record
    if (/^(?:an?\s+)?(?:new\s+)?ones?\b/.test(clause.view.slice(lead[0].length))) return undefined;
    const cond = readCondition(clause.view.slice(lead[0].length), {
      subject: undefined,
      event: undefined,
      cased: (s) => clause.cased(s),
    });
    const about = cond?.about;
    // "When a lead's value drops below 1000": a value that moves is a change of the record, never its arrival; only
    // a lead's changes are events of the catalogue
    if (about && CHANGE.test(clause.view.slice(lead[0].length, lead[0].length + (cond?.length ?? 0))))
      return about === 'lead' ? 'lead.updated' : undefined;
    if (about === 'invoice') return 'invoice.created';
    if (about === 'booking') return 'booking.created';
    if (about === 'message') return 'email.received';
    if (about === 'form') return 'form.submitted';
    if (about === 'lead') return 'lead.created';
  }
  return undefined;
};
