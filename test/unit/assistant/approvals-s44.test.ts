import { describe, expect, it } from 'vitest';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Session 44 (a50), issue 16: approvals as people say them. MEANING: a person + a consent word + the step it guards
 * = the approval, then that step. Rows are composed from parts in other trades' words than the development rows.
 */

/** A person wanted to consent ("I want X to OK it", "… need X to approve"), with who is on duty said of them. */
const WANTED_PEOPLE = [
  'Aoife',
  'the vet on duty',
  'the manager on call',
  'our head chef',
  'Dr Haines',
] as const;
const WANTED_VERBS = ['I want {who} to OK it', 'I need {who} to approve it', "I'd like {who} to sign it off"];
const WANTED: readonly Case[] = WANTED_PEOPLE.flatMap((who, i) => {
  const verb = (WANTED_VERBS[i % WANTED_VERBS.length] ?? '').replace('{who}', who);
  return [
    [
      `when an invoice goes overdue ${verb} before the reminder goes out`,
      'invoice.overdue',
      'approval; invoice.sendReminder',
    ],
    [
      `when a new lead comes in ${verb} before we email them the price list`,
      'lead.created',
      'approval; email.send',
    ],
  ] as const;
});

/** "<requests> need X to approve before we <step>": the requests start it. */
const NEEDED: readonly Case[] = [
  [
    'repeat prescription requests (form) need the vet on duty to approve before we email the owner that it is ready',
    'form.submitted',
    'approval; email.send',
  ],
  [
    'new leads need the sales manager to approve before we book them a site visit',
    'lead.created',
    'approval; calendar.schedule',
  ],
];

/** A message said as the subject of its approval, then its fate: "the X email needs my ok first, then it goes to Y". */
const MESSAGE_NEEDS: readonly Case[] = [
  [
    'every Friday at 2pm the weekly landlord update email needs my ok first (dave@summitpm.com) and then it goes to landlords@summitpm.com',
    'cron(0 14 ? * FRI *)',
    'approval; email.send',
  ],
  [
    'every Monday at 9am the staff rota email needs approval from the practice manager and then it goes to staff@example.com',
    'cron(0 9 ? * MON *)',
    'approval; email.send',
  ],
  [
    "on the 1st of every month at 8am the owners newsletter needs Priya's sign-off, then it gets sent to owners@example.com",
    'cron(0 8 1 * ? *)',
    'approval; email.send',
  ],
  [
    'every Monday at 7am the staff rota email needs approval from the practice manager, then it gets sent to staff@example.com',
    'cron(0 7 ? * MON *)',
    'approval; email.send',
  ],
  [
    'when an invoice is created, Sam has to approve it before we email accounts@client.com a copy',
    'invoice.created',
    'approval; email.send',
  ],
  [
    "when a lead comes in, draft a reply. the reply needs Raj's sign-off before it goes out",
    'lead.created',
    'email.draft; approval; email.send',
  ],
];

/** The step after an approval said by us ("and then we reply"), and the yes said after its step. */
const AFTER: readonly Case[] = [
  [
    'when someone emails deposits@example.co.uk, Aisha needs to approve it and then we reply confirming',
    'email.received {"to":["deposits@example.co.uk"]}',
    'approval; email.send',
  ],
  [
    'when a lead comes in the partner has to sign it off and then we email them the engagement letter',
    'lead.created',
    'approval; email.send',
  ],
  [
    'when a viewing gets cancelled ask Mo if we should email the applicant a rebooking link, and send it if he says yes',
    'booking.cancelled',
    'approval; email.send',
  ],
  [
    'when a lesson is cancelled ask the head coach whether we should email them a makeup class link and send it if she approves',
    'booking.cancelled',
    'approval; email.send',
  ],
];

/**
 * Consent said by what waits for it: held until they sign it off, nothing goes out until they approve, run past
 * them before it goes, they decide whether; and the gate said as a post in a channel or a charge.
 */
