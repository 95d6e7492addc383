import type { Case } from '../table/case';
import { BRANCH_CHAIN_CLASS, BRANCH_CHAIN_TWINS, OTHERS_GET_CLASS } from './branch-chains-s36';
import {
  AS_PERSON_CLASS,
  DESCRIBED_GROUP_CLASS,
  DESCRIBED_GROUP_TWINS,
  ONE_EMAIL_CLASS,
  ONE_EMAIL_TWINS,
  PERSONS_STATUS_CLASS,
  UNPAID_CLASS,
} from './people-s36';
import {
  BOOKED_TITLE_CLASS,
  BOOKED_TITLE_TWINS,
  PAID_REMINDER_CLASS,
  PAID_REMINDER_TWINS,
} from './steps-s36';

/**
 * The generated classes of session 36's engineer h6 (sets 21/22's miss classes), spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 */
export const PRODUCTS_S36_H6: Readonly<Record<string, readonly Case[]>> = {
  /** A group described before its tag in brackets is emailed, each one; ours described so stay the team (s36 h6). */
  'described groups (s36 h6)': [...DESCRIBED_GROUP_CLASS, ...DESCRIBED_GROUP_TWINS],
  /** "the thank you + review request email": one email (s36 h6). */
  'one email, two purposes (s36 h6)': [...ONE_EMAIL_CLASS, ...ONE_EMAIL_TWINS],
  /** "add them as a customer", "update the customer's status to customer", "everyone who hasn't paid" (s36 h6). */
  'people in the trade noun (s36 h6)': [...AS_PERSON_CLASS, ...PERSONS_STATUS_CLASS, ...UNPAID_CLASS],
  /** "if source is google …, if it's yelp send the yelp one": else-if, never dropped (s36 h6). */
  'branch chains on one field (s36 h6)': [...BRANCH_CHAIN_CLASS, ...BRANCH_CHAIN_TWINS, ...OTHERS_GET_CLASS],
  /** A reminder after a paid invoice is an email; a booking for a named service tests its title (s36 h6). */
  'steps after paid invoices and named bookings (s36 h6)': [
    ...PAID_REMINDER_CLASS,
    ...PAID_REMINDER_TWINS,
    ...BOOKED_TITLE_CLASS,
    ...BOOKED_TITLE_TWINS,
  ],
};
