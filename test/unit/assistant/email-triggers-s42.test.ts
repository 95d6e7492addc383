import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Email triggers as the trades say them (issue #16, session 42; the rule in docs/assistant.md): words in the subject
 * are a test of `trigger.subject`, quoted or not, after whoever writes ("customer emails with …", "a parent email
 * that has …"); anyone at a domain tests `trigger.from`; emails answered or forwarded are emails that arrive; our
 * inbox named by what it is; a quoted or "still" status is the lead's; "it" of an email passes its words on; an
 * email carries no amount.
 */
const IN_THE_SUBJECT: readonly Case[] = [
  [
    'customer emails with recall in the subject -> slack Dana',
    'email.received',
    'if(trigger.subject contains "recall")[notify.team]',
  ],
  [
    'when an email comes in with unavailable in the subject send it on to Graham the fixtures sec',
    'email.received',
    'if(trigger.subject contains "unavailable")[notify.team]',
  ],
  [
    "Whenever a customer email comes in that has 'artwork' in the subject line, save a note on their record",
    'email.received',
    'if(trigger.subject contains "artwork")[crm.addNote]',
  ],
  [
    'player emails with injury in the subject line: tell the coach',
    'email.received',
    'if(trigger.subject contains "injury")[notify.team]',
  ],
  [
    'when a guest message arrives containing late checkout in the subject, tell reception',
    'email.received',
    'if(trigger.subject contains "late checkout")[notify.team]',
  ],
  [
    "if a client writes in with 'complaint' in the subject line, alert Maria",
    'email.received',
    'if(trigger.subject contains "complaint")[notify.team]',
  ],
  [
    'tenant emails with leak in the subject -> tell Priya',
    'email.received',
    'if(trigger.subject contains "leak")[notify.team]',
  ],
  [
    "if a candidate emails with 'delete my data' in the subject, mark them lost",
    'email.received',
    'if(trigger.subject contains "delete my data")[crm.updateLead]',
  ],
];

/** Said first with no verb, or with the arrival after the words. */
const SUBJECT_ORDER: readonly Case[] = [
  [
    "emails that have 'invoice' in the subject: forward to accounts@fernco.com",
    'email.received',
    'if(trigger.subject contains "invoice")[email.send]',
  ],
  [
    'when an email with Invoice in the subject comes in, forward it to accounts@fernco.com',
    'email.received',
    'if(trigger.subject contains "Invoice")[email.send]',
  ],
  [
    'all emails with urgent in the subject -> ping Dave',
    'email.received',
    'if(trigger.subject contains "urgent")[notify.team]',
  ],
  [
    "whenever someone emails with 'booking' in the subject, tell reception",
    'email.received',
    'if(trigger.subject contains "booking")[notify.team]',
  ],
  [
    "when anyone emails the office with 'sick' in the subject line, alert the manager",
    'email.received',
    'if(trigger.subject contains "sick")[notify.team]',
  ],
  [
    "if we get mail with 'PO' in the subject, tell Sam",
    'email.received',
    'if(trigger.subject contains "PO")[notify.team]',
  ],
  [
    'when an email comes in whose subject mentions refund, tell Sam',
    'email.received',
    'if(trigger.subject contains "refund")[notify.team]',
  ],
];

const SENDER_DOMAIN: readonly Case[] = [
  [
    'Hiya, when an email arrives from anyone @tesco.com let Gemma know',
    'email.received',
    'if(trigger.from contains "@tesco.com")[notify.team]',
  ],
  [
    'when an email arrives from someone at tesco.com, let Gemma know',
    'email.received',
    'if(trigger.from contains "@tesco.com")[notify.team]',
  ],
  [
    'when we get an email from a nhs.net address, tell Priya',
    'email.received',
    'if(trigger.from contains "@nhs.net")[notify.team]',
  ],
  [
    'when an email comes in from anybody with an @council.gov.uk email, alert the treasurer',
    'email.received',
    'if(trigger.from contains "@council.gov.uk")[notify.team]',
  ],
  [
    'if an email comes in from anyone @hmrc.gov.uk give Sandra a heads up straight away',
    'email.received',
    'if(trigger.from contains "@hmrc.gov.uk")[notify.team]',
  ],
];

const ANSWERED_OR_FORWARDED: readonly Case[] = [
  [
    'answer customer emails with an AI written reply using our knowledge base and send it',
    'email.received',
    'knowledge.search; email.draft; email.send',
  ],
  ['answer every client email with an AI drafted reply', 'email.received', 'email.send'],
  ['reply to all guest messages with an AI reply', 'email.received', 'email.send'],
  ['forward customer emails to office@fernco.com', 'email.received', 'email.send'],
];

const INBOX_AND_STATUS: readonly Case[] = [
  [
    'When a parent emails the club inbox, draft a reply with AI and send the draft to the secretary to check',
    'email.received',
    'email.draft; notify.team',
  ],
  ['when a member writes to our office mailbox, tell the treasurer', 'email.received', 'notify.team'],
  [
    'emails coming in: search the kb, get AI to draft a reply using it, send the draft to Jo to check before it goes',
    'email.received',
    'knowledge.search; email.draft; notify.team',
  ],
  [
    'when a customer replies and their lead is still "new" switch it to contacted',
    'email.received',
    'if(trigger.lead.status eq "new")[crm.updateLead]',
  ],
  [
    'when a client replies, if they are still new, set them to contacted',
    'email.received',
    'if(trigger.lead.status eq "new")[crm.updateLead]',
  ],
  ['Hoi! when a customer emails us back, set that lead to contacted pls', 'email.received', 'crm.updateLead'],
];

/** Near-misses that must stay refused: an amount of an email, a word that is no word of the subject, a time after "still". */
const TWINS = [
  'when an email comes in and it is over $500, tell Jo',
  'when a customer replies, if it is over $500 tell Jo',
  'when an email comes in and it is between $100 and $500, tell Jo',
  'when an email comes in with nothing in the subject, tell Jo',
  'when an email comes in with a question in the subject, tell Jo',
  'when an email comes in from someone at Tesco, alert Priya',
  'if a lead is still new after 3 days, email them',
  // emails we send with words in the subject (conditions-s40's twin): "customer emails" after "send" is no arrival
  "when we send customer emails with 'invoice' in the subject, tell Sam",
];

describe('email triggers as the trades say them (issue #16, session 42)', () => {
  it('GIVEN words said to be in the subject, quoted or not, after whoever writes WHEN parsed THEN a test of trigger.subject', () => {
    expect(misread(IN_THE_SUBJECT)).toStrictEqual([]);
    expect(misread(SUBJECT_ORDER)).toStrictEqual([]);
  });

  it('GIVEN anyone at a domain (@x, at x, an x address) WHEN parsed THEN a test of trigger.from with the @', () => {
    expect(misread(SENDER_DOMAIN)).toStrictEqual([]);
  });

  it('GIVEN emails answered or forwarded, whoever writes them WHEN parsed THEN an email received, never a new lead', () => {
    expect(misread(ANSWERED_OR_FORWARDED)).toStrictEqual([]);
  });

  it('GIVEN our inbox, a draft for a colleague to check, and a status said "still" or quoted WHEN parsed THEN read', () => {
    expect(misread(INBOX_AND_STATUS)).toStrictEqual([]);
  });

  it('GIVEN an amount of an email, no word in the subject, a place that is no domain or a time after "still" WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it('GIVEN the lead named before its amount on a reply WHEN parsed THEN its value is tested', () => {
    expect(
      misread([
        [
          'when a customer replies, if their deal is over $500 tell Jo',
          'email.received',
          'if(trigger.lead.value gt 500)[notify.team]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN "send it on to" a colleague after an email WHEN parsed THEN the message carries the email\'s words', () => {
    const result = parsePrompt('when an email comes in, send it on to Graham');
    expect(result.ok && JSON.stringify(result.definition.steps)).toContain('{{trigger.text}}');
  });
});
