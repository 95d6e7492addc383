import { AROUND } from './around';
import { BRANCHES } from './branches';
import { BUSINESS_DAYS } from './business-days';
import type { Case } from './case';
import { CLAUSE_KINDS } from './clause-kinds';
import { CONDITIONS } from './conditions';
import { CORRESPONDENCE } from './correspondence';
import { DONE_TO_THEM } from './done-to-them';
import { EVENTS } from './events';
import { GALLERY } from './gallery';
import { HURRIED } from './hurried';
import { IDIOMS } from './idioms';
import { INFORMAL } from './informal';
import { LAYOUT } from './layout';
import { LEARNERS } from './learners';
import { LISTS } from './lists';
import { MANY_RECORDS } from './many';
import { MEANINGS } from './meanings';
import { NOUN_PHRASES } from './noun-phrases';
import { POPULATIONS } from './populations';
import { PRECISION } from './precision';
import { RECIPIENTS } from './recipients';
import { RECORD_UPDATES } from './record-updates';
import { RECORDS } from './records';
import { RECURRING } from './recurring';
import { REPORTS } from './reports';
import { SPEC } from './spec';
import { SPOKEN } from './spoken';
import { EVENT_PHRASES_S32, STATE_CHANGES } from './state-changes';
import { STORY } from './story';
import { SURROUNDINGS } from './surroundings';
import { TICKETS } from './tickets';
import { TITLES } from './titles';
import { TRADES } from './trades';
import { TRIGGER_ANYWHERE } from './trigger-anywhere';
import { TRIGGER_FORMS } from './trigger-forms';
import { VOICES } from './voices';
import { NEGATIVE_WAITS } from './waits';
import { WORDING } from './wording';
import { TIME_ZONES } from './zones';

export type { Case } from './case';
export { REFUSALS, type Refusal } from './refusals';

/**
 * The development table: requests of our own, grouped by the classes of the assistant issue, each with the
 * trigger and the ordered steps (conditions included) it must produce. Held-out requests are in
 * bench/assistant/heldout.ts and are not used here.
 */
export const TABLE: Readonly<Record<string, readonly Case[]>> = {
  'event triggers': EVENTS,
  'record-creating actions': RECORDS,
  'negative waits': NEGATIVE_WAITS,
  'waits in business days': BUSINESS_DAYS,
  'time zones': TIME_ZONES,
  'recurring days and times': RECURRING,
  'conditions and if/otherwise': CONDITIONS,
  'lists of actions': LISTS,
  'schedules over many records': MANY_RECORDS,
  'reports with period and channel': REPORTS,
  'informal writing': INFORMAL,
  'typos, politeness and passive voice': WORDING,
  'terse, rambling and learner English': HURRIED,
  'titles, questions and the trigger last': TITLES,
  'lists, anaphora, questions and titles without new': LAYOUT,
  'letters, tickets and the subject first': CORRESPONDENCE,
  'dictation, speech and learner forms': SPOKEN,
  'gallery titles and sibling conditions': GALLERY,
  'tickets and run-on notes': TICKETS,
  'voices: reasons, layouts, shorthand, regional English, typing': VOICES,
  'actions said subject first or in the passive': DONE_TO_THEM,
  'records as actions: notes, tags, statuses, invoices, meetings': RECORD_UPDATES,
  'the rule wrapped in its story: openers, who asked, plans, statistics, the business, reasons, thanks':
    STORY,
  'several times a day, idioms and appositions': IDIOMS,
  "the business's own nouns: trades' bookings, invoices, forms, people, records": TRADES,
  'second-language English: verb forms, calques, local numbers and times, branches': LEARNERS,
  'spec and ticket lines: event names, field comparisons and assignments': SPEC,
  'what surrounds the request: labels, headers, who wants it': SURROUNDINGS,
  'clause kinds anywhere: reminders to us, people as events, purposes, conditions, many records, polite reports':
    CLAUSE_KINDS,
  'records said as noun phrases, by role and by meaning': NOUN_PHRASES,
  'actions, record tests and many records by meaning': MEANINGS,
  'roles, channels, reminders and many records in trade words': RECIPIENTS,
  'populations, bookings of any noun, several recipients, buttons and counts': POPULATIONS,
  'the trigger after the action: whom it is for, a clause after a joint': TRIGGER_ANYWHERE,
  'the trigger as a label, a record introduced then referred to, the record as the subject': TRIGGER_FORMS,
  "a lead's state change in the writer's words, their own status word mapped in brackets": STATE_CHANGES,
  "events in a trade's words around the head, and an event joined to a negative wait": EVENT_PHRASES_S32,
  'precision: messages called notes, kinds of a record, remarks that say who it is for': PRECISION,
  'around the request, waits as time given, months, region codes, addresses, lettered steps': AROUND,
  'comparisons in words, branches as the other side, schedule words, goals and message text': BRANCHES,
};
