import { describe, expect, it } from 'vitest';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Posting said with a phrasal verb and the channel named twice (issue #16, set 36): "drop it in slack #approvals",
 * "go into slack #studio", "post it in #sales on slack" are one post in that channel, whatever the verb of putting
 * (post, drop, pop, stick, chuck, go into). A form tool named before a few words of the form's name
 * ("jotform artwork upload submissions") keeps its source, never dropped.
 */

const SLACK_AND_CHANNEL: readonly Case[] = [
  ['when a new lead comes in drop it in slack #sales', 'lead.created', 'notify.slack'],
  ['when a new lead comes in post in slack #sales', 'lead.created', 'notify.slack'],
  ['when a new lead comes in, pop it in slack #sales', 'lead.created', 'notify.slack'],
  ['when a new lead comes in, post it in #sales on slack', 'lead.created', 'notify.slack'],
  ['new leads go into slack #sales', 'lead.created', 'notify.slack'],
  [
    'anytime something is waiting on my sign off drop it in slack #approvals so I actually see it',
    'approval.requested',
    'notify.slack',
  ],
  [
    'When an invoice is paid and its over $5,000 post it in slack #bigwins',
    'invoice.paid',
    'if(trigger.invoice.totalCents gt 500000)[notify.slack]',
  ],
];

const TOOL_THEN_NAME: readonly Case[] = [
  [
    'jotform artwork upload submissions go into slack #studio',
    'form.submitted {"source":["jotform"]}',
    'notify.slack',
  ],
  ['typeform contact form submissions -> email them', 'form.submitted {"source":["typeform"]}', 'email.send'],
];

const MEMBER_ON_SLACK: readonly Case[] = [
  ['when a booking is cancelled, send Jo a message on slack', 'booking.cancelled', 'notify.team'],
  ['when a booking is cancelled, send Jo a note on slack', 'booking.cancelled', 'notify.team'],
  ['when a booking is cancelled, send Jo a quick message in slack', 'booking.cancelled', 'notify.team'],
  ['when a booking is cancelled, pop Jo a message on slack', 'booking.cancelled', 'notify.team'],
  ['any time a customer emails us back ping Tom on slack', 'email.received', 'notify.team'],
];

const GIVEN_A_MESSAGE: readonly Case[] = [
  ['when a form is submitted, flick me an email', 'form.submitted', 'notify.team'],
  ['when a form is submitted, fire them an email', 'form.submitted', 'email.send'],
  ['when a form is submitted, pop them an email', 'form.submitted', 'email.send'],
  ['when a form is submitted, bung the team a quick slack', 'form.submitted', 'notify.slack'],
];

describe('a post said with a phrasal verb and the channel named twice', () => {
  it('GIVEN "<verb> it in slack #channel" WHEN parsed THEN it is one post in that channel', () => {
    expect(misread(SLACK_AND_CHANNEL)).toStrictEqual([]);
  });

  it("GIVEN a form tool before the form's name WHEN parsed THEN the tool filters the trigger", () => {
    expect(misread(TOOL_THEN_NAME)).toStrictEqual([]);
  });

  it('GIVEN "send <member> a message/note on slack" WHEN parsed THEN one Slack message to that member, never a note or an email too', () => {
    expect(misread(MEMBER_ON_SLACK)).toStrictEqual([]);
  });

  it("GIVEN a second step after the member's message WHEN parsed THEN it stays its own step", () => {
    expect(
      misread([
        [
          'when a booking is cancelled, send Jo a message on slack and add a note to the lead',
          'booking.cancelled',
          'notify.team; crm.addNote',
        ],
        [
          'when a booking is cancelled, send Jo a message on slack and email the customer',
          'booking.cancelled',
          'notify.team; email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a casual verb of giving, whom and a message noun ("flick me an email") WHEN parsed THEN it is sent', () => {
    expect(misread(GIVEN_A_MESSAGE)).toStrictEqual([]);
  });
});
