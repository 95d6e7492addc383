import type { Case } from '../table/case';

/**
 * How people used to Zapier, Make or n8n name what starts a workflow and go through many records, as slots:
 * - a schedule under a tool's label ("Schedule:", "Schedule Trigger:", "Schedule by Zapier (…)", "Cron -",
 *   "Trigger:", "Interval:") × the schedule × what is done (a summary somewhere, or records found and acted on);
 * - a manual start ("Manual trigger", "Manual run:", "On demand", n8n's "When clicking 'Test workflow'") × steps;
 * - an app's event in the app's own words ("Typeform new entry", "Jotform - New Submission", "Calendly: New
 *   Booking") and a booking made through a scheduling app ("through Calendly", "via Cal.com": how, not a test);
 * - records found in a tool's words ("Find Leads (status: contacted)", "leads with status new", "Find Invoices
 *   (status open)") × a loop step ("Loop", "Iterator", "For each:", "Loop Over Items") × the action on each.
 * Every wording of a group must come back as its outline.
 */

const SCHEDULE_LABELS: readonly ((s: string) => string)[] = [
  (s) => s,
  (s) => `Schedule: ${s}`,
  (s) => `Schedule Trigger: ${s}`,
  (s) => `Schedule by Zapier (${s})`,
  (s) => `Schedule by Zapier, ${s}`,
  (s) => `Trigger: ${s}`,
  (s) => `Cron - ${s}`,
  (s) => `Scheduler: ${s}`,
  (s) => `Interval: ${s}`,
];

const SCHEDULES: readonly [said: string, trigger: string][] = [
  ['every weekday at 7:45', 'cron(45 7 ? * MON-FRI *)'],
  ['Tuesdays and Thursdays at 2pm', 'cron(0 14 ? * TUE,THU *)'],
  ['the first Wednesday of every month', 'cron(0 9 ? * 4#1 *)'],
  ['twice a day', 'cron(0 9,17 * * ? *)'],
  ['every 15 minutes', 'rate(15 minutes)'],
  ['every 3 hours', 'rate(3 hours)'],
  ['every day at 8am Oslo time', 'cron(0 8 * * ? *) Europe/Oslo'],
  ['Mondays 9am', 'cron(0 9 ? * MON *)'],
  ['day 28 of each month', 'cron(0 9 28 * ? *)'],
];

