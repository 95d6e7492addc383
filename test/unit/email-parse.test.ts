import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../functions/email/classify';
import { safeFileName } from '../../functions/email/ingest';
import { MalformedEmailError, parseEmail, repairWindows1252 } from '../../functions/email/parse';
import { htmlToText, stripQuotedHistory } from '../../functions/email/reply-text';
import { applyVerdicts, DEFAULT_VERDICT_POLICY, verdictPolicyFrom } from '../../functions/email/verdicts';
import { eml } from '../support/email-fixtures';

const read = async (name: string) => {
  const email = await parseEmail(eml(name));
  const kind = classifyMessage({
    headers: email.headers,
    from: email.from.address,
    subject: email.subject ?? undefined,
    contentType: email.contentType ?? undefined,
  });
  return { email, kind, reply: stripQuotedHistory(email.text) };
};

describe('inbound .eml fixtures', () => {
  it('GIVEN a Gmail reply (multipart/alternative, quoted-printable UTF-8) WHEN parsed THEN the new text only, no quoted history', async () => {
    const { email, kind, reply } = await read('gmail-reply');
    expect(kind).toBe('reply');
    expect(email.from).toStrictEqual({ address: 'dee@example.com', name: 'Dee Example' });
    expect(email.subject).toBe('Re: Welcome, Dee');
    expect(email.inReplyTo).toBe('<0100018e-welcome-0001@email.amazonses.com>');
    expect(reply).toStrictEqual({
      text: 'Sounds good, call me on Thursday – I’m free after 14:00.\n\nDee',
      stripped: true,
    });
  });

  it('GIVEN an Outlook reply in windows-1252 WHEN parsed THEN umlauts and the euro sign survive and the "From:/Sent:" block is cut', async () => {
    const { email, kind, reply } = await read('outlook-reply');
    expect(kind).toBe('reply');
    expect(email.from.name).toBe('Jürgen Müller');
    expect(email.subject).toBe('AW: Angebot für Ihr Team');
    expect(reply.text).toBe(
      'Guten Tag,\n\ndas Angebot passt. Bitte schicken Sie die Rechnung € 1.200,00 an uns.\n\nGrüße\nJürgen',
    );
  });

  it('GIVEN an Apple Mail reply in ISO-8859-1 (8bit) WHEN parsed THEN accents survive and the "> On … wrote:" quote is cut', async () => {
    const { email, reply } = await read('apple-mail-reply');
    expect(email.from).toStrictEqual({ address: 'renee@example.fr', name: 'Renée Dupont' });
    expect(reply).toStrictEqual({
      text: 'Merci, très intéressée. Appelez-moi demain.\n\nRené',
      stripped: true,
    });
  });

  it('GIVEN an ISO-2022-JP message WHEN parsed THEN the Japanese subject, sender name and body decode', async () => {
    const { email, reply } = await read('iso-2022-jp');
    expect(email.subject).toBe('Re: ご提案');
    expect(email.from.name).toBe('山田');
    expect(reply.text).toBe('お世話になっております。ご提案ありがとうございます。');
  });

  it('GIVEN base64 attachments WHEN parsed THEN each comes back with its bytes, type and name', async () => {
    const { email } = await read('attachments');
    expect(email.attachments.map((a) => [a.filename, a.contentType, a.content.byteLength])).toStrictEqual([
      ['contract signed.pdf', 'application/pdf', 45],
      ['../../etc/logo.png', 'image/png', 70],
    ]);
    expect(Buffer.from(email.attachments[0]?.content ?? []).toString('latin1')).toMatch(/^%PDF-1\.4/);
    expect(safeFileName('../../etc/logo.png')).toBe('__.._etc_logo.png');
  });

  it.each([
    ['auto-reply', 'auto-reply'],
    ['vacation-reply', 'auto-reply'],
    ['bounce-dsn', 'bounce'],
  ])('GIVEN %s WHEN classified THEN it is an %s, not a response', async (name, expected) => {
    expect((await read(name)).kind).toBe(expected);
  });

  it.each([
    ['malformed-boundary', /boundary "never-used" is declared but never used/],
    ['not-a-message', /not "Name: value"/],
  ])('GIVEN %s WHEN parsed THEN it is refused as malformed with the reason', async (name, reason) => {
    await expect(parseEmail(eml(name))).rejects.toThrow(MalformedEmailError);
    await expect(parseEmail(eml(name))).rejects.toThrow(reason);
  });

  it('GIVEN a message without a From header WHEN parsed THEN it is malformed', async () => {
    await expect(
      parseEmail(new TextEncoder().encode('To: a@example.com\r\nSubject: x\r\n\r\nhi\r\n')),
    ).rejects.toThrow(/no From header/);
  });
});

