import type { Case } from '../table/case';
import {
  APPROVAL_STEP_CLASS,
  ASKED_BEFORE_CLASS,
  BEFORE_SENT_CLASS,
  FOLDER_CLASS,
  FOLDER_TWIN_CLASS,
  KNOWLEDGE_ANSWER_CLASS,
  KNOWLEDGE_TWIN_CLASS,
} from './approvals-files-s36';
import { BOOKING_LIST_TWINS } from './booking-lists-s36';
import { AFTER_BOOKING_CLASS, AFTER_BOOKING_TWINS, FOLLOW_ONCE_CLASS } from './waits-s36';

/**
 * The generated classes of session 36's engineer h5 (sets 21/22's miss classes), spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 */
export const PRODUCTS_S36_H5: Readonly<Record<string, readonly Case[]>> = {
  'approval as a step (s36)': APPROVAL_STEP_CLASS,
  'approval asked before it goes out (s36)': [...ASKED_BEFORE_CLASS, ...BEFORE_SENT_CLASS],
  'knowledge answers (s36)': [...KNOWLEDGE_ANSWER_CLASS, ...KNOWLEDGE_TWIN_CLASS],
  'file folders (s36)': [...FOLDER_CLASS, ...FOLDER_TWIN_CLASS],
  "a day's bookings, each or as activity (s36)": BOOKING_LIST_TWINS,
  'waits after a booking, follow up once (s36)': [
    ...AFTER_BOOKING_CLASS,
    ...AFTER_BOOKING_TWINS,
    ...FOLLOW_ONCE_CLASS,
  ],
};
