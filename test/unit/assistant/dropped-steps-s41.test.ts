import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Steps said and silently dropped (issue #16, session 41): "pull our returns policy from the knowledge base and post
 * it in #cs" posted nothing found; "acknowledge by email, wait 2 hours, then email them …" lost the first email. The
 * verbs were none a reader knew, and a leftover that did not start with a known verb passed as a detail. Now the
 * knowledge base is searched whatever the verb that takes something out of it, an acknowledgement by email is an
 * email, and any other verb with its object and where it comes from ("yank X out of Y") or with a channel ("confirm
 * by text") is refused, quoted.
 */

const KNOWLEDGE: readonly Case[] = [
  [
    'every monday at 9 pull our returns policy from the knowledge base and post it in #cs',
    'cron(0 9 ? * MON *)',
    'knowledge.search; notify.slack',
  ],
  [
    "When a tour is booked, pull the 'what to expect' article out of the knowledge base and email it to the guest",
    'booking.created',
    'knowledge.search; email.send',
  ],
  [
    'new booking: fetch our parking guide from the kb and send it to them',
    'booking.created',
    'knowledge.search; email.send',
  ],
  [
    'when a booking is made, retrieve the venue checklist from the knowledge base and send it to Kyle',
    'booking.created',
    'knowledge.search; notify.team',
  ],
  [
    'new lead -> get the pricing sheet from our faq and email it to them',
    'lead.created',
    'knowledge.search; email.send',
  ],
  [
    'every monday at 8am grab the safeguarding policy from our knowledge base and post it on slack as a reminder for staff',
    'cron(0 8 ? * MON *)',
    'knowledge.search; notify.slack',
  ],
];

const ACKNOWLEDGED: readonly Case[] = [
  [
    'claim form comes in - acknowledge by email, wait 2 hours, then email them the claims checklist',
    'form.submitted',
    'email.send; wait(PT2H); email.send',
  ],
  [
    'new lead: acknowledge by e-mail, wait a day, then email them our brochure',
    'lead.created',
    'email.send; wait(P1D); email.send',
  ],
  ['new enquiry form - acknowledge it by email, then tell Sam', 'form.submitted', 'email.send; notify.team'],
];

/** "as a reminder" says what the post is, never a second message to the team. */
const AS_WHAT: readonly Case[] = [
  ['every monday post it on slack as a reminder for staff', 'cron(0 9 ? * MON *)', 'notify.slack'],
  ['every friday at 4pm post the rota in #staff as a reminder', 'cron(0 16 ? * FRI *)', 'notify.slack'],
];

/** A verb no reader knows, with its object and a source or a channel: a step, refused and quoted, never dropped. */
const REFUSED = [
  [
    'when a booking is made, yank the venue checklist out of the knowledge base and send it to Kyle',
    'yank the venue checklist out of the knowledge base',
  ],
  [
    'When a tour is booked, snag the welcome article out of the wiki and email it to the guest',
    'snag the welcome article out of the wiki',
  ],
  ['claim form comes in - confirm by text, then email them the claims checklist', 'confirm by text'],
  ['pay our HMRC bill from the business account on 31 January', 'pay our HMRC bill'],
] as const;

describe('steps said and dropped (session 41)', () => {
  it('GIVEN something pulled, grabbed, fetched or retrieved from the knowledge base WHEN parsed THEN it is searched before the message that carries it', () => {
    expect(misread(KNOWLEDGE)).toStrictEqual([]);
  });

  it('GIVEN "acknowledge by email" before other steps WHEN parsed THEN the acknowledgement is the first email', () => {
    expect(misread(ACKNOWLEDGED)).toStrictEqual([]);
  });

  it('GIVEN a post "as a reminder" WHEN parsed THEN one post, no reminder to the team besides', () => {
    expect(misread(AS_WHAT)).toStrictEqual([]);
  });

  it('GIVEN an unknown verb with its object and a source or a channel WHEN parsed THEN it is refused, quoted', () => {
    expect(notRefused(REFUSED)).toStrictEqual([]);
  });
});
