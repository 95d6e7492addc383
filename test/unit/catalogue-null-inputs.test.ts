import { describe, expect, it } from 'vitest';
import { getAction, withoutNullOptionals } from '../../statemachines/catalogue';

/** The catalogue's contract: null in an optional input is "not given"; null in a required input stays refused. */
describe('null in an action input', () => {
  const send = getAction('email.send');
  const invoice = getAction('invoice.create');
  if (!send || !invoice) throw new Error('catalogue without email.send or invoice.create');

  it('GIVEN email.send with leadId null WHEN read as the agents read it THEN leadId is left out and the input parses', () => {
    const given = { to: 'a@acme.io', subject: 'Hi', body: 'Thanks', leadId: null };
    const read = withoutNullOptionals(send.input, given);
    expect(read).toStrictEqual({ to: 'a@acme.io', subject: 'Hi', body: 'Thanks' });
    expect(send.input.safeParse(read).success).toBe(true);
  });

  it('GIVEN email.send with "to" null WHEN read THEN the null stays and the input is refused at "to"', () => {
    const read = withoutNullOptionals(send.input, { to: null, subject: 'Hi', body: 'Thanks' });
    expect(read).toStrictEqual({ to: null, subject: 'Hi', body: 'Thanks' });
    const parsed = send.input.safeParse(read);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toStrictEqual(['to']);
  });

  it('GIVEN invoice.create with nulls in optional inputs at the top and inside a line WHEN read THEN only the optional ones are left out', () => {
    const given = {
      customerEmail: 'a@acme.io',
      customerName: null,
      leadId: null,
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unitPriceCents: null }],
    };
    expect(withoutNullOptionals(invoice.input, given)).toStrictEqual({
      customerEmail: 'a@acme.io',
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: 1, unitPriceCents: null }],
    });
  });

  it('GIVEN an input that is not an object WHEN read THEN it is returned as given (the schema refuses it)', () => {
    expect(withoutNullOptionals(send.input, null)).toBeNull();
    expect(withoutNullOptionals(send.input, 'text')).toBe('text');
  });
});
