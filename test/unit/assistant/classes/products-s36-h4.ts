import type { Case } from '../table/case';
import { BOOKED_WHAT_CLASS, EMAIL_WORDS_CLASS, EVERY_ONE_CLASS } from './trigger-qualifiers-s36';
import {
  AUTOMATION_BREAKS_CLASS,
  BARE_SHAPES_CLASS,
  DELAYED_RUN_ON_CLASS,
  GETS_TAGGED_CLASS,
  NEW_HAS_TAG_CLASS,
  REPLY_TO_EMAIL_CLASS,
  REQUEST_FROM_SITE_CLASS,
  UPLOADED_KIND_CLASS,
} from './trigger-shapes-s36';
import { SENDER_FIRST_CLASS } from './webhooks-said-s36';
import { WEEK_CONTEXT_CLASS } from './week-context-s36';

/**
 * The generated classes of session 36's engineer h4 (sets 21/22's miss classes), spread into PRODUCTS by index.ts.
 * One file per engineer so that parallel work never conflicts on the shared list.
 */
export const PRODUCTS_S36_H4: Readonly<Record<string, readonly Case[]>> = {
  'trigger qualifiers (s36)': [...EMAIL_WORDS_CLASS, ...BOOKED_WHAT_CLASS, ...EVERY_ONE_CLASS],
  'webhooks said sender first (s36)': SENDER_FIRST_CLASS,
  'trigger shapes (s36)': [
    ...GETS_TAGGED_CLASS,
    ...NEW_HAS_TAG_CLASS,
    ...BARE_SHAPES_CLASS,
    ...UPLOADED_KIND_CLASS,
    ...REQUEST_FROM_SITE_CLASS,
    ...DELAYED_RUN_ON_CLASS,
    ...AUTOMATION_BREAKS_CLASS,
    ...REPLY_TO_EMAIL_CLASS,
  ],
  'week context beside a schedule (s36)': WEEK_CONTEXT_CLASS,
};
