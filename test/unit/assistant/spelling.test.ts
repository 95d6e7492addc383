import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../../../functions/assistant/grammar/spelling';
import { activeVoice } from '../../../functions/assistant/grammar/voice';

describe('misspelt key words', () => {
  it.each([
    ['When a lead is recieved, send a welcom email', 'When a lead is received, send a welcome email'],
    ['if an invoice isnt payed', 'if an invoice isnt paid'],
    ['new form submision', 'new form submission'],
    ['Every Wensday', 'Every Wednesday'],
    ['form submited on the site', 'form submitted on the site'],
    ['mondey 9am summary', 'monday 9am summary'],
    ['report on tusday', 'report on tuesday'],
  ])('GIVEN "%s" WHEN corrected THEN it reads "%s"', (typed, read) => {
    expect(correctSpelling(typed)).toBe(read);
  });

  it.each([
    'When a large deal comes in, tell Sarah',
    'email devops@acme.io and post in #salse',
    'call https://hooks.acme.com/leadz',
    "the lead doesn't reply, it is noted",
    'Notify Priya when Bookr sends a webhook',
    'draft an answer and forward it to marco',
    'pass the draft to fridah for checking',
  ])(
    'GIVEN words that are not misspellings of key words ("%s") WHEN corrected THEN nothing changes',
    (typed) => {
      expect(correctSpelling(typed)).toBe(typed);
    },
  );
});

describe('passive voice and the subject first', () => {
  it.each([
    ['Leads who sign up should get a welcome email', 'When Leads sign up, send them a welcome email'],
    [
      'Meetings that get cancelled should trigger a Slack alert',
      'When Meetings get cancelled, send a Slack alert',
    ],
    ['Any lead who replies should be tagged as engaged', 'When Any lead replies, tag them as engaged'],
    ['and the team must be told on Slack', 'and notify the team on Slack'],
    ['Tom should be notified', 'notify Tom'],
  ])('GIVEN "%s" WHEN put in the active voice THEN it reads "%s"', (written, read) => {
    expect(activeVoice(written)).toBe(read);
  });

  it('GIVEN a sentence with no modal WHEN put in the active voice THEN nothing changes', () => {
    expect(activeVoice('When a lead who came from LinkedIn replies, notify Tom')).toBe(
      'When a lead who came from LinkedIn replies, notify Tom',
    );
  });
});
