import { describe, expect, it } from 'vitest';
import { find, log, only, workflow } from '../support/validate-fixtures';

const findLeads = (limit: number) => ({
  id: 'find',
  action: 'crm.findLeads',
  input: { status: 'new', limit },
});
const send = {
  id: 'send',
  action: 'email.send',
  input: { to: '{{item.email}}', subject: 'Hi', body: 'Hello' },
};
const awaitReply = {
  id: 'await-reply',
  waitFor: { event: 'email.received', match: { leadId: '{{item.id}}' }, timeout: 'P2D' },
};

describe('AWS limits a run would hit, reported before deploy', () => {
  it('GIVEN a forEach over 1,000 found leads that emails each and waits for a reply WHEN validated THEN the loop is reported: the state would pass 256 KiB, and the message points to itemsFrom', () => {
    const def = workflow([
      findLeads(1000),
      { id: 'each', forEach: { items: '{{steps.find.leads}}', steps: [send, awaitReply] } },
    ]);
    const issue = find(def, 'state-too-large');
    expect(issue.path).toBe('$.steps[1]');
    expect(issue.message).toMatch(/256 KiB \(States\.DataLimitExceeded\)/);
    expect(issue.message).toMatch(/crm\.exportLeads.*itemsFrom/);
  });

  it('GIVEN the same campaign over an exported item file WHEN validated THEN nothing is reported (each item is its own execution)', () => {
    const def = workflow([
      { id: 'export', action: 'crm.exportLeads', input: { status: 'new' } },
      { id: 'each', forEach: { itemsFrom: '{{steps.export.leads}}', steps: [send, awaitReply] } },
    ]);
    expect(only(def)).toStrictEqual([]);
  });

  it('GIVEN the loop over 20 leads WHEN validated THEN it fits and nothing is reported', () => {
    const def = workflow([
      findLeads(20),
      { id: 'each', forEach: { items: '{{steps.find.leads}}', steps: [send, awaitReply] } },
    ]);
    expect(only(def)).toStrictEqual([]);
  });

  it('GIVEN a loop of 1,000 items with eight small steps each WHEN validated THEN the history is reported: about 1,000 x 42 events, over the 25,000 a STANDARD execution holds', () => {
    const steps = Array.from({ length: 8 }, (_, i) => log(`l${i}`, 'x'));
    const def = workflow([
      findLeads(1000),
      { id: 'each', forEach: { items: '{{steps.find.leads}}', steps } },
    ]);
    const issue = find(def, 'history-too-long');
    expect(issue.path).toBe('$.steps[1]');
    expect(issue.message).toMatch(/about 42,0\d\d history events; a STANDARD execution holds 25,000/);
  });

  it('GIVEN a STANDARD loop of 1,000 leads testing three tags each WHEN validated THEN the probes count: about 1,000 x 35 events, over 25,000 (without them 23,000 would pass)', () => {
    const steps = Array.from({ length: 3 }, (_, i) => ({
      id: `tag${i}`,
      if: { path: 'item.tags', contains: `t${i}` },
      then: [log(`l${i}`, 'x')],
    }));
    const def = workflow(
      [findLeads(1000), { id: 'each', forEach: { items: '{{steps.find.leads}}', steps } }],
      { settings: { type: 'STANDARD' } },
    );
    const issue = find(def, 'history-too-long');
    expect(issue.path).toBe('$.steps[1]');
    expect(issue.message).toMatch(/about 35,0\d\d history events; a STANDARD execution holds 25,000/);
  });

  it('GIVEN an EXPRESS workflow of three model calls (120 s each at worst) WHEN validated THEN the step that passes 5 minutes is reported with what to change', () => {
    const draft = (id: string) => ({ id, action: 'email.draft', input: { instruction: 'Write a hello' } });
    const def = workflow([draft('a'), draft('b'), draft('c')], {
      trigger: { type: 'manual' },
      settings: { type: 'EXPRESS' },
    });
    const issue = find(def, 'express-too-long');
    expect(issue.path).toBe('$.steps[2]');
    expect(issue.message).toMatch(/5 minutes.*"timeout".*STANDARD/);
  });
});
