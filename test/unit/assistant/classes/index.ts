import type { Case } from '../table/case';
import { AGAIN_PRODUCT } from './again';
import { BRACKET_PRODUCT, EXAMPLES_PRODUCT } from './brackets';
import {
  BRANCH_CLASS,
  CANCELLATION_CLASS,
  CHANGE_CLASS,
  COMPARISON_CLASS,
  END_OF_WEEK_CLASS,
  FORM_ANSWER_CLASS,
  GOAL_CLASS,
  MESSAGE_AFTER_CLASS,
  MONTH_LIMIT_CLASS,
  MONTH_PERIOD_CLASS,
  PURPOSE_AFTER_CLASS,
  RANGE_CLASS,
  ROLE_CLASS,
} from './comparisons-s32';
import { CONDITION_PRODUCT } from './conditions';
import {
  CONDITION_TEXT_PRODUCT,
  OFFICE_PRODUCT,
  OFFICE_SCHEDULE_PRODUCT,
  SCHEDULE_PRODUCT,
  WAIT_AFTER_PRODUCT,
} from './conditions-waits-schedules';
import { CONTEXT_CLASS, MAPPED_CLASS } from './context-s34';
import { COUNTRY_ZONE_PRODUCT } from './country-zones';
import { ADVERB_PRODUCT, DELIVERY_PRODUCT } from './deliveries';
import { DESCRIBED_PRODUCT } from './described';
import { EVENT_PHRASE_PRODUCT, EVENT_THEN_WAIT_PRODUCT, NOMINAL_PRODUCT } from './event-phrases-s32';
import { EVENT_WORDING_PRODUCT } from './event-wordings';
import { EVENT_PRODUCT } from './events';
import { FIELD_NAME_CLASS, NAMED_SOURCE_CLASS } from './fields-sources-s34';
import { APPROVAL_CLASS, KNOWLEDGE_CLASS } from './first-person';
import { REPORT_FOR_CLASS, TIME_ASIDE_CLASS } from './framing-s32';
import { FRAMING_SHAPE_CLASS } from './framing-s33';
import { ASKED_FRAME_CLASS, FLAGGED_CLASS, HEADING_CLASS, WISH_FRAME_CLASS } from './framing-s34';
import { HURRIED_CONDITION_PRODUCT, HURRIED_FILTER_CASES } from './hurried-conditions';
import { HURRIED_APPROVAL_CASES, HURRIED_DRAFT_CASES, HURRIED_LIST_PRODUCT } from './hurried-lists';
import { HURRIED_WAIT_PRODUCT } from './hurried-waits';
import { IDIOM_PRODUCT } from './idioms';
import { LEARNER_PRODUCT } from './learners';
import { LIST_PRODUCT } from './lists';
import { MANY_RECORDS_PRODUCT } from './many-records';
import { MEANINGS_PRODUCT } from './meanings';
import { NEGATIVE_WAIT_PRODUCT } from './negative-waits';
import { NOUN_PHRASE_PRODUCT } from './noun-phrases';
import {
  ARRIVING_CLASS,
  INITIALS_CLASS,
  KIND_GLOSS_CLASS,
  OWN_NOUN_CLASS,
  PASSIVE_STANDING_CLASS,
  QUOTED_STATUS_CLASS,
  STANDING_CLASS,
} from './own-nouns-s34';
import { PERSON_EVENT_PRODUCT } from './person-events';
import { POLITE_REPORT_PRODUCT } from './polite-reports';
import { POPULATIONS_PRODUCT } from './populations-s33';
import {
  ARROW_BRANCH_CLASS,
  CITY_CODE_CLASS,
  LEAVING_CLASS,
  MANY_STATUS_CLASS,
  NOTE_IN_CHANNEL_CLASS,
  SOURCE_GLOSS_CLASS,
  STATUS_WHEN_CLASS,
} from './precision-s33';
import {
  CONFIRMED_BOOKING_CLASS,
  FORM_AMOUNT_CLASS,
  MY_STEP_CLASS,
  MY_STEP_TWIN_CLASS,
  OCCURRENCE_TWIN_CLASS,
  OWN_ADDRESS_CLASS,
  READ_STEP_CLASS,
  REPLY_WORDS_CLASS,
  TWO_STATUS_CLASS,
} from './precision-s34';
import { PRODUCTS_S35 } from './products-s35';
import { PRODUCTS_S36_H1 } from './products-s36-h1';
import { PRODUCTS_S36_H4 } from './products-s36-h4';
import { PRODUCTS_S36_H5 } from './products-s36-h5';
import { PRODUCTS_S36_H6 } from './products-s36-h6';
import { PRODUCTS_S37_A1 } from './products-s37-a1';
import { PRODUCTS_S37_A2 } from './products-s37-a2';
import { PRODUCTS_S37_A3 } from './products-s37-a3';
import { PURPOSE_PRODUCT } from './purposes';
import { READS_PRODUCT } from './reads';
import { RECIPIENTS_PRODUCT } from './recipients-channels';
import { RECORD_UPDATE_PRODUCT } from './record-updates';
import { RECORD_WORDING_PRODUCT } from './record-wordings';
import { RECORD_PRODUCT } from './records';
import { REPORT_PRODUCT } from './reports';
import {
  ELIDED_ELSE_CLASS,
  NOTHING_ELSE_CLASS,
  SCOPE_INVOICE_CLASS,
  SCOPE_SOURCE_CLASS,
  STEP_ALONE_CLASS,
} from './scope-s34';
import {
  EVERYONE_ELSE_CLASS,
  FIELD_TEXT_CLASS,
  HOW_IT_COMES_CLASS,
  OR_WORDS_CLASS,
  PERSON_MESSAGE_CLASS,
  TOPIC_ACRONYM_CLASS,
  TRADE_VALUE_CLASS,
} from './set17-s32';
import { SPEC_NOTATION_PRODUCT } from './spec-notation';
import { SPEC_TIMELINE_PRODUCT } from './spec-timelines';
import {
  ENQUIRY_PRODUCT,
  LEAVES_PRODUCT,
  MODIFIED_LEAD_PRODUCT,
  STATUS_LABEL_PRODUCT,
  TRANSITION_PRODUCT,
} from './state-changes';
import { OPENER_CLASS, STORY_CLASS, STORY_MESSAGES, ZONED } from './story';
import { SUBJECT_FIRST_PRODUCT } from './subject-first';
import { surfaced } from './surface';
import { TEAM_REMINDER_PRODUCT } from './team-reminders';
import {
  POSITIVE_TWIN_CLASS,
  REPLY_THEN_NONE_CLASS,
  TERSE_NO_REPLY_CLASS,
  TERSE_UNPAID_CLASS,
} from './terse-absence';
import { TIME_LIST_PRODUCT } from './time-lists';
import { TOOL_BRANCH_PRODUCT } from './tool-branches';
import { TOOL_LAYOUT_PRODUCT } from './tool-layouts';
import { TOOL_TRIGGER_PRODUCT } from './tool-triggers';
import { TRADE_NOUN_PRODUCT } from './trade-nouns';
import { EVENT_AFTER_PRODUCT, TRAILING_RECORD_PRODUCT } from './trigger-anywhere';
import { TRIGGER_CONDITION_PRODUCT } from './trigger-conditions';
import { ANAPHOR_PRODUCT, LABEL_AFTER_PRODUCT, LABEL_PRODUCT, SUBJECT_PRODUCT } from './trigger-forms';
import {
  BACK_PRODUCT,
  BUT_PRODUCT,
  HEADER_PRODUCT,
  OUTCOME_PRODUCT,
  QUOTED_EMAIL_PRODUCT,
  STANDING_PRODUCT,
  STILL_PRODUCT,
  WEBHOOK_PRODUCT,
  WHOSE_PRODUCT,
} from './triggers-waits-s33';
import { voiced } from './voices';

