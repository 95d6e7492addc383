import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * Session 40 (development set 31: "email the guest our feedback survey (https://forms.example/feedback)" was an HTTP
 * POST of the booking to the survey's address, then the email): a link said with a message is in the message.
 */

const LINK = 'https://forms.example/feedback';

/** A message × how its link is said × trigger: one email, its link in the body. */
const MESSAGE_LINKS: readonly Case[] = [
  ['When a tour is booked, ', 'booking.created'],
  ['When a new lead comes in, ', 'lead.created'],
  ['When an invoice is paid, ', 'invoice.paid'],
].flatMap(([trigger, event]) =>
  [
    `email the guest our feedback survey (${LINK})`,
    `email them our feedback survey ${LINK}`,
    `email them the link ${LINK}`,
    `send them the booking page ${LINK}`,
    `then email the customer the form ${LINK}`,
  ].map((said): Case => [`${trigger}${said}`, event ?? '', 'email.send']),
);

/** Twins: an address the data goes to stays an HTTP call. */
const HTTP_TWINS: readonly Case[] = [
  [
    'When a tour is booked, send the details to https://api.example.com/hook',
    'booking.created',
    'http.request',
  ],
  ['When a tour is booked, call https://api.example.com/hook', 'booking.created', 'http.request'],
  [
    'When a tour is booked, email the guest and post to https://api.example.com/hook',
    'booking.created',
    'email.send; http.request',
  ],
  [
    'when a lead comes in, post the lead to https://hooks.example.com/x and email them',
    'lead.created',
    'http.request; email.send',
  ],
];

describe('a link said with a message (session 40)', () => {
  it('GIVEN a message × its link in brackets or after its noun × trigger WHEN parsed THEN one email, no HTTP call', () => {
    expect(MESSAGE_LINKS.length).toBe(15);
    expect(misread(MESSAGE_LINKS)).toStrictEqual([]);
  });

  it('GIVEN "email the guest our feedback survey (https://…)" WHEN parsed THEN the email’s body carries the link', () => {
    const result = parsePrompt(`When a tour is booked, email the guest our feedback survey (${LINK})`);
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      action: 'email.send',
      input: { body: expect.stringContaining(LINK) },
    });
  });

  it('GIVEN an address the data is sent, posted or called to WHEN parsed THEN it stays an HTTP call', () => {
    expect(misread(HTTP_TWINS)).toStrictEqual([]);
  });
});
