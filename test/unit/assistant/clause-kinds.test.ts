import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { NOUN_EVENT_CASES, PERSON_EVENT_CLASS, PERSON_EVENT_REFUSALS } from './classes/person-events';
import { POLITE_REPORT_CLASS } from './classes/polite-reports';
import { PORTION_REFUSALS, PURPOSE_CLASS } from './classes/purposes';
import { TEAM_REMINDER_CLASS } from './classes/team-reminders';
import { TRIGGER_CONDITION_CLASS } from './classes/trigger-conditions';
import { misread } from './misread';

/** Clause kinds read wherever they stand (session 29, h8): reminders to one of ours, events said of a person, records named by purpose,
 * many records picked out by what no grammar reads. */

describe('scheduled reminders to one of ours, every schedule × whom × verb form × what it says × place × words around', () => {
  it.each([...TEAM_REMINDER_CLASS])(
    'GIVEN every reminder "%s" WHEN parsed THEN each is the schedule and a team notification or a Slack post',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('a reminder to one of ours, read in full', () => {
  it('GIVEN two names WHEN parsed THEN each is notified with what the reminder says', () => {
    const result = parsePrompt('Every Friday, remind Sam and Priya to send the newsletter');
    expect(
      result.ok && result.definition.steps.map((s) => ('input' in s ? s.input : undefined)),
    ).toStrictEqual([
      { text: 'Reminder: send the newsletter', member: 'Sam' },
      { text: 'Reminder: send the newsletter', member: 'Priya' },
    ]);
  });

  it('GIVEN what it says before the channel WHEN parsed THEN it is posted there with that text', () => {
    const result = parsePrompt('each morning post a reminder about the rota in #volunteers');
    expect(
      result.ok && result.definition.steps.map((s) => ('input' in s ? s.input : undefined)),
    ).toStrictEqual([{ text: 'Reminder: the rota', channel: '#volunteers' }]);
  });

  it('GIVEN "on slack" after what it says WHEN parsed THEN it is where the team is told (a Slack post), not part of the text', () => {
    const result = parsePrompt('every friday remind the team about the newsletter on slack');
    expect(result.ok && result.definition.steps.map((s) => ('action' in s ? s.action : ''))).toStrictEqual([
      'notify.slack',
    ]);
    expect(
      result.ok && result.definition.steps.map((s) => ('input' in s ? s.input : undefined)),
    ).toStrictEqual([{ text: 'Reminder: the newsletter' }]);
  });
});

describe('reminders that are not to one of ours, or that carry what no step can do', () => {
  it.each([
    ['every Friday remind the donors to give', 'remind the donors'],
    ['every Friday remind the customers to pay', 'remind the customers'],
    ['every Friday remind them to pay', 'remind them'],
    ['every Friday remind the coaches with kids under 10 to bring water', 'with kids under 10'],
    ['every Friday at 4 remind Sam to send the newsletter if it is raining', 'if it is raining'],
  ])('GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"', (prompt, quoted) => {
    const result = parsePrompt(prompt);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
  });
});

describe('events said of a person, every person noun × verb form × introducing word × action', () => {
  it.each([...PERSON_EVENT_CLASS])(
    'GIVEN every event "%s" WHEN parsed THEN each starts on the event the verb means and does the action',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it('GIVEN the thing given or the joining said as a noun WHEN parsed THEN each starts on its event', () => {
    expect(misread(NOUN_EVENT_CASES)).toStrictEqual([]);
  });

  it.each(PERSON_EVENT_REFUSALS)(
    'GIVEN "%s", a verb of a person that is no event WHEN parsed THEN it is refused, quoting "%s"',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
    },
  );
});

describe('records named by what they are for, every purpose × event or records in bulk × action × introduction', () => {
  it.each([...PURPOSE_CLASS])(
    'GIVEN every request about a "%s" invoice WHEN parsed THEN the head noun decides the record and the purpose tests nothing',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );

  it.each(PORTION_REFUSALS)(
    'GIVEN "%s", a part of a payment that picks some invoices out WHEN parsed THEN it is refused, quoting "%s"',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
    },
  );
});

describe('a group picked out by words no grammar reads', () => {
  it.each([
    ['every Friday remind everyone with a birthday this week', 'with a birthday this week'],
    ['every Friday email every family with a child in year 6', 'with a child in year 6'],
    ['every Monday email all members with a lapsed membership', 'with a lapsed membership'],
    ['every Monday notify everyone on the rota', 'on the rota'],
  ])(
    'GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s", never done for all of them',
    (prompt, quoted) => {
      const result = parsePrompt(prompt);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.problems.join('\n')).toContain(quoted);
    },
  );
});

describe('conditions read as part of the trigger, every qualified event × joint × second test × action × other branch', () => {
  it.each([...TRIGGER_CONDITION_CLASS])(
    'GIVEN every request on "%s" and a second test WHEN parsed THEN both are one condition with its other branch',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});

describe('reports asked politely or as a question, every period × destination × framing, and the writer as who gets it', () => {
  it.each([...POLITE_REPORT_CLASS])(
    'GIVEN every %s report asked politely WHEN parsed THEN each is the schedule, a summary and its delivery',
    (_group, cases) => {
      expect(misread(cases)).toStrictEqual([]);
    },
  );
});
