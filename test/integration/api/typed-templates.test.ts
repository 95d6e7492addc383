import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/** A list found by a step, put into a message's text: every surface refuses it with the same path and words. */
const LIST_IN_TEXT = {
  name: 'Today in Slack',
  trigger: { type: 'schedule', cron: '0 8 * * ? *' },
  steps: [
    { id: 'find', action: 'calendar.find', input: { day: 'today' } },
    { id: 'say', action: 'notify.team', input: { text: "Today's bookings: {{steps.find.bookings}}" } },
  ],
};

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('a list referenced inside text, on every surface', () => {
  it('GIVEN the bookings found put into a message text WHEN the workflow is created through the API THEN 422 naming body.steps[1].input.text, and nothing is stored', async () => {
    const res = await api.call('POST', '/workflows', { body: LIST_IN_TEXT });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      {
        path: 'body.steps[1].input.text',
        message: expect.stringContaining('{{steps.find.bookings}} is a list'),
      },
    ]);
    expect((await api.call('GET', '/workflows')).body.items).toEqual([]);
  });

  it('GIVEN the same definition in a file WHEN `dynaris validate` reads it THEN it prints the path and the reason and exits 1', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dynaris-typed-')), 'list.json');
    writeFileSync(path, JSON.stringify(LIST_IN_TEXT));
    const r = spawnSync(process.execPath, ['bin/dynaris.js', 'validate', path], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain('$.steps[1].input.text: {{steps.find.bookings}} is a list');
  });
});
