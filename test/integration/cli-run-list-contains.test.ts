import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { outputOfEachTest } from '../support/captured-output';

/**
 * "If the lead has the tag 'truck accident' notify Greg, otherwise Anne", run end to end as a person runs it
 * (`dynaris run`: validation, compilation, the local runtime's engine, the agents), with the tag present and absent,
 * the list empty and missing.
 */

const output = outputOfEachTest();

const dir = mkdtempSync(join(tmpdir(), 'dynaris-list-contains-'));
const file = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

const WORKFLOW = file('workflow.json', {
  name: 'Truck accident routing',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'route',
      if: { path: 'trigger.lead.tags', contains: 'truck accident' },
      then: [{ id: 'greg', action: 'notify.team', input: { text: 'Greg: {{trigger.lead.name}}' } }],
      else: [{ id: 'anne', action: 'notify.team', input: { text: 'Anne: {{trigger.lead.name}}' } }],
    },
  ],
});

const lead = (tags: unknown) => ({
  id: 'ld_1',
  email: 'ada@example.com',
  name: 'Ada',
  company: null,
  phone: null,
  source: null,
  status: 'new',
  value: null,
  ...(tags === undefined ? {} : { tags }),
  fields: {},
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  version: 1,
});

const run = async (name: string, tags: unknown) => {
  const code = await main(['run', WORKFLOW, '--event', file(`${name}.json`, { lead: lead(tags) }), '--json']);
  const result = JSON.parse(output.stdout) as { status: string; steps: { id: string; status: string }[] };
  return { code, status: result.status, steps: result.steps.map((s) => `${s.id}:${s.status}`) };
};

describe('dynaris run: contains on the lead tags', () => {
  it.each([
    ['the tag among others', 'greg', ['vip', 'truck accident']],
    ['the tag alone', 'greg', ['truck accident']],
    ['other tags only', 'anne', ['vip', 'truck']],
    ['an empty list', 'anne', []],
    ['no tags field at all', 'anne', undefined],
  ])(
    'GIVEN a lead.created event with %s WHEN the workflow runs THEN it succeeds through %s',
    async (label, who, tags) => {
      expect(await run(label.replaceAll(' ', '-'), tags)).toStrictEqual({
        code: 0,
        status: 'SUCCEEDED',
        steps: ['route:succeeded', `${who}:succeeded`],
      });
      expect(output.stderr).toBe('');
    },
  );
});
