import type { Case } from '../table/case';
import { APPROVER_SIDE_CLASS } from './approver-side';
import { BOOKING_MOMENT_CLASS, BOOKING_MOMENT_TWINS, MOMENT_OPENING_CLASS } from './booking-times';
import { DETAILS_FILE_CLASS, FILE_TWIN_CLASS, REPORT_FILE_CLASS } from './files-said';
import {
  ARROW_NOTE_CLASS,
  ASIDE_CLASS,
  HAVE_IT_CLASS,
  NO_RESTART_CLASS,
  PARAGRAPH_CLASS,
  RESTART_CLASS,
  STATED_HEADING_CLASS,
  TITLE_CLASS,
} from './paragraphs-s35';
import {
  BRACKET_TAG_CLASS,
  EACH_FOUND_CLASS,
  GO_OVER_CLASS,
  GO_OVER_TWINS,
  MARK_VERB_TWINS,
  NAMED_MARK_CLASS,
  QUOTED_NOTE_CLASS,
  REPORT_TO_PEOPLE_CLASS,
  REPORT_TO_PEOPLE_TWINS,
  SENT_TO_ME_CLASS,
} from './people-s35';
import {
  BOOKED_NAME_CLASS,
  QUALIFIER_TWINS,
  REPLY_WITH_WORDS_CLASS,
  SETTLED_STATE_CLASS,
  TEXT_IN_IT_CLASS,
} from './qualifiers-s35';
import { QUESTION_ASKED_CLASS } from './questions-said';
import {
  ARRIVING_ON_CLASS,
  ASKED_OF_THEM_CLASS,
  CARD_TWINS,
  GUARANTEED_CLASS,
  GUARANTEED_TWINS,
  HASHED_CHANNEL_CLASS,
  HASHED_CHANNEL_TWINS,
  MANUAL_WISH_CLASS,
  MANUAL_WISH_TWINS,
} from './steps-s35';
import { NOBODY_REPLIED_CLASS, WAIT_FOR_PAYMENT_CLASS, WAIT_FOR_REPLY_CLASS } from './waits-said';
import {
  ARRIVING_RECORD_CLASS,
  CONTRACTED_CLASS,
  FILE_KIND_CLASS,
  FRONTED_SCOPE_CLASS,
  HYPHENED_TIME_CLASS,
  MARKED_CLASS,
  MARKED_MORE_CLASS,
  MONTH_LIST_CLASS,
  PAID_CLASS,
  PAID_WHOSE_CLASS,
  PERSON_EMAIL_CLASS,
  TERSE_STATUS_CLASS,
  THROUGH_FORM_CLASS,
  WEBHOOK_PROSE_CLASS,
} from './writer-triggers-s35';

/** The generated classes of session 35 (sets 19/20's miss classes), spread into PRODUCTS by index.ts. */
export const PRODUCTS_S35: Readonly<Record<string, readonly Case[]>> = {
  /** Long requests read in part: context and asides taken out by grammar/paragraph.ts; restarts after "..." (s35 h1). */
  'paragraphs and restarts (s35 h1)': [
    ...PARAGRAPH_CLASS,
    ...ASIDE_CLASS,
    ...RESTART_CLASS,
    ...NO_RESTART_CLASS,
    ...TITLE_CLASS,
    ...STATED_HEADING_CLASS,
    ...ARROW_NOTE_CLASS,
    ...HAVE_IT_CLASS,
  ],
  /** Approvals said by the approver ("I approve, then it's sent", "if I reject it, …") and AI drafts (s35, 11/12). */
  'approver side (s35)': APPROVER_SIDE_CLASS,
  /** Files said with the file first: the report made, then saved, in the folder named (s35, class 13). */
  'files said (s35)': [...REPORT_FILE_CLASS, ...DETAILS_FILE_CLASS, ...FILE_TWIN_CLASS],
  /** A wait said before its outcome ("wait 7 days for payment; if paid …"), nobody replying (s35, class 10). */
  'waits said (s35)': [...WAIT_FOR_PAYMENT_CLASS, ...WAIT_FOR_REPLY_CLASS, ...NOBODY_REPLIED_CLASS],
  /** A question asked by email or through a form, then looked up and answered (s35, class 12). */
  'questions asked (s35)': QUESTION_ASKED_CLASS,
  /** Waits until a booking starts or ends, then any time after; the moment as what starts it (s35, class 3). */
  'booking times (s35)': [...BOOKING_MOMENT_CLASS, ...MOMENT_OPENING_CLASS, ...BOOKING_MOMENT_TWINS],
  /** Triggers as fresh writers say them: the user marks, contractions, paid by its verb, webhooks in prose (s35). */
  'writer triggers (s35)': [
    ...MARKED_CLASS,
    ...TERSE_STATUS_CLASS,
    ...CONTRACTED_CLASS,
    ...PAID_CLASS,
    ...PAID_WHOSE_CLASS,
    ...WEBHOOK_PROSE_CLASS,
    ...MONTH_LIST_CLASS,
    ...FRONTED_SCOPE_CLASS,
    ...FILE_KIND_CLASS,
    ...HYPHENED_TIME_CLASS,
    ...THROUGH_FORM_CLASS,
    ...PERSON_EMAIL_CLASS,
    ...ARRIVING_RECORD_CLASS,
    ...MARKED_MORE_CLASS,
  ],
  /** What the steps do (s35, classes 7/8/16/17 of sets 19/20): "#x slack channel", "let me trigger this", arrivals. */
  'steps (s35)': [
    ...HASHED_CHANNEL_CLASS,
    ...HASHED_CHANNEL_TWINS,
    ...MANUAL_WISH_CLASS,
    ...MANUAL_WISH_TWINS,
    ...GUARANTEED_CLASS,
    ...GUARANTEED_TWINS,
    ...ASKED_OF_THEM_CLASS,
    ...ARRIVING_ON_CLASS,
    ...CARD_TWINS,
  ],
  /** Conditions said as a description (s35, class 9): reply words, "has X in it", a booked name, "already". */
  'qualifiers (s35)': [
    ...REPLY_WITH_WORDS_CLASS,
    ...BOOKED_NAME_CLASS,
    ...TEXT_IN_IT_CLASS,
    ...SETTLED_STATE_CLASS,
    ...QUALIFIER_TWINS,
  ],
  /** People and texts in the steps (s35, classes 6/7): quoted notes, "notify Mark", "(tag: x)", "… email each guest". */
  'people (s35)': [
    ...QUOTED_NOTE_CLASS,
    ...NAMED_MARK_CLASS,
    ...MARK_VERB_TWINS,
    ...BRACKET_TAG_CLASS,
    ...EACH_FOUND_CLASS,
    ...SENT_TO_ME_CLASS,
    ...REPORT_TO_PEOPLE_CLASS,
    ...REPORT_TO_PEOPLE_TWINS,
    ...GO_OVER_CLASS,
    ...GO_OVER_TWINS,
  ],
};