describe('reply text', () => {
  it.each([
    ['Thanks!\n\nOn Tue, 3 Mar 2026 at 10:00, Sales <s@x.io> wrote:\n> Hi', 'Thanks!'],
    ['Ja.\n\nAm 03.03.2026 um 10:00 schrieb Sales <s@x.io>:\n> Hallo', 'Ja.'],
    ['Oui\n\nLe 3 mars 2026 à 10:00, Sales <s@x.io> a écrit :\n> Bonjour', 'Oui'],
    ['Yes\n-----Original Message-----\nFrom: s@x.io', 'Yes'],
    ['Sure\n\nOn Tue, 3 Mar 2026 at 10:00, A Very Long Name <s@x.io>\nwrote:\n> Hi', 'Sure'],
    ['Fine\n> quoted\n>\n> more quoted\n', 'Fine'],
  ])('GIVEN %j WHEN the quoted history is stripped THEN %j remains', (text, expected) => {
    expect(stripQuotedHistory(text)).toStrictEqual({ text: expected, stripped: true });
  });

  it('GIVEN an inline quote followed by an answer WHEN stripped THEN the interleaved answer stays', () => {
    const text = '> Can you do Thursday?\nYes, Thursday works.';
    expect(stripQuotedHistory(text)).toStrictEqual({ text, stripped: false });
  });

  it('GIVEN HTML with a script, a style and entities WHEN reduced to text THEN nothing runs and the text reads', () => {
    expect(
      htmlToText('<style>p{}</style><p>A &amp; B</p><script>alert(1)</script><div>C&nbsp;D<br>E</div>'),
    ).toBe('A & B\nC D\nE');
    expect(htmlToText('<p>unterminated <script>alert(1)')).toBe('unterminated');
  });

  it('GIVEN text decoded as Latin-1 with C1 controls WHEN repaired THEN the windows-1252 characters come back', () => {
    expect(repairWindows1252('\u0080 \u201e\u0084')).toBe('€ „„');
  });
});

describe('SES verdicts', () => {
  it('GIVEN the default policy WHEN a virus is found THEN the message is dropped; a spam FAIL is flagged', () => {
    expect(applyVerdicts({ virus: 'FAIL', spam: 'PASS' }, DEFAULT_VERDICT_POLICY)).toStrictEqual({
      drop: 'virus',
      flags: [],
    });
    expect(
      applyVerdicts({ spam: 'FAIL', spf: 'GRAY', dkim: 'PASS', dmarc: 'NONE' }, DEFAULT_VERDICT_POLICY),
    ).toStrictEqual({
      drop: undefined,
      flags: ['spam:FAIL', 'spf:GRAY'],
    });
  });

  it('GIVEN EMAIL_VERDICT_SPAM=drop WHEN configured THEN spam drops; a bad value fails the cold start naming it', () => {
    const policy = verdictPolicyFrom({ EMAIL_VERDICT_SPAM: 'drop' });
    expect(applyVerdicts({ spam: 'FAIL' }, policy).drop).toBe('spam');
    expect(() => verdictPolicyFrom({ EMAIL_VERDICT_DKIM: 'ignore' })).toThrow(/EMAIL_VERDICT_DKIM/);
  });
});
