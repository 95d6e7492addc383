import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, dailyWorkflow, startApiHarness } from '../../support/api-harness';

/**
 * A time zone in another case ("europe/berlin") was stored as sent: Intl accepts any case, EventBridge Scheduler's
 * ScheduleExpressionTimezone is documented with the IANA spelling. Settings store the IANA spelling when one zone
 * matches; a name that matches none as spelt is refused; a workflow's schedule is refused with the right spelling.
 */

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(async () => api.close());

describe('time zone spelling', () => {
  it('GIVEN settings with "europe/berlin" and "etc/gmt+5" WHEN saved THEN each is stored as IANA spells it', async () => {
    const berlin = await api.call('PUT', '/settings', { body: { timezone: 'europe/berlin' } });
    expect(berlin).toMatchObject({ status: 200, body: { timezone: 'Europe/Berlin' } });
    const offset = await api.call('PUT', '/settings', { body: { timezone: 'etc/gmt+5' } });
    expect(offset).toMatchObject({ status: 200, body: { timezone: 'Etc/GMT+5' } });
    expect((await api.call('GET', '/settings')).body.timezone).toBe('Etc/GMT+5');
  });

  it('GIVEN settings with an alias in another case ("asia/kolkata") WHEN saved THEN 400 naming body.timezone, and an alias spelt right is kept', async () => {
    const lower = await api.call('PUT', '/settings', { body: { timezone: 'asia/kolkata' } });
    expect(lower.status).toBe(400);
    expect(lower.body.error.details).toStrictEqual([
      {
        path: 'body.timezone',
        message: 'must be an IANA time zone such as Europe/Berlin, spelt as the IANA database spells it',
      },
    ]);
    const spelt = await api.call('PUT', '/settings', { body: { timezone: 'Asia/Kolkata' } });
    expect(spelt).toMatchObject({ status: 200, body: { timezone: 'Asia/Kolkata' } });
  });

  it('GIVEN a scheduled workflow in "europe/berlin" WHEN saved THEN 422 naming trigger.timezone and its IANA spelling', async () => {
    const res = await api.call('POST', '/workflows', { body: dailyWorkflow('europe/berlin') });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toStrictEqual([
      {
        path: 'body.trigger.timezone',
        message: '"europe/berlin" is spelt "Europe/Berlin" as an IANA time zone (bad-timezone)',
      },
    ]);
  });
});
