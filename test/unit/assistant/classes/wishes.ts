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
