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
