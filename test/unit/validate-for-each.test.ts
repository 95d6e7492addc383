import { describe, expect, it } from 'vitest';
import { find, log, only, workflow } from '../support/validate-fixtures';

const exportLeads = { id: 'export', action: 'crm.exportLeads', input: { tag: 'spring' } };
const findLeads = { id: 'find', action: 'crm.findLeads', input: {} };
const body = [log('hi', 'Hello {{item.name}}')];

describe('forEach over a list or an item file', () => {
  it('GIVEN itemsFrom on an item file WHEN validated THEN it is clean and {{item}} has the lead fields', () => {
    const def = workflow([
      exportLeads,
      {
        id: 'each',
        forEach: { itemsFrom: '{{steps.export.leads}}', toleratedFailurePercent: 5, steps: body },
      },
      log('done', 'wrote {{steps.each.results.Key}}'),
    ]);
    expect(only(def)).toStrictEqual([]);
  });

  it('GIVEN both items and itemsFrom, or neither WHEN validated THEN each is reported at forEach', () => {
    const both = workflow([
      exportLeads,
      {
        id: 'each',
        forEach: { items: '{{steps.export.leads}}', itemsFrom: '{{steps.export.leads}}', steps: body },
      },
    ]);
    expect(only(both)).toStrictEqual([{ path: '$.steps[1].forEach', code: 'items-and-items-from' }]);
    const neither = workflow([{ id: 'each', forEach: { steps: body } }]);
    expect(only(neither)).toContainEqual({ path: '$.steps[0].forEach', code: 'items-missing' });
  });

  it('GIVEN an item file read with items, or a list read with itemsFrom WHEN validated THEN the user is told which to use', () => {
    const fileAsList = workflow([
      exportLeads,
      { id: 'each', forEach: { items: '{{steps.export.leads}}', steps: body } },
    ]);
    expect(find(fileAsList, 'items-is-file').message).toMatch(/itemsFrom/);
    const listAsFile = workflow([
      findLeads,
      { id: 'each', forEach: { itemsFrom: '{{steps.find.leads}}', steps: body } },
    ]);
    expect(find(listAsFile, 'items-not-file').message).toMatch(/crm\.exportLeads/);
  });

  it('GIVEN itemsFrom inside another forEach, or in an EXPRESS workflow WHEN validated THEN both are refused (Step Functions runs Distributed Maps only from a STANDARD parent)', () => {
    const nested = workflow([
      exportLeads,
      findLeads,
      {
        id: 'outer',
        forEach: {
          items: '{{steps.find.leads}}',
          steps: [{ id: 'inner', forEach: { itemsFrom: '{{steps.export.leads}}', steps: body } }],
        },
      },
    ]);
    expect(only(nested)).toContainEqual({
      path: '$.steps[2].forEach.steps[0].forEach.itemsFrom',
      code: 'items-from-nested',
    });
    const express = workflow(
      [exportLeads, { id: 'each', forEach: { itemsFrom: '{{steps.export.leads}}', steps: body } }],
      { settings: { type: 'EXPRESS' } },
    );
    expect(find(express, 'items-from-express').path).toBe('$.steps[1].forEach.itemsFrom');
  });

  it('GIVEN toleratedFailurePercent on a list WHEN validated THEN it is reported: with items one failed item fails the loop', () => {
    const def = workflow([
      findLeads,
      { id: 'each', forEach: { items: '{{steps.find.leads}}', toleratedFailurePercent: 10, steps: body } },
    ]);
    expect(only(def)).toStrictEqual([
      { path: '$.steps[1].forEach.toleratedFailurePercent', code: 'tolerance-needs-items-from' },
    ]);
  });
});
