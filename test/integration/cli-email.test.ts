import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../cli/command';
import { command, EMAIL_EXIT, receiveEmail } from '../../cli/email';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';
import { FIXTURES_DIR } from '../support/email-fixtures';

let rt: LocalRuntime;
const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
};
const fixture = (name: string) => join(FIXTURES_DIR, `${name}.eml`);

beforeAll(async () => {
  rt = await startLocalRuntime({ port: 0, clock: 'virtual', log: () => {}, env: {} });
});
afterAll(async () => rt.stop());

describe('dynaris email receive', () => {
  it('GIVEN a real reply .eml WHEN received THEN exit 0 and the email.received event id on stdout', async () => {
    const c = io();
    const code = await receiveEmail(fixture('apple-mail-reply'), { url: rt.url, apiKey: rt.apiKey }, c.io);
    expect(code).toBe(EMAIL_EXIT.accepted);
    expect(c.out).toStrictEqual([expect.stringMatching(/^em-[0-9a-f]{40}$/)]);
  });

  it('GIVEN a bounce WHEN received THEN exit 1 with the reason on stderr', async () => {
    const c = io();
    const code = await receiveEmail(fixture('bounce-dsn'), { url: rt.url }, c.io, {
      DYNARIS_API_KEY: rt.apiKey,
    });
    expect(code).toBe(EMAIL_EXIT.dropped);
    expect(c.err.join('\n')).toMatch(/422: .*bounce/);
  });

  it('GIVEN a missing file or no API key WHEN run THEN exit 2 naming the problem; no file at all is a usage error', async () => {
    const missing = io();
    expect(await receiveEmail('/nope.eml', { apiKey: 'k' }, missing.io, {})).toBe(EMAIL_EXIT.error);
    expect(missing.err.join()).toMatch(/cannot read \/nope.eml: ENOENT/);
    const nokey = io();
    expect(await receiveEmail(fixture('gmail-reply'), {}, nokey.io, {})).toBe(EMAIL_EXIT.error);
    expect(nokey.err.join()).toMatch(/DYNARIS_API_KEY/);
    expect(await runCommand(command, [])).toBe(2);
  });
});
