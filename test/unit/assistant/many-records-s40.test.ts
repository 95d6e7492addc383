import { describe, expect, it } from 'vitest';
import { inputIn, misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * Many records and record actions in the writers' words (issue #16, session 40; sets 24–31): a day's bookings found
 * and looped over, leads found by what we did or when they came in, lead records created and changed with their
 * fields said after a comma or in brackets, quoted tags on whoever is tagged, and changes to one lead said one after
 * another carried by one crm.updateLead.
 */

const DAY_BOOKINGS: readonly Case[] = [
  [
    "every night at 8 email everyone booked into tomorrow's classes a reminder",
    'cron(0 20 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "daily 17:00: find tomorrow's bookings and email each guest a reminder",
    'cron(0 17 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every morning at 7 grab todays appointments and email each patient a reminder',
    'cron(0 7 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'each evening at 6 pull the sessions for tomorrow and send each client a reminder',
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'each morning at 7 grab todays bookings and put a note on each client that theyre coming in today',
    'cron(0 7 * * ? *)',
    'calendar.find; forEach[crm.addNote]',
  ],
  [
    'every morning at 8 email each couple who has a site visit today a quick reminder',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    'every morning at 8 email every camper with a session tomorrow a reminder',
    'cron(0 8 * * ? *)',
    'calendar.find; forEach[email.send]',
  ],
  [
    "every evening at 6, for each of tomorrow's show rounds email the parent and add a note on their lead that we reminded them",
    'cron(0 18 * * ? *)',
    'calendar.find; forEach[email.send; crm.addNote]',
  ],
];

const LEADS_BY_WHAT_WE_DID: readonly Case[] = [
  [
    'daily at 10am: any enquiry we emailed 7+ days ago who never replied gets a follow up email',
    'cron(0 10 * * ? *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every wednesday at 10am email everyone we emailed over a week ago who never replied a friendly nudge',
    'cron(0 10 ? * WED *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "every Monday at 10 email all the leads that haven't replied in 2 weeks a check in email",
    'cron(0 10 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "Sunday nights at 8, find the leads that haven't replied in 2 weeks and tag them cold",
    'cron(0 20 ? * SUN *)',
    'crm.findLeads; forEach[crm.updateLead]',
  ],
  [
    'sundays 6pm singapore time send the weekly newsletter to everyone who enquired this week',
    'cron(0 18 ? * SUN *) Asia/Singapore',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'every friday at 5 send the newsletter to all leads who got in touch in the last 7 days',
    'cron(0 17 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'Mondays 9am: for each new enquiry from the last 7 days email them our open day invite',
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
];

/** What the finder cannot take stays refused, quoted. */
const LEADS_NOT_FOUND_SO: readonly (readonly [string, string])[] = [
  ['sundays 6pm send the newsletter to everyone who enquired about pricing', 'who enquired about pricing'],
  ['sundays 6pm send the newsletter to everyone who enquired last month', 'who enquired last month'],
];

const RECORD_ACTIONS: readonly Case[] = [
  ["whenever a client emails us tag their lead 'awaiting-response'", 'email.received', 'crm.updateLead'],
  ["if an interview is cancelled tag the candidate 'needs-rebook'", 'booking.cancelled', 'crm.updateLead'],
  ['when a booking is cancelled tag the client\'s record "rebook"', 'booking.cancelled', 'crm.updateLead'],
  [
    'when a member cancels a booking remove the "active" tag from them and add "at-risk"',
    'booking.cancelled',
    'crm.updateLead',
  ],
  [
    'new candidates from Indeed: change status to contacted and add the tag indeed',
    'lead.created',
    'if(trigger.lead.source eq "Indeed")[crm.updateLead]',
  ],
  [
    "When a parent pays the term invoice update the student to customer and tag them 'spring-term'",
    'invoice.paid',
    'crm.updateLead',
  ],
  [
    'when the website form is submitted create a lead, source website, tagged wedding',
    'form.submitted',
    'crm.createLead',
  ],
  [
    "When a tour is booked, add the person as a lead (status new, source 'tour')",
    'booking.created',
    'crm.createLead',
  ],
  ['When a tour is booked, add the person as a lead, status contacted', 'booking.created', 'crm.createLead'],
  [
    'typeform application in → add them as a candidate tagged typeform-applicant',
    'form.submitted {"source":["typeform"]}',
    'crm.createLead',
  ],
  [
    'Tally waitlist form comes in → add them to the crm tagged waitlist',
    'form.submitted {"source":["tally"]}',
    'crm.createLead',
  ],
];

const RECORD_FIELDS: readonly Case[] = [
  [
    'enrolment form comes in - raise a £50 registration fee invoice to the parent, due in 14 days',
    'form.submitted',
    'invoice.create',
  ],
  [
    'when a lead becomes qualified create the deposit invoice - €2,500, due in 14 days',
    'lead.updated {"changes.status.to":["qualified"]}',
    'invoice.create',
  ],
  [
    'When a lead is tagged EL-signed (engagement letter signed), raise the onboarding invoice: $350 + 10% GST, due in 14 days',
    'lead.updated {"lead.tags":["EL-signed"]}',
    'invoice.create',
  ],
  [
    "If a booking gets cancelled set the client's lead status back to contacted",
    'booking.cancelled',
    'crm.updateLead',
  ],
  [
    "If a booking gets cancelled set the client's status back to contacted",
    'booking.cancelled',
    'crm.updateLead',
  ],
  ['invoice paid -> update that familys record to customer', 'invoice.paid', 'crm.updateLead'],
  ['when a lead replies update their record to customer', 'email.received', 'crm.updateLead'],
  [
    'When the "Waitlist" form is submitted add them to the crm with the tag waitlist',
    'form.submitted {"form":["Waitlist"]}',
    'crm.createLead',
  ],
  ["When 'visa query' form comes in, email me", 'form.submitted {"form":["visa query"]}', 'notify.team'],
  [
    "booking cancelled -> add a note on the lead's profile with the cancel reason",
    'booking.cancelled',
    'crm.addNote',
  ],
];

const SETS_AND_WRITERS: readonly Case[] = [
  [
    'every Friday at 10 find all of the candidates we have tagged as available and email each of them asking them to confirm',
    'cron(0 10 ? * FRI *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "every monday email all the clients we've tagged vip",
    'cron(0 9 ? * MON *)',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'monday mornings 9am chase all the overdue fees - reminder to each one',
    'cron(0 9 ? * MON *)',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    'Every monday morning at 9 send Karen the list of overdue fees',
    'cron(0 9 ? * MON *)',
    'invoice.find; notify.team',
  ],
  [
    '1st of the month at 9: for every overdue invoice send a reminder and also add a note on the client record',
    'cron(0 9 1 * ? *)',
    'invoice.find; forEach[invoice.sendReminder; crm.addNote]',
  ],
  [
    'Every Thursday 2pm take all candidates tagged nhs-band5 and write + send each of them a personalised email about the new ward roles',
    'cron(0 14 ? * THU *)',
    'crm.findLeads; forEach[email.draft; email.send]',
  ],
  [
    'thursdays at 11am, take every lead that came in this week and send each one a personalised follow up written by AI',
    'cron(0 11 ? * THU *)',
    'crm.findLeads; forEach[email.draft; email.send]',
  ],
  ['when a lead comes in send them a follow up written by AI', 'lead.created', 'email.draft; email.send'],
  ['when a lead comes in draft and send them a welcome email', 'lead.created', 'email.draft; email.send'],
  ['when a lead comes in write and send them a welcome email', 'lead.created', 'email.draft; email.send'],
];

describe("many records and record actions in the writers' words (session 40)", () => {
  it('GIVEN a day\'s bookings said as a list found, people booked into them, or people with one ("grab todays bookings", "everyone booked into tomorrow\'s classes", "each couple who has a site visit today") WHEN parsed THEN calendar.find for that day and a loop over its bookings', () => {
    expect(misread(DAY_BOOKINGS)).toStrictEqual([]);
    expect(inputIn(DAY_BOOKINGS[1]?.[0] ?? '', 'find-bookings')).toStrictEqual({ day: 'tomorrow' });
  });

  it('GIVEN a note on each client of a loop over bookings WHEN parsed THEN it goes on the lead the booking was made for, saying what follows "that"', () => {
    expect(inputIn(DAY_BOOKINGS[4]?.[0] ?? '', 'add-note')).toStrictEqual({
      leadId: '{{item.leadId}}',
      text: "they're coming in today",
    });
  });

  it('GIVEN leads said by what we did ("we emailed 7+ days ago who never replied") or when they came in ("who enquired this week", "from the last 7 days") WHEN parsed THEN crm.findLeads with noReplyFor or createdIn and a loop', () => {
    expect(misread(LEADS_BY_WHAT_WE_DID)).toStrictEqual([]);
    expect(inputIn(LEADS_BY_WHAT_WE_DID[0]?.[0] ?? '', 'find-leads')).toStrictEqual({ noReplyFor: 'P7D' });
    expect(inputIn(LEADS_BY_WHAT_WE_DID[4]?.[0] ?? '', 'find-leads')).toStrictEqual({
      createdIn: 'this-week',
    });
    expect(inputIn(LEADS_BY_WHAT_WE_DID[6]?.[0] ?? '', 'find-leads')).toStrictEqual({
      createdIn: 'last-7-days',
    });
  });

  it('GIVEN people picked by what they asked about or by a window the finder has no value for WHEN parsed THEN refused, quoting it', () => {
    expect(notRefused(LEADS_NOT_FOUND_SO)).toStrictEqual([]);
  });

  it('GIVEN a lead created or changed with its fields after a comma or in brackets, a quoted tag on whoever is tagged, or two changes to one lead WHEN parsed THEN one crm.createLead or crm.updateLead carrying them', () => {
    expect(misread(RECORD_ACTIONS)).toStrictEqual([]);
    expect(inputIn(RECORD_ACTIONS[3]?.[0] ?? '', 'tag-lead')).toStrictEqual({
      leadId: '{{trigger.booking.leadId}}',
      removeTags: ['active'],
      addTags: ['at-risk'],
    });
    expect(inputIn(RECORD_ACTIONS[7]?.[0] ?? '', 'create-lead')).toMatchObject({
      status: 'new',
      source: 'tour',
    });
    expect(inputIn(RECORD_ACTIONS[6]?.[0] ?? '', 'create-lead')).toMatchObject({
      source: 'website',
      tags: ['wedding'],
    });
  });

  it('GIVEN a tag added and the same tag removed, changes listed as the steps of a tool or in two sentences, or a step between WHEN parsed THEN the steps stay apart', () => {
    expect(
      misread([
        [
          'when a lead replies tag them hot and remove the tag hot',
          'email.received',
          'crm.updateLead; crm.updateLead',
        ],
        [
          'Step 1 (trigger): New Lead. Step 2: Update Lead: status = customer. Step 3: Add Tag: vip',
          'lead.created',
          'crm.updateLead; crm.updateLead',
        ],
        [
          'When a lead replies, tag them hot. Mark them as contacted.',
          'email.received',
          'crm.updateLead; crm.updateLead',
        ],
        [
          'New Lead 👉 Update Lead: status = customer + Add Tag: vip',
          'lead.created',
          'crm.updateLead; crm.updateLead',
        ],
        [
          'when a lead replies tag them hot, email them and mark them as contacted',
          'email.received',
          'crm.updateLead; email.send; crm.updateLead',
        ],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN a tag said with no word for it ("tag the candidate", "add at-risk" with no tag change before) WHEN parsed THEN refused', () => {
    expect(
      notRefused([
        ['if an interview is cancelled tag the candidate', 'say which tag'],
        ['when a member cancels a booking add "at-risk"', 'add at-risk'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN an invoice\'s amount after a dash or a colon and its due date after a comma, a status set on "the client\'s" status or "their record", a form named in quotes as what is submitted, or a cancelled booking\'s reason in a note WHEN parsed THEN each is read into its step or filter', () => {
    expect(misread(RECORD_FIELDS)).toStrictEqual([]);
    expect(inputIn(RECORD_FIELDS[1]?.[0] ?? '', 'create-invoice')).toMatchObject({
      currency: 'EUR',
      lines: [{ description: 'Deposit', quantity: 1, unitPriceCents: 250000 }],
      dueInDays: 14,
    });
    expect(inputIn(RECORD_FIELDS[2]?.[0] ?? '', 'create-invoice')).toMatchObject({
      taxRateBps: 1000,
      dueInDays: 14,
    });
    expect(inputIn(RECORD_FIELDS[3]?.[0] ?? '', 'update-lead')).toMatchObject({ status: 'contacted' });
    expect(inputIn(RECORD_FIELDS[9]?.[0] ?? '', 'add-note')?.text).toContain(
      '{{trigger.booking.cancelReason}}',
    );
  });

  it('GIVEN "someone submits the \'Free quote\' form", a tag said in capitals ("a VIP client"), a reason on a new booking, or an invoice with words after its colon WHEN parsed THEN the form filtered on its name (session 41), the tag as the table reads it, no reason, refused', () => {
    expect(
      misread([
        [
          "When someone submits the 'Free quote' form, add them as a lead",
          'form.submitted {"form":["Free quote"]}',
          'crm.createLead',
        ],
        [
          'When a VIP client books a session, notify Anna',
          'booking.created {"lead.tags":["vip"]}',
          'notify.team',
        ],
      ]),
    ).toStrictEqual([]);
    expect(inputIn('when a booking is created add a note with the reason', 'add-note')?.text).not.toContain(
      'cancelReason',
    );
    expect(
      notRefused([
        ['When a lead is tagged vip, raise the onboarding invoice: see the notes', 'say the amount'],
      ]),
    ).toStrictEqual([]);
  });

  it('GIVEN leads "we have tagged as" a tag, overdue fees chased or listed, a note on each found invoice\'s client, or an email written and sent ("write + send", "written by AI") WHEN parsed THEN the find, its loop, and a draft before each send', () => {
    expect(misread(SETS_AND_WRITERS)).toStrictEqual([]);
    expect(inputIn(SETS_AND_WRITERS[4]?.[0] ?? '', 'add-note')).toMatchObject({ leadId: '{{item.leadId}}' });
  });

  it('GIVEN a plain personalised email, a draft alone, or a follow up written by a person WHEN parsed THEN sent as written, drafted only, or refused', () => {
    expect(
      misread([
        ['when a lead comes in send them a personalised email', 'lead.created', 'email.send'],
        ['when a lead comes in draft a welcome email', 'lead.created', 'email.draft'],
      ]),
    ).toStrictEqual([]);
    expect(
      notRefused([['when a lead comes in send them a follow up written by Sam', 'written by Sam']]),
    ).toStrictEqual([]);
  });
});
