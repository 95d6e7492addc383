import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EMAIL_LENGTH } from '../../../functions/shared/email-address';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * Leads and contacts are unique by email, and the email stands in a DynamoDB key (at most 2,048 bytes): an address
 * past that was answered 503 "retry in a moment" (the key's ValidationException, on AWS as locally) for a request
 * that can never succeed, and 500 as a contacts filter. An email address has at most 254 characters (RFC 5321), so
 * a longer one is a 400 naming the field, wherever an email is taken.
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

const addressOf = (length: number): string => `${'a'.repeat(length - '@example.com'.length)}@example.com`;
const longest = addressOf(MAX_EMAIL_LENGTH);
const tooLong = addressOf(MAX_EMAIL_LENGTH + 1);
const pastAKey = addressOf(3000);

const refusal = (path: string) => ({
  error: expect.objectContaining({
    code: 'BadRequest',
    details: [{ path, message: expect.stringContaining(`at most ${MAX_EMAIL_LENGTH} characters`) }],
  }),
});

describe('email addresses longer than an address can be', () => {
  it('GIVEN an email past a DynamoDB key WHEN a lead or contact is created with it THEN 400 naming body.email, and nothing is stored', async () => {
    for (const email of [tooLong, pastAKey]) {
      const lead = await api.call('POST', '/leads', { body: { email } });
      expect(lead.status, `lead ${email.length}`).toBe(400);
      expect(lead.body).toStrictEqual(refusal('body.email'));
      const contact = await api.call('POST', '/contacts', { body: { name: 'Long', email } });
      expect(contact.status, `contact ${email.length}`).toBe(400);
      expect(contact.body).toStrictEqual(refusal('body.email'));
    }
    const leads = await api.call('GET', '/leads?limit=100');
    expect(
      leads.body.items.filter((l: { email: string }) => l.email.length > MAX_EMAIL_LENGTH),
    ).toStrictEqual([]);
  });

  it('GIVEN a lead WHEN its email is changed to one past a DynamoDB key THEN 400 naming body.email, and the lead keeps its email', async () => {
    const created = await api.call('POST', '/leads', { body: { email: 'keeps@example.com' } });
    const changed = await api.call('PUT', `/leads/${created.body.id}`, { body: { email: pastAKey } });
    expect(changed.status).toBe(400);
    expect(changed.body).toStrictEqual(refusal('body.email'));
    expect((await api.call('GET', `/leads/${created.body.id}`)).body.email).toBe('keeps@example.com');
  });

  it('GIVEN contacts WHEN listed by an email past a DynamoDB key THEN 400 naming query.email, not a 500', async () => {
    const listed = await api.call('GET', `/contacts?email=${pastAKey}`);
    expect(listed.status).toBe(400);
    expect(listed.body).toStrictEqual(refusal('query.email'));
  });

  it('GIVEN the longest address there can be WHEN a lead and a contact are created with it THEN both are stored as sent', async () => {
    const lead = await api.call('POST', '/leads', { body: { email: longest } });
    expect(lead.status).toBe(201);
    expect(lead.body.email).toBe(longest);
    const contact = await api.call('POST', '/contacts', { body: { name: 'Longest', email: longest } });
    expect(contact.status).toBe(201);
    expect((await api.call('GET', `/contacts?email=${longest}`)).body.items).toStrictEqual([contact.body]);
  });
});