/** Each generated class's full cross product, by class (the bench measures them; the unit suite covers pairs). */
export const PRODUCTS: Readonly<Record<string, readonly Case[]>> = {
  'brackets: glosses, examples, names': [...BRACKET_PRODUCT, ...EXAMPLES_PRODUCT],
  'template descriptions: third person, titles': DESCRIBED_PRODUCT,
  'negative-wait': NEGATIVE_WAIT_PRODUCT,
  'wait-after-trigger': WAIT_AFTER_PRODUCT,
  'condition-text': CONDITION_TEXT_PRODUCT,
  schedule: SCHEDULE_PRODUCT,
  'office schedules': OFFICE_SCHEDULE_PRODUCT,
  condition: CONDITION_PRODUCT,
  list: LIST_PRODUCT,
  /** Lists typed on a phone or in a hurry: no articles, no commas, learners' nouns, a typo. */
  'hurried list': [...HURRIED_LIST_PRODUCT, ...HURRIED_APPROVAL_CASES, ...HURRIED_DRAFT_CASES],
  /** Waits typed in a hurry: bare subjects and durations, no "when", "we send …", "still nothing N days later". */
  'hurried wait': HURRIED_WAIT_PRODUCT,
  /** Conditions typed in a hurry: the test run on with its event and its action, "fwd", "only log", "rest …". */
  'hurried condition': [...HURRIED_CONDITION_PRODUCT, ...HURRIED_FILTER_CASES],
  report: REPORT_PRODUCT,
  event: EVENT_PRODUCT,
  records: RECORD_PRODUCT,
  /** Each voice over 40 wordings of each class it applies to (57 voices over 13 classes). */
  voices: [...voiced(40).values()].flat(),
  /** Each typed or dictated surface over 40 wordings of each class it applies to (session 32, grammar/surface.ts). */
  'spoken and typed surface': [...surfaced(40).values()].flat(),
  'subject-first': SUBJECT_FIRST_PRODUCT,
  'record-updates': RECORD_UPDATE_PRODUCT,
  /** Zapier/Make/n8n layouts and run-on requests typed in a hurry. */
  'tool-layouts': TOOL_LAYOUT_PRODUCT,
  'many-records': MANY_RECORDS_PRODUCT,
  /** The same message again after a wait: "send it again", "resend it", "send another one" (session 34). */
  again: AGAIN_PRODUCT,
  /** Several deliveries in a row, the first said with an adverb ("…, automatically email me, then post it …"). */
  deliveries: ADVERB_PRODUCT,
  /** Several deliveries of one report: lists of whom, both, as well as, emailed to, DMed, saved to a folder (s34). */
  'report deliveries': DELIVERY_PRODUCT,
  /** A day's bookings in a trade's nouns, a list posted, everyone we emailed who never replied (session 34). */
  'what a step reads': READS_PRODUCT,
  'office conditions and waits': OFFICE_PRODUCT,
  'event-wordings': EVENT_WORDING_PRODUCT,
  'record-wordings': RECORD_WORDING_PRODUCT,
  /** Schedule and manual labels, app event names, booking apps, records found and looped in a tool's words. */
  'tool-triggers': TOOL_TRIGGER_PRODUCT,
  /** The rule wrapped in its story: openers, past events, plans, statistics, the business, reasons, thanks, notes. */
  story: [...[...STORY_CLASS.values(), OPENER_CLASS].flat().map(([c]) => c), ...STORY_MESSAGES, ...ZONED],
  /** Several times of one schedule, and days' names inside what is sent or tagged. */
  'time lists': TIME_LIST_PRODUCT,
  /** A colleague asked to call, appositions, "got back to me", "send it to me", text tests joined by "or", … */
  idioms: IDIOM_PRODUCT,
  /** Single-zone countries from ICU, peoples' adjectives, and the same words as languages. */
  'country zones': COUNTRY_ZONE_PRODUCT,
  /** n8n's IF node, Zapier's paths, Make's router and fallback route, wait nodes, filters of alternatives. */
  'tool branches': TOOL_BRANCH_PRODUCT,
  /** The business's own nouns: trades' bookings, invoices, named forms, people, records in bulk, the email we sent. */
  'trade-nouns': TRADE_NOUN_PRODUCT,
  /** Second-language English: event verbs in any form, local clock times and days, comparisons, other branches. */
  learners: LEARNER_PRODUCT,
  /** Spec lines: catalogue event names written literally, field comparisons and assignments in notation. */
  'spec notation': SPEC_NOTATION_PRODUCT,
  /** Spec lines in time: offsets from the start, deadlines, outcomes after a wait, days taken out of a schedule. */
  'spec timelines': SPEC_TIMELINE_PRODUCT,
  /** Reminders to one of ours on a schedule: me, names, groups, channels, in every verb form and place. */
  'team reminders': TEAM_REMINDER_PRODUCT,
  /** Events said of a person (a donor gives, a family enrols) and the thing given said as a noun. */
  'person events': PERSON_EVENT_PRODUCT,
  /** Invoices named by what they are for, as the trigger and as records in bulk. */
  purposes: PURPOSE_PRODUCT,
  /** The trigger's qualifier and a test after "and" as one condition, with "otherwise". */
  'trigger conditions': TRIGGER_CONDITION_PRODUCT,
  /** Reports asked as a question, a wish or with a polite tail; the writer as who gets it. */
  'polite reports': POLITE_REPORT_PRODUCT,
  /** Events said of a record's noun phrase (whose × name × head by role × verb by meaning × joint) and of people. */
  'noun phrases': NOUN_PHRASE_PRODUCT,
  /** Actions, record tests and many records said by their meaning in a trade's words (session 31). */
  meanings: MEANINGS_PRODUCT,
  /** Roles of any trade, channels without "#", reminders to them, many records in trade nouns (session 32). */
  'roles and channels': RECIPIENTS_PRODUCT,
  /** Many people in a population's own noun, bookings of any noun, several recipients, buttons, counts (session 33). */
  'populations and recipients (s33)': POPULATIONS_PRODUCT,
  /** The trigger where the actions are: whom an action is for, an event clause after the action and a joint. */
  'trigger anywhere': [...TRAILING_RECORD_PRODUCT, ...EVENT_AFTER_PRODUCT],
  /** The trade's own nouns for people, a person's verb with its status in brackets, fields named as systems name them (session 34). */
  'own nouns and field names (s34)': [
    ...OWN_NOUN_CLASS,
    ...ARRIVING_CLASS,
    ...STANDING_CLASS,
    ...FIELD_NAME_CLASS,
    ...NAMED_SOURCE_CLASS,
    ...KIND_GLOSS_CLASS,
    ...PASSIVE_STANDING_CLASS,
    ...QUOTED_STATUS_CLASS,
    ...INITIALS_CLASS,
  ],
  /** Comparisons in words, branches as the other side, ranges, months and weeks' ends, goals (session 32). */
  'comparisons, branches and schedule words': [
    ...COMPARISON_CLASS,
    ...BRANCH_CLASS,
    ...RANGE_CLASS,
    ...CHANGE_CLASS,
    ...FORM_ANSWER_CLASS,
    ...MONTH_LIMIT_CLASS,
    ...MONTH_PERIOD_CLASS,
    ...END_OF_WEEK_CLASS,
    ...ROLE_CLASS,
    ...GOAL_CLASS,
    ...CANCELLATION_CLASS,
    ...MESSAGE_AFTER_CLASS,
    ...PURPOSE_AFTER_CLASS,
    ...FIELD_TEXT_CLASS,
    ...OR_WORDS_CLASS,
    ...HOW_IT_COMES_CLASS,
    ...EVERYONE_ELSE_CLASS,
    ...TRADE_VALUE_CLASS,
    ...TOPIC_ACRONYM_CLASS,
    ...PERSON_MESSAGE_CLASS,
    ...TIME_ASIDE_CLASS,
    ...REPORT_FOR_CLASS,
  ],
  'trigger as a label, an anaphor or a subject': [
    ...LABEL_PRODUCT,
    ...LABEL_AFTER_PRODUCT,
    ...ANAPHOR_PRODUCT,
    ...SUBJECT_PRODUCT,
  ],
  /** A lead's state change in the writer's words: from/to, their own word mapped in brackets, status labels. */
  'state changes': [
    ...TRANSITION_PRODUCT,
    ...STATUS_LABEL_PRODUCT,
    ...MODIFIED_LEAD_PRODUCT,
    ...ENQUIRY_PRODUCT,
    ...LEAVES_PRODUCT,
  ],
  /** Events in a trade's words around the head ("on our site", "via Typeform"), and "X and hasn't Y within N". */
  'event phrases (s32)': [...EVENT_PHRASE_PRODUCT, ...NOMINAL_PRODUCT, ...EVENT_THEN_WAIT_PRODUCT],
  /** The wrong workflows of a fresh set as classes: arrow lines, value glosses, leaving, city codes, notes (s33). */
  'precision (s33)': [
    ...ARROW_BRANCH_CLASS,
    ...SOURCE_GLOSS_CLASS,
    ...LEAVING_CLASS,
    ...CITY_CODE_CLASS,
    ...NOTE_IN_CHANNEL_CLASS,
    ...MANY_STATUS_CLASS,
    ...STATUS_WHEN_CLASS,
    ...FRAMING_SHAPE_CLASS,
  ],
  /** The rule asked for in a question, a request to us, a heading or a "should" (s34, class 2 of sets 31/32). */
  'asked frames (s34)': [...ASKED_FRAME_CLASS, ...WISH_FRAME_CLASS, ...FLAGGED_CLASS, ...HEADING_CLASS],
  /** Approvals and documents read, said in the writer's own voice (s34, class 10 of sets 31/32). */
  'first person (s34)': [...APPROVAL_CLASS, ...KNOWLEDGE_CLASS],
  /** Context and mappings after or before the rule, never a step (s34, class 3 of sets 31/32). */
  'context and mappings (s34)': [...CONTEXT_CLASS, ...MAPPED_CLASS],
  /** Any person's status change, headers ("Trial form in"), webhooks by source in brackets, waits as outcomes (s33). */
  'triggers and waits (s33)': [
    ...STANDING_PRODUCT,
    ...HEADER_PRODUCT,
    ...WEBHOOK_PRODUCT,
    ...OUTCOME_PRODUCT,
    ...BACK_PRODUCT,
    ...BUT_PRODUCT,
    ...STILL_PRODUCT,
    ...WHOSE_PRODUCT,
    ...QUOTED_EMAIL_PRODUCT,
  ],
  /** Known wrong workflows of session 34 as classes: steps read whole, occurrences, "(notify me)", statuses, amounts (s34). */
  'precision (s34)': [
    ...READ_STEP_CLASS,
    ...OCCURRENCE_TWIN_CLASS,
    ...MY_STEP_CLASS,
    ...MY_STEP_TWIN_CLASS,
    ...TWO_STATUS_CLASS,
    ...FORM_AMOUNT_CLASS,
    ...CONFIRMED_BOOKING_CLASS,
    ...REPLY_WORDS_CLASS,
    ...OWN_ADDRESS_CLASS,
  ],
  /** Absence said tersely ("none in 3 days", "10 days unpaid"), and a reply then its absence as one wait (s34). */
  'terse absence (s34)': [
    ...TERSE_NO_REPLY_CLASS,
    ...TERSE_UNPAID_CLASS,
    ...REPLY_THEN_NONE_CLASS,
    ...POSITIVE_TWIN_CLASS,
  ],
  /** Scope said before or after the rule ("for invoices over $10k only:", "from LinkedIn only"), elided else (s34). */
  'scope and contrast (s34)': [
    ...SCOPE_INVOICE_CLASS,
    ...SCOPE_SOURCE_CLASS,
    ...STEP_ALONE_CLASS,
    ...ELIDED_ELSE_CLASS,
    ...NOTHING_ELSE_CLASS,
  ],
  ...PRODUCTS_S35,
  ...PRODUCTS_S36_H1,
  ...PRODUCTS_S36_H4,
  ...PRODUCTS_S36_H5,
  ...PRODUCTS_S36_H6,
  ...PRODUCTS_S37_A1,
  ...PRODUCTS_S37_A2,
  ...PRODUCTS_S37_A3,
};
