import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Words around a step that change no trigger, condition, recipient, time or step (issue #16, sets 38–40): what a
 * message carries said after it, who it is from, a reason, a remark or who someone is, how it is done today. Read as
 * a class in other trades (hotel, vet, garage, lettings, shop), with twins whose extra words DO change the workflow
 * and stay refused, quoted.
 */

const CARRIED: readonly Case[] = [
  [
    'when an invoice is created email it to the tenant with the amount and due date',
    'invoice.created',
    'email.send',
  ],
  [
    'when a new lead comes in email the landlord at lettings@harbourlets.example with the property address',
    'lead.created',
    'email.send',
  ],
  [
    'when an order is paid send the buyer a short email thanking them for shopping with us',
    'invoice.paid',
    'email.send',
  ],
  [
    'when a lead is marked lost send them a win-back email, 15% off their next service',
    'lead.updated {"changes.status.to":["lost"]}',
    'email.send',
  ],
  ['when a pet is booked in send a reminder email from Dr Patel', 'booking.created', 'email.send'],
  [
    'when an MOT is booked send a confirmation email from Gareth and tag them mot',
    'booking.created',
    'email.send; crm.updateLead',
  ],
  [
    'when a stay ends, email the guests a thank you + link to leave us a review',
    'booking.created',
    'wait(until); email.send',
  ],
  [
    'every day at 5pm email everyone with a viewing tomorrow - what to bring (photo ID!!) and where to park',
    'cron(0 17 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'Sunday 6pm Perth time email each guest booked in the next 7 days with their room number',
    'cron(0 18 ? * SUN *) Australia/Perth',
    'calendar.find; forEach[email.send]',
  ],
];

const AROUND: readonly Case[] = [
  ['when an invoice is paid email the client a receipt, they like that', 'invoice.paid', 'email.send'],
  [
    "when a vet appointment is booked tell Priya on slack, she's our head nurse",
    'booking.created',
    'notify.team',
  ],
  [
    'every 15 mins hit https://api.corner-shop.example/keepalive so the shop site doesnt go to sleep',
    'rate(15 minutes)',
    'http.request',
  ],
  [
    'when a room booking is cancelled message Marco so it doesnt sit there',
    'booking.cancelled',
    'notify.team',
  ],
  ['when a garage booking comes in ping Lee, he never checks the inbox', 'booking.created', 'notify.team'],
];

describe('what a message carries, said after it', () => {
  it('GIVEN "with" + what it carries, "thanking them for …", an offer or who it is from WHEN parsed THEN it is the message', () => {
    expect(misread(CARRIED)).toStrictEqual([]);
  });

  it('GIVEN a message from someone on a new lead WHEN parsed THEN it is who it is from, never a test of the source', () => {
    expect(
      misread([
        [
          'when a new lead comes in send them the welcome email from Olivia (our lettings manager)',
          'lead.created',
          'email.send',
        ],
        [
          'when a new lead comes in send them a welcome email from Facebook',
          'lead.created',
          'if(trigger.lead.source eq "Facebook")[email.send]',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it("GIVEN what it carries WHEN parsed THEN the explanation quotes it as the message's content", () => {
    const result = parsePrompt(
      'when an MOT is booked send a confirmation email from Gareth and tag them mot',
    );
    expect(result.ok && result.notes).toContain('kept as the message\'s content: "from Gareth"');
  });

  it('GIVEN words that choose records, a person, a time or a test WHEN parsed THEN they stay refused, quoted', () => {
    expect(
      notRefused([
        ['when a new tenant is added email them with the tag VIP', 'with the tag VIP'],
        ['when a lead comes in email them with whoever is free', 'with whoever is free'],
        [
          "when an order is paid send the buyer an email thanking them for the order unless it's over $500",
          'thanking them for the order',
        ],
        ['when an order is paid send an email from Stripe to accounts', 'from Stripe'],
        [
          "when a booking comes in send the confirmation email from Niamh only if it's over €100",
          'from Niamh',
        ],
        ['every monday email every lead with a phone number a reminder', 'with a phone'],
        ['when an invoice goes overdue email everyone with a balance', 'with a balance'],
        ['when a booking is made email the guest a confirmation - what to bring if it rains', 'if it rains'],
        ['when a booking is made email the guest a confirmation - where to park tomorrow', 'tomorrow'],
      ]),
    ).toStrictEqual([]);
  });
});

describe('an offer a message makes', () => {
  it('GIVEN "N% off" naming the message, after it or in brackets WHEN parsed THEN it is the message', () => {
    expect(
      misread([
        ['when a booking is cancelled send them the 20% off rebook email', 'booking.cancelled', 'email.send'],
        [
          'when a lead comes in email them a come-back promo (25% off first month)',
          'lead.created',
          'email.send',
        ],
        [
          'when a car service is cancelled email them again with the 15% off',
          'booking.cancelled',
          'email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN the offer naming which email arrived, or a narrowing after it WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['when a lead replies to the email with 10% off, tag them warm', 'with 10% off'],
        ['when a lead comes in send the 10% off email only to leads from facebook', 'only'],
      ]),
    ).toStrictEqual([]);
  });
});

describe('a reason, a remark or who someone is', () => {
  it('GIVEN words that name no condition, time, record or step WHEN parsed THEN the steps are read', () => {
    expect(misread(AROUND)).toStrictEqual([]);
  });

  it('GIVEN a dropped remark WHEN parsed THEN the explanation quotes it as context', () => {
    const result = parsePrompt('when an invoice is paid email the client a receipt, they like that');
    expect(result.ok && result.notes).toContain('ignored as context: "they like that"');
  });

  it('GIVEN a reason or remark that names a time, a narrowing, a recipient or an approval WHEN parsed THEN it stays refused, quoted', () => {
    expect(
      notRefused([
        [
          'when an invoice is paid email the client a receipt, they only want it on weekdays',
          'they only want it on weekdays',
        ],
        ['when a car is booked text the customer so they come before 5pm', 'so they come before 5pm'],
        [
          "when a vet appointment is booked tell Priya on slack, she's our head nurse so only for surgeries",
          'only for surgeries',
        ],
        ['when a new lead comes in email the owner so it goes to the VIPs too', 'so it goes to the VIPs too'],
        ['when a lead comes in email them the menu, this is for the VIPs', 'this is for the VIPs'],
        [
          'when a consultation is booked, email the client the intake form. Priya is our VIP client.',
          'Priya is our VIP client',
        ],
        [
          'when a garage booking comes in let Lee know, he handles the big accounts',
          'he handles the big accounts',
        ],
        [
          'when a new lead comes in ping Dave, he handles all the commercial bids over 10k',
          'he handles all the commercial bids over 10k',
        ],
        ['when a garage booking comes in message Lee on slack, he never reads his email', 'reads'],
        [
          'When one comes in please create the lead, but nobody should email them our terms until Siobhan has approved it, she likes to check the client out first',
          'she likes to check the client out first',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('a message they get, and an automation that falls over', () => {
  it('GIVEN "they automatically get" or "can they get" + a message after the event WHEN parsed THEN it is sent to them', () => {
    expect(
      misread([
        [
          'whenever a guest books a room they automatically get a confirmation email with the date and time of the booking',
          'booking.created',
          'email.send',
        ],
        ['when a car is booked in can they get our service checklist email', 'booking.created', 'email.send'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN "they automatically get tagged" WHEN parsed THEN it is no message, refused as before', () => {
    expect(
      notRefused([['when a lead comes in they automatically get tagged new', 'get tagged new']]),
    ).toStrictEqual([]);
  });

  it('GIVEN an automation that "falls over" or "stops working" WHEN parsed THEN it is a failed workflow', () => {
    expect(
      misread([
        ['whenever the zap falls over ping me', 'workflow.failed', 'notify.team'],
        ['if a workflow stops working email it@garage.example', 'workflow.failed', 'email.send'],
        [
          "can you message Tom on slack whenever one of our automations falls over, he's our IT guy",
          'workflow.failed',
          'notify.team',
        ],
      ]),
    ).toStrictEqual([]);
  });
});