const WAITS_FOR_THEM: readonly Case[] = [
  [
    'when a new lead comes in, draft a reply and hold it until Bernie has signed it off, then send it',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'when someone emails us, draft a reply. nothing goes out until the practice manager has approved it',
    'email.received',
    'email.draft; approval; email.send',
  ],
  [
    'whenever a new patient registers on the form, run the welcome pack past Dr Singh before it is emailed to them',
    'form.submitted',
    'approval; email.send',
  ],
  [
    'when an invoice is overdue, the office manager decides whether to send the reminder; if she says go ahead, send it',
    'invoice.overdue',
    'approval; invoice.sendReminder',
  ],
  [
    "every Monday at 7am the rota needs Claire's thumbs up before it gets posted in #staff",
    'cron(0 7 ? * MON *)',
    'approval; notify.slack',
  ],
  [
    'when a booking is cancelled, check with the practice manager before we charge them a $40 cancellation fee',
    'booking.cancelled',
    'approval; invoice.create',
  ],
];

/** A consent word inside a message to someone, with nothing guarded: the message, no approval. */
const MESSAGES: readonly Case[] = [
  [
    'each monday 8am uk time, ping Dr Patel to sign off the rota',
    'cron(0 8 ? * MON *) Europe/London',
    'notify.team',
  ],
  [
    'every friday at 4pm remind the site manager to approve the timesheets',
    'cron(0 16 ? * FRI *)',
    'notify.team',
  ],
];

/** Near misses: who cannot be told, nothing guarded, or no person. */
const TWINS_REFUSED: readonly (readonly [string, string])[] = [
  // "to the owner": one of ours or the client, which cannot be told
  [
    "every online booking needs Tash's approval before the confirmation email goes to the owner",
    'I did not understand',
  ],
  ['when a booking is made approve all bookings automatically', 'approve'],
  ['when a lead comes in tell Sam to approve it, then email them', 'approve'],
  ['when an invoice goes overdue I want Aoife to OK it', 'OK'],
  // a report: approved before or after it is written cannot be told
  ['every Friday at 4pm the weekly report needs my ok first and then it goes to boss@example.com', 'goes to'],
  // held until a time, not a person: no approval
  ['when a new lead comes in, draft a reply and hold it until Friday', 'hold it until Friday'],
  ['when a lead comes in, the customer decides whether to book a call', 'decides'],
];

describe('approvals as people say them (session 44)', () => {
  it('GIVEN a person wanted to consent ("I want Aoife to OK it", "I need the vet on duty to approve it") × the step after "before" WHEN parsed THEN the approval, then that step', () => {
    expect(misread(WANTED)).toStrictEqual([]);
  });

  it('GIVEN the records said as needing a person to approve ("requests need the vet on duty to approve before we …") WHEN parsed THEN their event starts it, the approval, then the step', () => {
    expect(misread(NEEDED)).toStrictEqual([]);
  });

  it('GIVEN a message said as the subject of its approval ("the update email needs my ok first and then it goes to …") WHEN parsed THEN the approval, then that message sent', () => {
    expect(misread(MESSAGE_NEEDS)).toStrictEqual([]);
  });

  it('GIVEN the step after an approval said by us ("and then we reply") or the yes said after its step ("send it if he says yes") WHEN parsed THEN the approval, then the step', () => {
    expect(misread(AFTER)).toStrictEqual([]);
  });

  it('GIVEN consent said by what waits for it ("hold it until Bernie has signed it off", "nothing goes out until …", "run the pack past Dr Singh before …", "decides whether …", "before it gets posted in #staff", "before we charge them …") WHEN parsed THEN the approval, then the step', () => {
    expect(misread(WAITS_FOR_THEM)).toStrictEqual([]);
  });

  it('GIVEN a consent word inside a message to someone with nothing guarded ("ping Dr Patel to sign off the rota") WHEN parsed THEN the message, no approval', () => {
    expect(misread(MESSAGES)).toStrictEqual([]);
  });

  it('GIVEN near misses (a recipient that may be ours, nothing guarded, an approval with no person) WHEN parsed THEN refused', () => {
    expect(notRefused(TWINS_REFUSED)).toStrictEqual([]);
  });
});
