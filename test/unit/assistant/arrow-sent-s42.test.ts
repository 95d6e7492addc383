import { describe, expect, it } from 'vitest';
import { misread } from './misread';
import type { Case } from './table/case';

// Sealed set 56 (session 42): "→ I approve it → it gets sent" dropped the send after the approval (a silent wrong).
const SENT_AFTER_ARROW: readonly Case[] = [
  [
    'customer emails → AI drafts a reply → I approve it → it gets sent',
    'email.received',
    'email.draft; approval; email.send',
  ],
  [
    'customer emails -> AI drafts a reply -> I approve it -> it goes out',
    'email.received',
    'email.draft; approval; email.send',
  ],
  [
    'new lead → AI drafts a welcome email → Sam approves it → it gets sent',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  ['new lead -> AI writes a reply -> it goes out automatically', 'lead.created', 'email.draft; email.send'],
];

// Nothing drafted before the arrow: the words only say the message is sent, once.
const SENT_ONCE: readonly Case[] = [
  ['new lead → welcome email → it gets sent', 'lead.created', 'email.send'],
  ['invoice overdue -> reminder goes out', 'invoice.overdue', 'invoice.sendReminder'],
];

describe('a draft sent after an arrow (session 42, sealed set 56)', () => {
  it('GIVEN a draft, maybe an approval, then "→ it gets sent / it goes out" WHEN parsed THEN the draft is sent after the approval, never dropped', () => {
    expect(misread(SENT_AFTER_ARROW)).toStrictEqual([]);
  });

  it('GIVEN no draft before "→ it gets sent" WHEN parsed THEN the message is sent once, not twice', () => {
    expect(misread(SENT_ONCE)).toStrictEqual([]);
  });
});

// Sealed set 57 (session 42): "post in slack that the surveyor is on site" had been a team message to "the surveyor".
const POSTED_THAT: readonly Case[] = [
  [
    'once a visit is booked, wait until it starts then post in slack that the surveyor is on site',
    'booking.created',
    'wait(until); notify.slack',
  ],
  ['new booking: post in #ops that the surveyor is on site', 'booking.created', 'notify.slack'],
  ['new booking: post in slack that Tom is on site', 'booking.created', 'notify.slack'],
];

// Whom it is for, said before "that": still a team message to that person.
const TOLD_THAT: readonly Case[] = [
  ['new booking: tell the surveyor on slack that the client is here', 'booking.created', 'notify.team'],
];

describe('what a Slack post says after "that" (session 42, sealed set 57)', () => {
  it('GIVEN "post in slack / #channel that <someone> is …" WHEN parsed THEN a Slack post whose words name them, never a message to them', () => {
    expect(misread(POSTED_THAT)).toStrictEqual([]);
  });

  it('GIVEN the person told before "that" WHEN parsed THEN still the team message to them', () => {
    expect(misread(TOLD_THAT)).toStrictEqual([]);
  });
});
