import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused, triggersOf } from './misread';

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

describe('a wait until a set time before a record’s own time, said with its verb (grammar/booking-times.ts)', () => {
  it('GIVEN “wait until/till N before the due date / it’s due / the appointment” from several trades WHEN parsed THEN the wait runs until that long before the invoice’s due date or the booking’s start', () => {
    expect(
      misread([
        [
          'When an invoice is created, wait until 3 days before it’s due then send a reminder',
          'invoice.created',
          'wait(until-P3D); invoice.sendReminder',
        ],
        [
          'invoice issued → wait till 2 days before the due date → send a payment reminder',
          'invoice.created',
          'wait(until-P2D); invoice.sendReminder',
        ],
        [
          'when an invoice is sent, wait till it’s due and then send a reminder',
          'invoice.created',
          'wait(until); invoice.sendReminder',
        ],
        [
          'When an invoice is created, wait until 1 day before the due date then post in #accounts',
          'invoice.created',
          'wait(until-P1D); notify.slack',
        ],
        [
          'When someone books a lesson, wait till 24 hours before the lesson starts, then email them a reminder',
          'booking.created',
          'wait(until-PT24H); email.send',
        ],
        [
          'when a client books, wait until an hour before their appointment then send them a reminder email',
          'booking.created',
          'wait(until-PT1H); email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a wait before a due date with no invoice to run on, or until a day of the week or the end of the month (twins) WHEN parsed THEN they are refused', () => {
    expect(
      notRefused([
        [
          'When a lead comes in, wait until 2 days before the due date, then email them',
          'does not start from an invoice',
        ],
        [
          'When an invoice is created, wait until 3 days before the end of the month then send a reminder',
          '3 days before the end of the month',
        ],
        [
          'When an invoice is created, wait until 3 days before friday then send a reminder',
          '3 days before friday',
        ],
      ]),
    ).toStrictEqual([]);
    // "wait until 14 days" is a learner's "wait 14 days", as before
    expect(
      misread([
        [
          'when a client books, wait until 14 days, then send them a reminder email',
          'booking.created',
          'wait(P14D); email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('a time before or after any one booking, and the channel after the time (grammar/booking-times.ts)', () => {
  it('GIVEN “the day before an install”, “an hour after a booked install finishes”, “remind customers 24 hrs before their appointment by email” from several trades WHEN parsed THEN the wait is moved before the booking’s start or after its end', () => {
    expect(
      misread([
        [
          'remind customers 24 hrs before their service appointment by email',
          'booking.created',
          'wait(until-PT24H); email.send',
        ],
        [
          'remind patients 2 days before their check-up by email',
          'booking.created',
          'wait(until-P2D); email.send',
        ],
        [
          'an hour after a booked install finishes send the customer a thank you',
          'booking.created',
          'wait(until+PT1H); email.send',
        ],
        [
          'the day before a tasting, email the guests the directions',
          'booking.created',
          'wait(until-P1D); email.send',
        ],
        [
          '2 hours after a tour finishes, email the guests a thank you',
          'booking.created',
          'wait(until+PT2H); email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a time after a booking is made or comes in (twins) WHEN parsed THEN it is a plain wait after the booking, never after its end', () => {
    expect(
      misread([
        ['Two days after a booking is made, email the attendee', 'booking.created', 'wait(P2D); email.send'],
        [
          '2 hrs after a class booking comes in send them the pre-class tips email',
          'booking.created',
          'wait(PT2H); email.send',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('time given to do something, in working days and with what is done (grammar/discourse.ts GIVE_TIME)', () => {
  it('GIVEN “give them N business days to book an appointment / pay the invoice / reply to it” from several trades WHEN parsed THEN it is a wait for that event, counted in business days, with the step after it on timeout', () => {
    expect(
      misread([
        [
          'after someone submits the finance application form give them 2 business days to book an appointment, if they dont, email them a nudge',
          'form.submitted',
          'waitFor(booking.created,2BD,timeout:[email.send])',
        ],
        [
          'when a new lead comes in, give them 3 working days to book a call, if they don’t, notify the team',
          'lead.created',
          'waitFor(booking.created,3BD,timeout:[notify.team])',
        ],
        [
          'when we email a quote give them 2 business days to reply to it, otherwise email them a follow up',
          'email.sent[message]',
          'waitFor(email.received,2BD,timeout:[email.send])',
        ],
        [
          'when a new lead comes in, give them 3 days to book in a consultation, if they don’t, email them',
          'lead.created',
          'waitFor(booking.created,P3D,timeout:[email.send])',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN time given with an action of ours after it and no comma (twin) WHEN parsed THEN it is refused, never read with the action as the outcome', () => {
    expect(
      parsePrompt(
        'when an invoice goes out give the client 10 business days to pay the invoice, if they don’t send a reminder',
      ).ok,
    ).toBe(false);
  });
});

describe('a reply awaited to a message named with “we send them” (grammar/asides.ts WE_ACT)', () => {
  it('GIVEN “doesn’t reply to an email / the quote / a message we send them within N (working) days” WHEN parsed THEN it waits for their reply to what we sent, never reading “we send them” as a step', () => {
    expect(
      misread([
        [
          'if a member doesnt reply to an email we send them within 3 business days, send a polite nudge',
          'email.sent[message]',
          'waitFor(email.received,3BD,timeout:[email.send])',
        ],
        [
          'if a patient doesn’t respond to a message we send them within 2 working days, notify the practice manager',
          'email.sent[message]',
          'waitFor(email.received,2BD,timeout:[notify.team])',
        ],
        [
          'if a buyer doesn’t reply to the quote we send them within 5 days, email them a follow up',
          'email.sent[message]',
          'waitFor(email.received,P5D,timeout:[email.send])',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN “we send them …” as our own step after a trigger (twins) WHEN parsed THEN it is still the step', () => {
    expect(
      misread([
        [
          'when a lead is lost we send the contact a survey',
          'lead.updated {"changes.status.to":["lost"]}',
          'email.send',
        ],
        ['new lead, we send them a welcome email', 'lead.created', 'email.send'],
      ]),
    ).toStrictEqual([]);
  });
});

describe('everyone reached on Slack is the team (grammar/channels.ts PEOPLE_ON_SLACK)', () => {
  it('GIVEN “remind everyone on slack”, “tell the whole office in slack” on a calendar position or an event WHEN parsed THEN one Slack message to the team (the last Friday of the month is 6L: day-of-week 1–7 from Sunday, EventBridge cron)', () => {
    expect(
      misread([
        [
          'last friday of the month 3pm remind everyone on slack to do the vinyl & media stock take',
          'cron(0 15 ? * 6L *)',
          'notify.slack',
        ],
        [
          'every friday at 3pm remind everyone in slack to submit timesheets',
          'cron(0 15 ? * FRI *)',
          'notify.slack',
        ],
        [
          'every morning at 8 tell the whole office in slack to check the jobs board',
          'cron(0 8 * * ? *)',
          'notify.slack',
        ],
        ['when a lead comes in remind everyone on slack to call them', 'lead.created', 'notify.slack'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN “remind everyone” with no Slack, on no schedule or event (twin) WHEN parsed THEN it is refused', () => {
    expect(parsePrompt('remind everyone to pay their invoice').ok).toBe(false);
  });
});

describe('a nested wait said with its own verb or “later” is counted from the step before (grammar/assemble.ts)', () => {
  it('GIVEN “then wait 5 days / give it another 3 days and if there’s still no reply”, or “… 4 days later” inside a first wait’s timeout, from several trades WHEN parsed THEN the inner wait is that long, never less the outer one', () => {
    expect(
      misread([
        [
          'after we email a lead wait 48h for a reply. no reply = send the second email, then give it another 3 days and if still nothing mark them lost',
          'email.sent[message]',
          'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P3D,timeout:[crm.updateLead])])',
        ],
        [
          'when we email a lead, if they don’t reply within 2 days send another email, then wait 5 days and if there’s still no reply notify the team',
          'email.sent[message]',
          'waitFor(email.received,P2D,timeout:[email.send; waitFor(email.received,P5D,timeout:[notify.team])])',
        ],
        [
          'when an invoice is sent, if it’s not paid within 7 days send a reminder, then wait 14 days and if it’s still unpaid notify the team',
          'invoice.created',
          'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P14D,timeout:[notify.team])])',
        ],
        [
          'new lead: if they don’t book within 3 days email them again, and if they still haven’t booked, notify sales 4 days later',
          'lead.created',
          'waitFor(booking.created,P3D,timeout:[email.send; waitFor(booking.created,P4D,timeout:[notify.team])])',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN “after 7 days …, and if still unpaid after 14 days” (twin) WHEN parsed THEN 14 days is from the start: the inner wait is 7 more days', () => {
    expect(
      misread([
        [
          'when an invoice is sent, if it’s not paid after 7 days send a reminder, and if it’s still unpaid after 14 days notify the team',
          'invoice.created',
          'waitFor(invoice.paid,P7D,timeout:[invoice.sendReminder; waitFor(invoice.paid,P7D,timeout:[notify.team])])',
        ],
      ]),
    ).toStrictEqual([]);
  });
});

describe('a booking named by what is booked, as the request’s first words (grammar/booking-times.ts OPENING_KIND)', () => {
  it('GIVEN “After a test drive booking, …”, “After a class booking, …”, “After a driving lesson booking, …” WHEN parsed THEN the run starts on every booking made', () => {
    expect(
      misread([
        [
          'After a test drive booking, wait until the appointment is over then send them a thank-you email',
          'booking.created',
          'wait(until); email.send',
        ],
        ['After a class booking, email them the timetable', 'booking.created', 'email.send'],
        ['After a driving lesson booking, email them the route', 'booking.created', 'email.send'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a word that picks some bookings out before “booking” (twins) WHEN parsed THEN it is not read as every booking', () => {
    for (const said of [
      'When a USD booking is made, notify the finance team',
      'After a group booking, email them the menu',
    ])
      expect(parsePrompt(said).ok).toBe(false);
  });
});
