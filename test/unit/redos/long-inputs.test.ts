import { describe, expect, it } from 'vitest';
import { parseDraft, topicOf } from '../../../functions/agents/email/email';
import { replyToAddress } from '../../../functions/agents/email/tracking';
import { TIME_AT } from '../../../functions/assistant/grammar/schedule-pieces';
import { parsePrompt } from '../../../functions/assistant/parser';
import { localStackEndpoint } from '../../../infra/localstack';
import { parseTemplate } from '../../../statemachines/references';
import { log, only, workflow } from '../../support/validate-fixtures';

// Each input is a long run of the character the ReDoS lint named for the pattern that used to read it. A
// super-linear pattern takes minutes on 100k characters (the test times out); a linear one returns at once.
const N = 100_000;
const run = (c: string, n = N) => c.repeat(n);

describe('patterns that read outside input stay linear on 100k characters', () => {
  it('GIVEN a template with an unclosed "{{" and 100k spaces WHEN parsed THEN it is one text part', () => {
    const text = `{{${run(' ')}x`;
    expect(parseTemplate(text)).toStrictEqual([{ kind: 'text', text }]);
    expect(parseTemplate(`{{ ${run(' ')}trigger.lead.email${run(' ')} }}`)).toStrictEqual([
      {
        kind: 'ref',
        ref: { expression: 'trigger.lead.email', root: 'trigger', segments: ['lead', 'email'] },
      },
    ]);
  });

  it('GIVEN a step input and a condition path with 100k spaces inside braces WHEN validated THEN the reference problems are reported', () => {
    const def = workflow([
      {
        id: 'c',
        if: { path: `{{ ${run(' ')}trigger.lead.value`, gt: 1 },
        then: [log('a', `{{ ${run(' ')}`)],
      },
    ]);
    expect(only(def).map((i) => i.code)).toContain('bad-reference');
  });

  it('GIVEN an instruction of 100k spaces after "about" WHEN its topic is read THEN the topic is returned', () => {
    expect(topicOf(`Write about ${run(' ')}pricing`)).toMatch(/pricing$/i);
    expect(topicOf(`Write a note about${run(' ')}\nx`).length).toBeGreaterThan(0);
    expect(topicOf(`${run('!')}x`).length).toBeGreaterThan(0);
  });

  it('GIVEN model replies of 100k "{" or 100k spaces after "Subject:" WHEN read as a draft THEN none is found, and a real one is', () => {
    expect(parseDraft(run('{'))).toBeUndefined();
    expect(parseDraft(`Subject:${run(' ')}`)).toBeUndefined();
    expect(parseDraft(`Subject: ${run(' ')}Hello${run(' ')}\n\nBody`)).toStrictEqual({
      subject: 'Hello',
      body: 'Body',
    });
    expect(parseDraft(`Sure! {"subject":"Hi","body":"There"} ${run('}')}`)).toBeUndefined();
    expect(parseDraft('Sure! {"subject":"Hi","body":"There"}')).toStrictEqual({
      subject: 'Hi',
      body: 'There',
    });
  });

  it('GIVEN a From address of 100k "<" WHEN the reply-to address is made THEN it is returned without a tracking tag', () => {
    expect(replyToAddress(run('<'), 'id1')).toBe(run('<'));
    expect(replyToAddress(`Ann ${run('<')}<ann@acme.com>`, 'id1')).toBe('ann+r-id1@acme.com');
  });

  it('GIVEN an endpoint ending in 100k slashes then a letter, or only slashes WHEN read THEN only trailing slashes go', () => {
    expect(localStackEndpoint({ AWS_ENDPOINT_URL: `http://h${run('/')}x` })).toBe(`http://h${run('/')}x`);
    expect(localStackEndpoint({ AWS_ENDPOINT_URL: `http://h:4566${run('/')}` })).toBe('http://h:4566');
  });
});

describe('the assistant bounds its input before any grammar runs', () => {
  it('GIVEN a 100k-character request WHEN parsed THEN it is refused for its length', () => {
    for (const c of [' x', 'a', '1 , ', '{', 'and then ']) {
      const result = parsePrompt(run(c, N / c.length));
      expect(result).toMatchObject({
        ok: false,
        problems: ['The description is longer than 2000 characters'],
      });
    }
  });

  it('GIVEN requests at the 2,000-character bound made of the runs the lint names WHEN parsed THEN each gives an answer', () => {
    const runs = ['.', ',', ';', '1', 'a', '1 , ', 'then ', 'and ', '{{', "'"];
    const leads = [
      '',
      'when a lead is created, send an email about ',
      'every day at ',
      'wait until ',
      'then get ',
    ];
    for (const lead of leads)
      for (const c of runs) {
        const result = parsePrompt(`${lead}${c.repeat(Math.floor((1990 - lead.length) / c.length))}x`);
        expect(typeof result.ok).toBe('boolean');
      }
  });

  it('GIVEN a list of times with runs of separators WHEN matched THEN the first time is read', () => {
    const m = TIME_AT.exec(`at 9 ${run('and 1 , ', 1000)}`);
    expect(m?.[1]).toBe('9');
  });
});
