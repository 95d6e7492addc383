import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { corrected } from '../../../functions/assistant/grammar/corrections';
import { correctSpelling } from '../../../functions/assistant/grammar/spelling';
import { canonical, SURFACE_PATTERNS } from '../../../functions/assistant/grammar/surface';
import { parsePrompt } from '../../../functions/assistant/parser';
import { SURFACE_REFUSALS, surfaced } from './classes/surface';
import { misread } from './misread';

/** What is typed or dictated → the canonical words the grammars read (grammar/surface.ts, grammar/corrections.ts). */
const CANONICAL: readonly (readonly [said: string, canonical: string])[] = [
  [
    'when a new lead comes in pleaseee send them a welcome email!!!',
    'when a new lead comes in please send them a welcome email!',
  ],
  [
    'okay so basically when a lead replies, you know, notify the team',
    'when a lead replies, notify the team',
  ],
  ['um so when someone books uh send them the agenda', 'when someone books send them the agenda'],
  [
    'right so every friday at five thirty p m post a summary in #ops',
    'every friday at 5:30pm post a summary in #ops',
  ],
  ['every weekday at eight oh five a m post it', 'every weekday at 8:05am post it'],
  ['every day at seven a.m. post it', 'every day at 7am post it'],
  ['every day at six in the evening email me the report', 'every day at 6pm email me the report'],
  ['every day at 9 at night email me the report', 'every day at 9pm email me the report'],
  [
    'when an invoice is paid like mark the lead as customer',
    'when an invoice is paid mark the lead as customer',
  ],
  [
    'when a deal worth over a grand comes in ping hash sales',
    'when a deal worth over 1 grand comes in ping #sales',
  ],
  ['invoice them for forty quid', 'invoice them for forty pounds'],
  ['invoice them for two hundred and fifty pounds', 'invoice them for 250 pounds'],
  ['invoice them for a hundred and fifty euros', 'invoice them for 150 euros'],
  ['on the fifteenth of every month, or the twenty first', 'on the 15th of every month, or the 21st'],
  ['wait three days no wait make that ten days then send a reminder', 'wait ten days then send a reminder'],
  ['wait 3 days, no wait, 5 then send a reminder', 'wait 5 days then send a reminder'],
  ['every monday at 9am Perth time sorry Brisbane time post it', 'every monday at 9am Brisbane time post it'],
  ['every monday at 9am sorry 10am post it', 'every monday at 10am post it'],
  ['every monday at 9 I mean 10 post it', 'every monday at 10 post it'],
  ['if it is over 5k, no wait, 10k, notify me', 'if it is over 10k, notify me'],
  [
    "if they haven't paid within fourteen sorry twenty one days send a reminder",
    "if they haven't paid within 21 days send a reminder",
  ],
  ['unpaid after a week no make that two weeks notify me', 'unpaid after two weeks notify me'],
  ['when a deal is won I mean customer status email them', 'when a deal is customer email them'],
  ['when a booking comes in text me no actually email me', 'when a booking comes in email me'],
  ['every month on the first send the report', 'every month on the 1st send the report'],
  ['on the first monday, first send them the agenda', 'on the first monday, first send them the agenda'],
  ['every day seven thirty in the morning email me', 'every day 7:30am email me'],
  ['when a lead comes in tell #sales sorry #ops', 'when a lead comes in tell #ops'],
  ['when a lead is marked as won I mean lost email them', 'when a lead is marked as lost email them'],
  ['notify the sales team I mean the support team', 'notify the support team'],
  ['when a lead comes in email them actually scratch that add a note', 'when a lead comes in add a note'],
  ['new lead colon send them a welcome email question mark', 'new lead: send them a welcome email?'],
  ['reply saying quote thanks for booking end quote', 'reply saying "thanks for booking"'],
  ['email anna at acme dot com', 'email anna@acme.com'],
  [
    'when a lead comes in number one email them number two add a note',
    'when a lead comes in 1) email them 2) add a note',
  ],
  [
    'when a lead comes in bullet point email them bullet point add a note',
    'when a lead comes in, email them, add a note',
  ],
  [
    'when a lead comes in email them second add a note finally tag them',
    'when a lead comes in email them, second add a note, finally tag them',
  ],
  ['when a lead comes in email them oh and add a note', 'when a lead comes in email them and add a note'],
  ['send a second email, the next reminder', 'send a second email, the next reminder'],
  // what is not noise stays
  [
    'we have a grand opening, send a sorry email to the ER team',
    'we have a grand opening, send a sorry email to the ER team',
  ],
  [
    "what kind of lead, I'd like to send a reminder, let you know",
    "what kind of lead, I'd like to send a reminder, let you know",
  ],
  ['right away send it, so that nobody waits', 'right away send it, so that nobody waits'],
  ['when they actually reply send a thank you', 'when they actually reply send a thank you'],
  ['send them "um, like, whatever" as the text', 'send them "um, like, whatever" as the text'],
  ['book a colon screening, visit www.example.com', 'book a colon screening, visit www.example.com'],
];

