import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * A run started by a person, read from its parts (issue #16, session 42; typed-starts.ts): I type values in and it
 * acts; a thing mine to start ("something / a report / a button I can run …"); a named button and its press. The
 * phrasings come from trades other than the development rows (reception desks, vets, cafés, salons).
 */

const TYPED: readonly Case[] = [
  [
    'i need a quick way to add a trade customer - i type the email and name, it saves them tagged trade',
    'manual',
    'crm.createLead',
  ],
  [
    'for the reception desk: I type name and email and it adds them as a lead tagged drop-in',
    'manual',
    'crm.createLead',
  ],
  [
    'I enter a topic, it searches the knowledge base and emails me what it finds',
    'manual',
    'knowledge.search; notify.team',
  ],
  ['we key in their name and email, then it sends them the welcome pack', 'manual', 'email.send'],
  [
    'a simple form where I put in name and email and it creates them as a lead tagged open-day',
    'manual',
    'crm.createLead',
  ],
  [
    'at the vet counter: I give it their name and email and it sends them our aftercare guide',
    'manual',
    'email.send',
  ],
  [
    'a job I can run when a customer pays cash at the till - I put in the invoice number and it marks it paid',
    'manual',
    'invoice.markPaid',
  ],
];

const MINE_TO_START: readonly Case[] = [
  [
    'need something I can run any time: post the overdue invoices in slack',
    'manual',
    // records posted in a channel are one post listing them (session 43, as "post the overdue invoices to #ar", s41)
    'invoice.find; notify.slack',
  ],
  [
    'give me a thing I can run whenever - email every lead tagged "spring" our spring offer',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "I'd like a report I can run whenever covering this week's bookings and post it in slack",
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'I want something we can kick off ourselves that emails every lead tagged vip our new menu',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "can I get a panic button - when I press it, cancel all of today's bookings",
    'manual',
    'calendar.find; forEach[calendar.cancel]',
  ],
  [
    'could we have a button that posts a summary of this week to slack whenever we press it',
    'manual',
    'report.summarize; notify.slack',
  ],
];

describe('a run started by a person, read from its parts', () => {
  it('GIVEN I type values in and "it" acts, after a label or "a form where", WHEN parsed THEN the run is manual with those inputs', () => {
    expect(misread(TYPED)).toStrictEqual([]);
  });

  it('GIVEN a thing, a report or a named button I can run or press WHEN parsed THEN the run is started by hand and what it does is the steps', () => {
    expect(misread(MINE_TO_START)).toStrictEqual([]);
  });

  it('GIVEN "I put in the invoice number and it marks it paid" WHEN parsed THEN the run is given the invoice id and marks that invoice', () => {
    const result = parsePrompt(
      'a job I can run when a customer pays cash at the till - I put in the invoice number and it marks it paid',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.definition.trigger).toStrictEqual({ type: 'manual', inputs: ['invoiceId'] });
    expect(result.definition.steps[0]).toMatchObject({
      action: 'invoice.markPaid',
      input: { invoiceId: '{{trigger.invoiceId}}' },
    });
  });

  it('GIVEN what the person types WHEN parsed THEN the inputs are declared in the order said', () => {
    const result = parsePrompt(
      'walk-ins: a quick form where I type name, email and company and it saves them as a lead',
    );
    if (!result.ok) throw new Error(result.problems.join('; '));
    expect(result.definition.trigger).toStrictEqual({
      type: 'manual',
      inputs: ['name', 'email', 'company'],
    });
  });
});

describe('what is had done to it, said as the causative', () => {
  it('GIVEN "and have it saved as a file", "get it emailed to me" after a step WHEN parsed THEN it is that step', () => {
    expect(
      misread([
        [
          'a report I can run any time covering the last 7 days and have it saved as a file',
          'manual',
          'report.summarize; files.create',
        ],
        [
          'every friday summarize the week and have it emailed to me',
          'cron(0 9 ? * FRI *)',
          'report.summarize; notify.team',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN the causative as the first words, before its trigger WHEN parsed THEN it is not read as a step', () => {
    expect(
      notRefused([['have it emailed to me when a lead comes in', 'have it emailed to me']]),
    ).toStrictEqual([]);
  });
});

describe('the twins: typing that is not my start, a label that limits, running a business', () => {
  it('GIVEN a label that names or limits records before what I type WHEN parsed THEN it stays refused', () => {
    expect(
      notRefused([
        ['vip clients only: I type name and email and it sends them the offer', 'vip clients only'],
        ['leads from google: I type name and email and it adds them as a lead', 'I type name'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN someone else typing, values no run is given, or "I run a bakery" WHEN parsed THEN no manual start is read', () => {
    expect(
      notRefused([
        ['a form where customers type their name and email and it adds them as a lead', 'what starts'],
        ['I type up the notes and it emails them to the team', 'what starts'],
        ['I run a bakery and want to email every new lead a welcome', 'what starts'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN an event or a schedule said beside what I type or run WHEN parsed THEN that start stays the trigger', () => {
    const trigger = (prompt: string) => {
      const result = parsePrompt(prompt);
      return result.ok ? outlineOf(result.definition).trigger : 'refused';
    };
    expect(trigger('when a new lead comes in I type their name and email and it adds a note')).toBe(
      'lead.created',
    );
    expect(trigger('a thing I can run every monday - email the team the overdue invoices')).toBe(
      'cron(0 9 ? * MON *)',
    );
    expect(trigger('we run a gym. when a member signs up send them the timetable')).toBe('lead.created');
  });
});
