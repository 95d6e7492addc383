import type { Case } from '../table/case';

/**
 * The rule asked for as a question, a polite or indirect request, or said in the passive voice: every trigger ×
 * action (in each of its voices) × frame. The frame changes how it is asked, never what is asked: each wording must
 * come back as its trigger and its one action.
 */

const TRIGGERS: readonly (readonly [clause: string, trigger: string])[] = [
  ['a new lead comes in', 'lead.created'],
  ['a booking is cancelled', 'booking.cancelled'],
  ['an invoice is paid', 'invoice.paid'],
  ['someone books a call', 'booking.created'],
];

/** One action in the voices a frame needs: imperative, "is done", "should be done", "could be done", "would". */
interface Voiced {
  readonly imperative: string;
  readonly is: string;
  readonly should: string;
  readonly could: string;
  readonly would: string;
  readonly outline: string;
}

const ACTIONS: readonly Voiced[] = [
  {
    imperative: 'notify the team',
    is: 'the team is notified',
    should: 'the team should be notified',
    could: 'the team could be notified',
    would: 'the team would be notified',
    outline: 'notify.team',
  },
  {
    imperative: 'post a Slack message to #sales',
    is: '#sales gets a Slack message',
    should: '#sales should get a Slack message',
    could: '#sales could get a Slack message',
    would: '#sales would get a Slack message',
    outline: 'notify.slack',
  },
  {
    imperative: 'add a note to their record',
    is: 'a note is added to their record',
    should: 'a note should be added to their record',
    could: 'a note could be added to their record',
    would: 'a note would be added to their record',
    outline: 'crm.addNote',
  },
  {
    imperative: 'let Anna know',
    is: 'Anna is told',
    should: 'Anna should be told',
    could: 'Anna could be told',
    would: 'Anna would be told',
    outline: 'notify.team',
  },
];

type Frame = (trigger: string, action: Voiced) => string;

const FRAMES: Readonly<Record<string, Frame>> = {
  'Could we …?': (t, a) => `Could we ${a.imperative} when ${t}?`,
  'Can you set it up so that … is done?': (t, a) => `Can you set it up so that ${a.is} when ${t}?`,
  'Would it be possible to …?': (t, a) => `Would it be possible to ${a.imperative} whenever ${t}?`,
  'Is it possible to …?': (t, a) => `Is it possible to ${a.imperative} when ${t}?`,
  "I'd love it if we could …": (t, a) => `I'd love it if we could ${a.imperative} when ${t}.`,
  'It would be great if … could be done': (t, a) => `It would be great if ${a.could} when ${t}.`,
  'Ideally, when …, … would be done': (t, a) => `Ideally, when ${t}, ${a.would}.`,
  'Any chance we could …?': (t, a) => `Any chance we could ${a.imperative} when ${t}?`,
  'Can you help us …?': (t, a) => `Can you help us ${a.imperative} when ${t}?`,
  'the passive: when …, … should be done': (t, a) => `When ${t}, ${a.should}.`,
  'the passive after the trigger: when …, … is done': (t, a) => `When ${t}, ${a.is}.`,
};

export const WISH_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  Object.entries(FRAMES).map(([name, frame]): [string, Case[]] => [
    name,
    TRIGGERS.flatMap(([clause, trigger]) =>
      ACTIONS.map((action): Case => [frame(clause, action), trigger, action.outline]),
    ),
  ]),
);

/** What "we" would get, asked for: a message for us, or for the channel named. */
const WE_GET: readonly (readonly [message: string, outline: string])[] = [
  ['a Slack ping in #sales', 'notify.slack'],
  ['a message in #ops', 'notify.slack'],
  ['a Slack message', 'notify.slack'],
  ['an email', 'notify.team'],
  ['a notification', 'notify.team'],
  ['a heads-up', 'notify.team'],
];

const WE_GET_FRAMES: Readonly<Record<string, (trigger: string, message: string) => string>> = {
  'Could we get …?': (t, m) => `Could we get ${m} when ${t}?`,
  'Can we get … whenever …?': (t, m) => `Can we get ${m} whenever ${t}?`,
  'Is it possible to get …?': (t, m) => `Is it possible to get ${m} when ${t}?`,
  'Would it be possible to get …?': (t, m) => `Would it be possible to get ${m} when ${t}?`,
  'Any chance we could get …?': (t, m) => `Any chance we could get ${m} when ${t}?`,
};

/** Who "gets notified", asked for: the passive with get. */
const GETS_NOTIFIED_FRAMES: Readonly<Record<string, (trigger: string, who: string) => string>> = {
  'Can you make it so … gets notified?': (t, w) => `Can you make it so ${w} gets notified when ${t}?`,
  'It would be great if … got notified': (t, w) => `It would be great if ${w} got notified when ${t}.`,
  'Could we set it up so … gets told?': (t, w) => `Could we set it up so that ${w} gets told when ${t}?`,
};

/** "Could we get a Slack ping in #sales when …?", "Can you make it so the team gets notified when …?". */
export const WE_GET_CLASS: ReadonlyMap<string, readonly Case[]> = new Map([
  ...Object.entries(WE_GET_FRAMES).map(([name, frame]): [string, Case[]] => [
    name,
    TRIGGERS.flatMap(([clause, trigger]) =>
      WE_GET.map(([message, outline]): Case => [frame(clause, message), trigger, outline]),
    ),
  ]),
  ...Object.entries(GETS_NOTIFIED_FRAMES).map(([name, frame]): [string, Case[]] => [
    name,
    TRIGGERS.flatMap(([clause, trigger]) =>
      ['the team', 'Anna', 'our sales manager'].map(
        (who): Case => [frame(clause, who), trigger, 'notify.team'],
      ),
    ),
  ]),
]);

/** A scheduled summary said in the passive: "Every Monday at 9am, a summary of new leads should be sent to the team". */
const REPORT_SCHEDULES: readonly (readonly [said: string, cron: string])[] = [
  ['Every Monday at 9am', 'cron(0 9 ? * MON *)'],
  ['Every day at 5pm', 'cron(0 17 * * ? *)'],
  ['On Fridays at 4pm', 'cron(0 16 ? * FRI *)'],
];
const REPORT_DESTINATIONS: readonly (readonly [said: string, outline: string])[] = [
  ['sent to the team', 'report.summarize; notify.team'],
  ['posted in #sales', 'report.summarize; notify.slack'],
  ['emailed to me', 'report.summarize; notify.team'],
];

export const PASSIVE_REPORT_CLASS: ReadonlyMap<string, readonly Case[]> = new Map(
  ['new leads', "this week's bookings", 'unpaid invoices', 'the week'].map((noun): [string, Case[]] => [
    `a summary of ${noun} should be …`,
    REPORT_SCHEDULES.flatMap(([schedule, cron]) =>
      REPORT_DESTINATIONS.flatMap(([destination, outline]): Case[] => [
        [`${schedule}, a summary of ${noun} should be ${destination}.`, cron, outline],
        [`A summary of ${noun} should be ${destination} ${schedule.toLowerCase()}.`, cron, outline],
      ]),
    ),
  ]),
);