const SCHEDULED_STEPS: readonly [said: string, steps: string][] = [
  [' → summary to #ops', 'report.summarize; notify.slack'],
  [' → email the team a summary', 'report.summarize; notify.team'],
  [
    ' → find all unpaid invoices → send each customer a reminder',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [' → all leads tagged hot → email each a check-in', 'crm.findLeads; forEach[email.send]'],
];

const MANUAL_LABELS: readonly string[] = [
  'Manual trigger',
  'Manual Trigger',
  'Manually',
  'On demand',
  "When clicking 'Test workflow'",
  'Trigger: manual',
  'Manual run:',
];

const MANUAL_STEPS: readonly [said: string, steps: string][] = [
  [' → summarize the last 7 days → email the team', 'report.summarize; notify.team'],
  [' → loop over every unpaid invoice → send a reminder', 'invoice.find; forEach[invoice.sendReminder]'],
  [' → find all qualified leads → add a note to each', 'crm.findLeads; forEach[crm.addNote]'],
];

const FORM_APPS: readonly [app: string, trigger: string][] = [
  ['Typeform', 'form.submitted {"source":["typeform"]}'],
  ['Jotform', 'form.submitted {"source":["jotform"]}'],
  ['Tally', 'form.submitted {"source":["tally"]}'],
];

const APP_EVENT_WORDINGS: readonly ((app: string) => string)[] = [
  (a) => `${a} new entry`,
  (a) => `${a}: New Entry`,
  (a) => `${a} - New Submission`,
  (a) => `When ${a} new response,`,
  (a) => `Trigger: ${a} new submission. Action:`,
];

const APP_ACTIONS: readonly [said: string, steps: string][] = [
  [' → add them to the CRM', 'crm.createLead'],
  [' notify #sales', 'notify.slack'],
  [' → send them a thank-you email', 'email.send'],
];

const BOOKING_APPS: readonly string[] = ['Calendly', 'Cal.com', 'Acuity', 'SavvyCal'];
const BOOKED: readonly ((app: string) => string)[] = [
  (a) => `someone books a call through ${a}`,
  (a) => `a meeting is booked via ${a}`,
  (a) => `a client books through ${a}`,
  (a) => `a new booking comes in from ${a}`,
  (a) => `someone books a demo on ${a}`,
  (a) => `someone schedules using ${a}`,
];
const BOOKING_ACTIONS: readonly [said: string, steps: string][] = [
  ['send them a confirmation email', 'email.send'],
  ['add them to the CRM', 'crm.createLead'],
  ['notify #sales', 'notify.slack'],
];

/** Records found in a tool's words, and the actions on each that make sense for them. */
const RECORDS: readonly [find: string, said: readonly string[], acts: readonly [string, string][]][] = [
  [
    'crm.findLeads',
    [
      'Find Leads tagged "webinar"',
      'Find Leads (status: contacted)',
      'leads with status new',
      'all leads with tag hot',
      'all qualified leads',
      'Find Leads (tag: vip)',
      'all leads with the status qualified',
    ],
    [
      ['send each a follow-up email', 'email.send'],
      ['add a note to each', 'crm.addNote'],
      ['Create Note on each: "follow up this week"', 'crm.addNote'],
      ['notify me about each one', 'notify.team'],
      ['check-in email + a note on each', 'email.send; crm.addNote'],
    ],
  ],
  [
    'invoice.find',
    [
      'find all unpaid invoices',
      'Find Invoices (status open)',
      'overdue invoices',
      'invoices with status overdue',
    ],
    [
      ['send a payment reminder', 'invoice.sendReminder'],
      ['Send Reminder', 'invoice.sendReminder'],
      ['post each one in #ar', 'notify.slack'],
      ['send each customer a reminder', 'invoice.sendReminder'],
    ],
  ],
];

const LOOPS: readonly ((records: string, act: string) => string)[] = [
  (r, a) => `${r} → ${a}`,
  (r, a) => `${r} → Loop → ${a}`,
  (r, a) => `${r} → Iterator → ${a}`,
  (r, a) => `${r} → For each: ${a}`,
  (r, a) => `${r} → Loop Over Items → ${a}`,
];

const RECORD_SCHEDULES: readonly [said: string, trigger: string][] = [
  ['Every Monday', 'cron(0 9 ? * MON *)'],
  ['Schedule: daily at 10am', 'cron(0 10 * * ? *)'],
  ['Every weekday at 9am', 'cron(0 9 ? * MON-FRI *)'],
];

/** Schedules said tersely, with no "at" or "of": days × a bare or clock time × a zone written as people write it. */
const TERSE_DAYS: readonly [said: string, cron: (h: string) => string][] = [
  ['last thursday each month', (h) => `cron(0 ${h} ? * 5L *)`],
  ['1st monday every month', (h) => `cron(0 ${h} ? * 2#1 *)`],
  ['everyday', (h) => `cron(0 ${h} * * ? *)`],
  ['mondays', (h) => `cron(0 ${h} ? * MON *)`],
  ['fri', (h) => `cron(0 ${h} ? * FRI *)`],
  ['day 28 of each month', (h) => `cron(0 ${h} 28 * ? *)`],
];
const TERSE_TIMES: readonly [said: string, hour: string][] = [
  [' 3pm', '15'],
  [' 10', '10'],
  [' 11am', '11'],
];
const ZONES: readonly [said: string, zone: string][] = [
  ['', ''],
  [' Bogotá time', ' America/Bogota'],
  [' Ho Chi Minh City time', ' Asia/Ho_Chi_Minh'],
  [' Zürich time', ' Europe/Zurich'],
  [' Kolkata time', ' Asia/Kolkata'],
];
const TERSE_REPORTS: readonly [said: string, steps: string][] = [
  [' summary email to me', 'report.summarize; notify.team'],
  [' week summary on slack', 'report.summarize; notify.slack'],
  [' summary email to reception', 'report.summarize; notify.team'],
  [' summarise week → #ops', 'report.summarize; notify.slack'],
];
const TIMES_A: readonly [said: string, trigger: string][] = [
  ['2x a day', 'cron(0 9,17 * * ? *)'],
  ['3x a week', 'cron(0 9 ? * MON,WED,FRI *)'],
  ['twice a day', 'cron(0 9,17 * * ? *)'],
];

/** Records gone through in a hurry: "go thru warm leads", "every lead w tag demo", "→ status lost", "every 15th". */
const HURRIED_WHEN: readonly [said: string, trigger: string][] = [
  ['sat night', 'cron(0 20 ? * SAT *)'],
  ['every 15th', 'cron(0 9 15 * ? *)'],
  ['mondays', 'cron(0 9 ? * MON *)'],
  ['when i run it manualy', 'manual'],
];
const HURRIED_LEADS: readonly string[] = [
  'go thru warm leads,',
  'go through our cold leads,',
  'find hot leads and',
  'all leads w tag demo →',
  'every lead w tag demo,',
  'leads w status contacted →',
];
const HURRIED_LEAD_ACTS: readonly [said: string, steps: string][] = [
  [' email each one a check in and put a note', 'email.send; crm.addNote'],
  [' status lost', 'crm.updateLead'],
  [' follow up mail to each', 'email.send'],
];
const HURRIED_INVOICES: readonly [said: string, steps: string][] = [
  [' remind all open invoices', 'invoice.sendReminder'],
  [' remind customers with unpaid invoices', 'invoice.sendReminder'],
  [' remind everyone with unpaid invoice', 'invoice.sendReminder'],
];
const REPORT_TO: readonly [said: string, steps: string][] = [
  [' → owner by email', 'report.summarize; notify.team'],
  [' → the team via Slack', 'report.summarize; notify.slack'],
  [' → email to the boss', 'report.summarize; notify.team'],
  [' → me by email', 'report.summarize; notify.team'],
  [' → ceo@example.com', 'report.summarize; email.send'],
];

/** A heading that names the tool the request was written for: context, never a part to read. */
const TOOL_TALK: readonly string[] = [
  "I'd normally use n8n's Error Trigger for this: ",
  'In Zapier I would do it like this: ',
  'Coming from Make.com, so bear with me: ',
  'We used Integromat for this before: ',
];
const TOOL_TALK_REQUESTS: readonly [said: string, trigger: string, steps: string][] = [
  ['when any workflow fails, email ops@example.com', 'workflow.failed', 'email.send'],
  ['new lead → send them a welcome email', 'lead.created', 'email.send'],
  ['every Monday at 9 → summary to #ops', 'cron(0 9 ? * MON *)', 'report.summarize; notify.slack'],
];

/** Events typed in a hurry: a progressive or bare verb, "every X" with no "for", a form that "comes". */
const HURRIED_EVENTS: readonly [said: string, trigger: string][] = [
  ['when any workflow failing', 'workflow.failed'],
  ['when a workflow is failing', 'workflow.failed'],
  ['lead status change to qualified', 'lead.updated {"changes.status.to":["qualified"]}'],
  ['when lead stage changed to customer', 'lead.updated {"changes.status.to":["customer"]}'],
  ['every form submission', 'form.submitted'],
  ['for every form submission', 'form.submitted'],
  ['each new booking', 'booking.created'],
  ['when job application form comes', 'form.submitted'],
  ['if any of my automations fail', 'workflow.failed'],
];
const HURRIED_JOINTS: readonly string[] = ['', ',', ' →'];
const HURRIED_ACTIONS: readonly [said: string, steps: string][] = [
  [' send mail to ops@example.com', 'email.send'],
  [' tell sales team', 'notify.team'],
  [' notify #sales', 'notify.slack'],
];

export const TOOL_TRIGGER_CLASS: ReadonlyMap<string, readonly Case[]> = new Map<string, Case[]>([
  ...SCHEDULES.map(([said, trigger]): [string, Case[]] => [
    `schedule labels × ${said}`,
    SCHEDULE_LABELS.flatMap((label) =>
      SCHEDULED_STEPS.map(([steps, outline]): Case => [`${label(said)}${steps}`, trigger, outline]),
    ),
  ]),
  [
    'manual starts',
    MANUAL_LABELS.flatMap((label) =>
      MANUAL_STEPS.map(([steps, outline]): Case => [`${label}${steps}`, 'manual', outline]),
    ),
  ],
  [
    "form apps' events in the app's words",
    FORM_APPS.flatMap(([app, trigger]) =>
      APP_EVENT_WORDINGS.flatMap((wording) =>
        APP_ACTIONS.map(([act, outline]): Case => [`${wording(app)}${act}`, trigger, outline]),
      ),
    ),
  ],
  [
    'bookings made through a scheduling app',
    BOOKING_APPS.flatMap((app) =>
      BOOKED.flatMap((booked) =>
        BOOKING_ACTIONS.flatMap(([act, outline]): Case[] => [
          [`When ${booked(app)}, ${act}`, 'booking.created', outline],
          [`Whenever ${booked(app)} → ${act}`, 'booking.created', outline],
        ]),
      ),
    ),
  ],
  ...TERSE_DAYS.map(([days, cron]): [string, Case[]] => [
    `terse schedules, ${days} × time × zone × report`,
    TERSE_TIMES.flatMap(([time, hour]) =>
      ZONES.flatMap(([zone, iana]) =>
        // "10 week summary" could be a summary of ten weeks: a bare hour is read only before other words
        TERSE_REPORTS.filter(([report]) => !(time === ' 10' && !zone && /week/.test(report))).map(
          ([report, steps]): Case => [`${days}${time}${zone}${report}`, `${cron(hour)}${iana}`, steps],
        ),
      ),
    ),
  ]),
  [
    'terse schedules, n times a day or week × report',
    TIMES_A.flatMap(([said, trigger]) =>
      TERSE_REPORTS.map(([report, steps]): Case => [`${said}${report}`, trigger, steps]),
    ),
  ],
  [
    'records gone through in a hurry, when × records × action',
    HURRIED_WHEN.flatMap(([when, trigger]) => [
      ...HURRIED_LEADS.flatMap((records) =>
        // "→ status lost" is a step of its own: only after an arrow
        HURRIED_LEAD_ACTS.filter(([act]) => records.endsWith('→') || act !== ' status lost').map(
          ([act, steps]): Case => [
            `${when} ${records}${act.replace(/^ status/, records.endsWith('→') ? ' status' : ' set status to')}`,
            trigger,
            `crm.findLeads; forEach[${steps}]`,
          ],
        ),
      ),
      ...HURRIED_INVOICES.map(
        ([act, steps]): Case => [`${when}${act}`, trigger, `invoice.find; forEach[${steps}]`],
      ),
    ]),
  ],
  [
    'a report and who gets it, said as a step',
    RECORD_SCHEDULES.flatMap(([when, trigger]) =>
      ['recap of today', 'summary', 'activity summary'].flatMap((report) =>
        REPORT_TO.map(([to, steps]): Case => [`${when} → ${report}${to}`, trigger, steps]),
      ),
    ),
  ],
  [
    'a heading naming the tool',
    TOOL_TALK.flatMap((talk) =>
      TOOL_TALK_REQUESTS.map(([said, trigger, steps]): Case => [`${talk}${said}`, trigger, steps]),
    ),
  ],
  [
    'manual starts said as a sentence',
    ['When I kick it off manually,', 'when we kick it off,', 'When I run it manually,'].flatMap((start) =>
      [
        [' send a reminder for every overdue invoice', 'invoice.find; forEach[invoice.sendReminder]'],
        [' summarize the last 7 days and email the team', 'report.summarize; notify.team'],
      ].map(([said = '', steps = '']): Case => [`${start}${said}`, 'manual', steps]),
    ),
  ],
  [
    'events typed in a hurry × joint × action',
    HURRIED_EVENTS.flatMap(([event, trigger]) =>
      HURRIED_JOINTS.flatMap((joint) =>
        HURRIED_ACTIONS.map(([act, steps]): Case => [`${event}${joint}${act}`, trigger, steps]),
      ),
    ),
  ],
  ...RECORD_SCHEDULES.map(([when, trigger]): [string, Case[]] => [
    `records in a tool's words × loop step × action, ${when}`,
    RECORDS.flatMap(([find, said, acts]) =>
      said.flatMap((records) =>
        acts.flatMap(([act, steps]) =>
          LOOPS.map(
            (loop): Case => [`${when} → ${loop(records, act)}`, trigger, `${find}; forEach[${steps}]`],
          ),
        ),
      ),
    ),
  ]),
]);

/** The full cross product, for the bench. */
export const TOOL_TRIGGER_PRODUCT: readonly Case[] = [...TOOL_TRIGGER_CLASS.values()].flat();

/**
 * App events nothing here records, named as the trigger ("Email Opened", "Link Clicked"), and actions no reader does:
 * refused, quoting the words ("a customer" after "to the" is someone, never a status to set).
 */
const UNKNOWN_EVENTS: readonly string[] = [
  'Email Opened',
  'Link Clicked',
  'Tweet Liked',
  'Row Added To Sheet',
];
const LAYOUTS: readonly ((event: string) => string)[] = [
  (e) => `${e} → tag the lead as engaged`,
  (e) => `Trigger: ${e} → Action: tag the lead as engaged`,
  (e) => `Trigger: ${e}. Action: notify #sales`,
];
export const TOOL_TRIGGER_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ...UNKNOWN_EVENTS.flatMap((e) => LAYOUTS.map((layout) => [layout(e), e] as const)),
  // (a second delivery said as a participle after "and" is read since session 44: scheduled-finds-s44.test.ts)
  ...['when invoice overdue', 'When a lead comes in,', 'New booking →'].flatMap((t) =>
    ['make a phone call to the customer', 'make phone call to the client'].map(
      (act) => [`${t} ${act}`, act.replace(/ to the (?:customer|client)$/, '')] as const,
    ),
  ),
];
