import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * A run started by hand (issue #16, session 44): "something / a thing / a workflow I can run or kick off by hand" +
 * what the person types = manual with those inputs; what the job is for said after it ("for move-outs") names it.
 */
const STARTS: readonly Case[] = [
  // what is typed: the invoice id
  ['something I can run where I put in the invoice id and it marks it as paid', 'manual', 'invoice.markPaid'],
  [
    'a workflow I can run with the invoice id: mark it as paid and post in #accounts',
    'manual',
    'invoice.markPaid; notify.slack',
  ],
  // "a thing I can run with <what is typed> that …"
  ["a thing I can run with the guest's name and email that adds them as a lead", 'manual', 'crm.createLead'],
  ["something I can run with a customer's email - send them our price list", 'manual', 'email.send'],
  // what the job is for
  ['a workflow I can kick off by hand for move-outs: tell the deposit team', 'manual', 'notify.team'],
  [
    'a workflow I can run by hand for stocktake day: post in #store that we are closed',
    'manual',
    'notify.slack',
  ],
];

/** Records chosen, nothing to do, or no start: refused; never the start dropped as context and a new lead's run read. */
const TWINS = [
  'a workflow I can run for vip clients: email them',
  'a workflow I can run for vip clients: post in #sales',
  'something I can run where I put in the invoice id and it marks the lead as lost',
  'a workflow I can run',
  'something I can run by hand',
  'run it by hand',
];

describe('a run started by hand, as people say it (issue #16, session 44)', () => {
  it('GIVEN "something / a thing / a workflow I can run" with what is typed, or what the job is for WHEN parsed THEN a manual run with those steps', () => {
    expect(misread(STARTS)).toStrictEqual([]);
  });

  it("GIVEN the invoice id typed WHEN parsed THEN it is the run's input and the invoice marked paid", () => {
    const result = parsePrompt('something I can run where I put in the invoice id and it marks it as paid');
    expect(result.ok && result.definition.trigger).toStrictEqual({ type: 'manual', inputs: ['invoiceId'] });
    expect(result.ok && result.definition.steps[0]).toMatchObject({
      input: { invoiceId: '{{trigger.invoiceId}}' },
    });
  });

  it('GIVEN records chosen, no step or no start WHEN parsed THEN refused', () => {
    expect(TWINS.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });

  it("GIVEN a start by hand and a step for one person with nothing typed WHEN parsed THEN no new lead's run is read in its place", () => {
    const result = parsePrompt('a workflow I can run by hand: email the client');
    expect(result.ok ? result.definition.trigger.type : 'refused').not.toBe('event');
  });
});