describe('the surface people type and dictate, read once before the grammars', () => {
  it.each(CANONICAL)('GIVEN "%s" WHEN put in canonical words THEN it reads "%s"', (said, text) => {
    expect(canonical(said).text).toBe(text);
    expect(canonical(said).unclear).toBeUndefined();
  });

  it('GIVEN the surface patterns, some built from word lists WHEN analysed as built THEN none is polynomial or exponential', () => {
    const reports = SURFACE_PATTERNS.flatMap((re) => analyse({ source: re.source, flags: re.flags }).reports);
    expect(reports.map((r) => r.type)).toStrictEqual([]);
  });

  it('GIVEN a letter typed twice or two letters swapped WHEN the spelling is read THEN the one known word is back, and names are left', () => {
    expect(correctSpelling('when an invoice is paaid and a new leaad coems in add a notte')).toBe(
      'when an invoice is paid and a new lead comes in add a note',
    );
    for (const kept of ['tell anna', 'ask Jessica', 'post in #zzz', 'email bob@acme.com', 'the committee'])
      expect(correctSpelling(kept)).toBe(kept);
  });

  it('GIVEN a correction whose corrected words cannot be told WHEN read THEN it is refused, quoting them', () => {
    for (const said of [
      'When a new lead comes in, send them a welcome email no wait',
      'When a new lead comes in, send them a welcome email I mean the thing',
    ]) {
      const result = parsePrompt(said);
      expect(result.ok, said).toBe(false);
      expect(result.ok ? '' : result.problems.join(' '), said).toContain('correction');
    }
    expect(corrected('send them the agenda I mean the thing').unclear).toBeDefined();
  });

  it('GIVEN a request refused after its surface was read WHEN the refusal quotes it THEN it quotes the writer’s own words', () => {
    const result = parsePrompt('every monday at seven a m frobnicate the widgets');
    expect(result.ok).toBe(false);
    const said = result.ok ? '' : [...result.problems, ...result.notUnderstood].join(' ');
    expect(said).toContain('frobnicate');
    expect(said).not.toContain('7am');
    expect(canonical('every monday at seven a m frobnicate it').writers('7am frobnicate')).toBe(
      'seven a m frobnicate',
    );
  });

  it('GIVEN spoken requests crossing surface × class WHEN parsed THEN each is the workflow written plainly', () => {
    expect(parsePrompt('every monday at nine a m Sydney time post the summary in #ops').ok).toBe(true);
    const cases = [...surfaced(6)].filter(([name]) => name !== 'no punctuation at all').flatMap(([, c]) => c);
    expect(cases.length).toBeGreaterThan(700);
    expect(misread(cases)).toStrictEqual([]);
  });

  it('GIVEN requests with no punctuation at all WHEN parsed THEN none comes back as a different workflow', () => {
    const cases = surfaced(6).get('no punctuation at all') ?? [];
    expect(cases.length).toBeGreaterThan(40);
    const wrong = cases.filter((c) => parsePrompt(c[0]).ok && misread([c]).length > 0);
    expect(wrong.map(([p]) => p)).toStrictEqual([]);
  });

  it('GIVEN refusals re-said in each surface, and corrections that cannot be placed WHEN parsed THEN all are refused', () => {
    const read = SURFACE_REFUSALS.filter((p) => parsePrompt(p).ok);
    expect(read).toStrictEqual([]);
  });
});
