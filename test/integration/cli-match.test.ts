import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dynaris-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const dynaris = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['bin/dynaris.js', 'match', ...args], {
    encoding: 'utf8',
    cwd: process.cwd(),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

const event = file('event.json', {
  'detail-type': 'lead.created',
  source: 'dynaris.lead',
  detail: { tenantId: 't1', lead: { status: 'new', value: 20000 } },
});

describe('dynaris match', () => {
  it('GIVEN a pattern that matches the event WHEN run THEN it prints "match" and exits 0', () => {
    const pattern = file('p1.json', {
      detail: { lead: { status: ['new'], value: [{ numeric: ['>', 10000] }] } },
    });
    const r = dynaris(pattern, event);
    expect(r).toMatchObject({ code: 0, stdout: 'match\n' });
  });

  it('GIVEN a pattern that does not match WHEN run THEN it exits 1 and names the failing field', () => {
    const pattern = file('p2.json', { detail: { lead: { status: ['won'] } } });
    const r = dynaris(pattern, event);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('no match\n');
    expect(r.stderr).toContain('detail.lead.status');
  });

  it('GIVEN an invalid pattern WHEN run THEN it exits 2 and prints every problem', () => {
    const pattern = file('p3.json', { detail: { lead: { status: [], ip: [{ cidr: '1.2.3.4/40' }] } } });
    const r = dynaris(pattern, event);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('detail.lead.status: an array of values to match must not be empty');
    expect(r.stderr).toContain('detail.lead.ip[0].cidr');
  });

  it('GIVEN a missing file or malformed JSON WHEN run THEN it exits 2 with the reason', () => {
    expect(dynaris(join(dir, 'nope.json'), event)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ENOENT'),
    });
    expect(dynaris(file('bad.json', '{ nope'), event)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not valid JSON'),
    });
    expect(dynaris(event)).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage') });
  });

  it('GIVEN a trigger filter with --filter WHEN run THEN it is applied to the event detail', () => {
    const filter = file('f.json', { 'lead.status': ['new'] });
    expect(dynaris(filter, event, '--filter').code).toBe(0);
    const other = file('f2.json', { 'lead.status': ['lost'] });
    expect(dynaris(other, event, '--filter').code).toBe(1);
  });

  it('GIVEN a workflow definition WHEN run THEN its trigger event and filter are the pattern', () => {
    const workflow = (eventName: string) =>
      file(`wf-${eventName}.json`, {
        name: 'w',
        trigger: { type: 'event', event: eventName, filter: { 'lead.status': ['new'] } },
        steps: [],
      });
    expect(dynaris(workflow('lead.created'), event).code).toBe(0);
    expect(dynaris(workflow('lead.updated'), event).code).toBe(1);
  });

  it('GIVEN a bus event ({ detailType, detail }) WHEN run THEN it is matched like the EventBridge envelope', () => {
    const bus = file('bus.json', {
      detailType: 'lead.created',
      detail: { tenantId: 't', lead: { status: 'new' } },
    });
    const pattern = file('p4.json', {
      'detail-type': ['lead.created'],
      detail: { lead: { status: ['new'] } },
    });
    expect(dynaris(pattern, bus).code).toBe(0);
  });
});
