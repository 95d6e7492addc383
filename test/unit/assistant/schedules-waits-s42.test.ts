import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { notRefused, triggersOf } from './misread';

describe('a time said relative to the team’s own recurring event (grammar/team-events.ts)', () => {
  it('GIVEN a time before or after the weekly staff meeting, the Friday toolbox talk or the board meeting, from several trades, WHEN parsed THEN it is refused quoting it, never a Monday 9am schedule', () => {
    expect(
      notRefused([
        [
          'An hour after the weekly staff meeting post the minutes in slack',
          'an hour after the weekly staff meeting',
        ],
        [
          '2 hours after the monthly board meeting email the notes to the board',
          '2 hours after the monthly board meeting',
        ],
        [
          'the day after the weekly team meeting remind everyone on slack to update the tracker',
          'the day after the weekly team meeting',
        ],
        ['after the weekly meeting post the actions in slack', 'after the weekly meeting'],
        [
          '30 mins before the friday toolbox talk, remind the site crew on slack to bring their PPE',
          'before the friday toolbox talk',
        ],
        [
          'straight after our monthly committee meeting, email the minutes to the members',
          'after our monthly committee meeting',
        ],
        [
          'half an hour ahead of the morning huddle post the day’s jobs in #ops',
          'ahead of the morning huddle',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a client’s meeting or booking, a meeting as the message’s subject, or the event’s own day and time (twins) WHEN parsed THEN they are read as before', () => {
    const read = [
      'an hour after a client meeting finishes, email them a thank you',
      '24 hours before the appointment, email the client a reminder',
      'every monday at 7pm send the committee a slack message about the fixtures meeting',
      'every monday at 9 post in #warehouse reminding everyone to do the weekly stock count',
      'Every Friday at 4pm post a weekly summary in #sales',
    ].filter((p) => !parsePrompt(p).ok);
    expect(read).toStrictEqual([]);
  });
});

describe('days of the week in Dutch, German, French or Spanish (grammar/day-names.ts)', () => {
  it('GIVEN a day said in another language before a time or after a word of recurrence WHEN parsed THEN the schedule runs on that day, not every day', () => {
    expect(
      triggersOf([
        ['maandag 9:00: post the bookings for this week in slack', 'cron(0 9 ? * MON *)'],
        ['every vendredi at 5pm post in slack to log hours', 'cron(0 17 ? * FRI *)'],
        ['lunes 8am email the team the list of overdue invoices', 'cron(0 8 ? * MON *)'],
        ['cada domingo at 6pm post the week’s bookings in slack', 'cron(0 18 ? * SUN *)'],
        ['jeden Donnerstag at 7am remind the team on slack to order stock', 'cron(0 7 ? * THU *)'],
        ['elke woensdag at 10, post in slack to water the plants', 'cron(0 10 ? * WED *)'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN Domingo as a person, or Mardi Gras (twins) WHEN parsed THEN no day is read from them', () => {
    expect(
      triggersOf([['every day at 9 email Domingo the overdue invoices', 'cron(0 9 * * ? *)']]),
    ).toStrictEqual([]);
    expect(parsePrompt('on mardi gras at 10am post in slack that we close early').ok).toBe(false);
  });
});
