import type { Case } from '../table/case';

/**
 * Session 42 (a32), issue 16: approvals read from their parts, whatever the trade (development sets 29–37: 38
 * approval rows refused). Someone (a name with what is said of them, a role bare or with its article) approves in
 * any of its verbs (approve, OK, sign it off, give the nod, say yes) before the steps it gates, which follow it
 * whatever order the words are in: "X has to approve before we Y", "once X approves, Y", "Y, but only once X has
 * OK'd it", "ask X whether we should Y; if yes, do it". Rows are [request, trigger, steps].
 */

/** Who approves, as writers of other trades name them (their brackets kept as written). */
const APPROVERS = [
  'Greg (sales mgr)',
  'Ciarán',
  'the GM',
  'membership sec',
  'chair',
  'the head chef',
  'Linda (she runs the hall)',
  'our practice manager',
  'Zoë',
  'the foreman',
] as const;

/** The verb after them. */
const MODAL_VERBS = [
  'has to approve',
  'must sign it off',
  'needs to OK it',
  'has to give the nod',
  'must say yes',
] as const;

/** A trigger and the step the approval gates, said after "before". */
const GATED: readonly (readonly [opening: string, trigger: string, step: string, steps: string])[] = [
  ['when a new lead comes in', 'lead.created', 'we email them the price list', 'email.send'],
  [
    'when a booking is cancelled',
    'booking.cancelled',
    'we send the cancellation invoice for 40 EUR',
    'invoice.create',
  ],
  [
    'new membership form comes in ->',
    'form.submitted',
    'we add them to the crm and send the welcome email',
    'crm.createLead; email.send',
  ],
  ['when a new lead comes in,', 'lead.created', 'we book them a site visit', 'calendar.schedule'],
];

/** Every approver before every gate, its verb turning (each verb said with each gate and five approvers). */
export const GATE_BEFORE_CLASS: readonly Case[] = GATED.flatMap(([opening, trigger, step, steps], g) =>
  APPROVERS.map(
    (who, a): Case => [
      `${opening} ${who} ${MODAL_VERBS[(a + g) % MODAL_VERBS.length]} before ${step}`,
      trigger,
      `approval; ${steps}`,
    ],
  ),
);

/** "get the GM's sign off before …", "wait for Aoife's OK, then …": the approval as a noun they give. */
export const THEIR_NOUN_CLASS: readonly Case[] = [
  "the GM's sign off",
  "the foreman's nod",
  "Ciarán's OK",
  "the treasurer's go-ahead",
  "chair's approval",
].flatMap((noun): Case[] => [
  [
    `when a new lead comes in get ${noun} before booking them a test drive`,
    'lead.created',
    'approval; calendar.schedule',
  ],
  [
    `when a new lead comes in, wait for ${noun}, then email them the brochure`,
    'lead.created',
    'approval; email.send',
  ],
]);

/** "…, once Jess approves, email each one": approved once, between the list found and what is done to each. */
const ONCE = [
  'once Jess approves',
  'once the sales manager gives the nod',
  'after Ciarán signs off',
  'as soon as the treasurer OKs it',
  'once chair has signed it off',
  "once Jan has ok'd it",
] as const;

export const ONCE_THEN_CLASS: readonly Case[] = ONCE.flatMap((once): Case[] => [
  [
    `every monday 9am find the leads tagged cold and, ${once}, email each one`,
    'cron(0 9 ? * MON *)',
    'crm.findLeads; approval; forEach[email.send]',
  ],
  [
    `every friday at 4 pull the unpaid invoices, ${once}, send each a reminder`,
    'cron(0 16 ? * FRI *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
  [
    `when a new lead comes in, email them the brochure, but only ${once}`,
    'lead.created',
    'approval; email.send',
  ],
  [`when a new lead comes in, ${once}, email them the brochure`, 'lead.created', 'approval; email.send'],
]);

/** "ask X whether we should Y; if yes, …": the question is the approval, and "do it" is the step asked about. */
const ASKED = [
  'ask the service manager if we should',
  'check with Priya whether we should',
  'ask Rob whether to',
  'ask the head chef if we can',
  'ask our GM whether to',
] as const;
const YES = [
  '; if yes send it',
  '. yes = send it',
  ' and if he approves, send it',
  '; if she says yes, send it',
  '. If so, send it',
  '. If yes, send it',
] as const;

export const ASK_WHETHER_CLASS: readonly Case[] = [
  ...ASKED.flatMap((ask) =>
    YES.map(
      (yes): Case => [
        `when someone cancels their booking ${ask} send them a come-back discount email${yes}`,
        'booking.cancelled',
        'approval; email.send',
      ],
    ),
  ),
  ...ASKED.map(
    (ask): Case => [
      `when a lead is qualified, ${ask} book a trial session. If yes, book it. If no, email them a polite no`,
      'lead.updated {"changes.status.to":["qualified"]}',
      'approval(rejected:[email.send]); calendar.schedule',
    ],
  ),
  ...ASKED.map(
    (ask): Case => [
      `when a lead is tagged wholesale, ${ask} send them the trade price list; if yes, send it, if not, tag them retail`,
      'lead.updated {"lead.tags":["wholesale"]}',
      'approval(rejected:[crm.updateLead]); email.send',
    ],
  ),
];

/** Their approval as a step of its own ("Rob signs it off"), and what follows it: "then it goes to #board". */
export const STEP_CLASS: readonly Case[] = [
  'Rob signs it off',
  'the owner approves it',
  'the GM OKs it',
  'chair gives it the nod',
  'Ciarán says yes',
].flatMap((step): Case[] => [
  [
    `Fri 2pm: summarise the week, ${step}, then it goes to #board`,
    'cron(0 14 ? * FRI *)',
    'report.summarize; approval; notify.slack',
  ],
  [
    `every friday at 3pm pull all the overdue invoices, ${step}, then send each one a reminder`,
    'cron(0 15 ? * FRI *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
]);

/** Outcomes said after their step ("tell the salesperson if he says no"), a message named alone, rejected first. */
export const OUTCOMES_CLASS: readonly Case[] = [
  [
    'new lead: get the GM to approve before we book them a test drive, tell the salesperson if he says no',
    'lead.created',
    'approval(rejected:[notify.team]); calendar.schedule',
  ],
  [
    'new lead - Sipho must approve before we email the quote, if he rejects it let Lindiwe know',
    'lead.created',
    'approval(rejected:[notify.team]); email.send',
  ],
  [
    'new order form - Dave has to OK it. rejected: polite no thanks email, approved: send them the confirmation email',
    'form.submitted',
    'approval(rejected:[email.send]); email.send',
  ],
  [
    'when a booking is created, Linda (she runs the hall) has to approve it first. If she says no, email them to let them know',
    'booking.created',
    'approval(rejected:[email.send])',
  ],
];

/** Near-misses: an approval said of the past or of a record, "approved" as what is sent, a question not ours. */
export const APPROVAL_TWINS_REFUSED: readonly (readonly [request: string, quoted: string])[] = [
  ['when Tom approves a leave request, email the team', 'when Tom approves a leave request'],
  [
    'when a vet appointment is booked, ask the owner if they want a reminder; if yes, email them one',
    'if they want a reminder',
  ],
  [
    'when a lead is qualified, ask the chair whether the room is free; if yes, book it',
    'whether the room is free',
  ],
  ['when a lead comes in, check with the owner', 'check with the owner'],
  ['new lead → Greg (sales mgr) gets an email', 'Greg sales manager gets an email'],
  ['when a new lead comes in, Greg the sales manager calls them', 'Greg the sales manager calls them'],
  ['when a new lead comes in, if the manager is free, book a call', 'if the manager is free'],
  ['new lead -> Greg to call them -> email them the price list', 'Greg to call them'],
  ['when a booking is made, finance gets a copy of the invoice', 'finance gets a copy of the invoice'],
  ['when a new lead comes in, if they approve the quote, book the job', 'if they approve the quote'],
];
export const APPROVAL_TWINS_KEPT: readonly Case[] = [
  ['when a booking is made, send the approved quote to the client', 'booking.created', 'email.send'],
  ['when a booking is cancelled, the captain has to be told', 'booking.cancelled', 'notify.team'],
  [
    'when a new lead comes in, tell the manager, once he replies, book a call',
    'lead.created',
    'notify.team; waitFor(email.received,P7D,event:[calendar.schedule])',
  ],
];

/** "if the GM says yes, book them …", "…, but only if Jess approves": with no approval asked before, a gate. */
export const IF_THEY_CLASS: readonly Case[] = [
  'if the GM says yes',
  'if Jess approves',
  'only if the treasurer OKs it',
  'if chair gives the nod',
].flatMap((gate): Case[] => [
  [
    `when a new lead comes in, ${gate}, book them a test drive`,
    'lead.created',
    'approval; calendar.schedule',
  ],
  [`when a new lead comes in, email them the brochure, but ${gate}`, 'lead.created', 'approval; email.send'],
]);

/** In a list of steps: "Greg to approve", "approval from the owner (needed)", "manager approval needed before …". */
export const LISTED_CLASS: readonly Case[] = [
  ...['Greg to approve', 'approval from Greg', 'sign-off from the owner', 'the GM to OK it'].map(
    (step): Case => [
      `new lead -> ${step} -> email them the price list`,
      'lead.created',
      'approval; email.send',
    ],
  ),
  ...['approval from the owner needed', 'manager approval needed', "the owner's sign off required"].map(
    (step): Case => [
      `when a new lead comes in, ${step} before we email them the quote`,
      'lead.created',
      'approval; email.send',
    ],
  ),
];

/** A team said alone ("finance", "compliance"), what is approved said ("has to OK the refund before …"). */
export const TEAM_AND_THING_CLASS: readonly Case[] = [
  [
    'when a booking is cancelled, finance has to approve before we send the cancellation invoice for 40 EUR',
    'booking.cancelled',
    'approval; invoice.create',
  ],
  [
    'when a form is submitted, compliance must sign it off, then add them to the crm',
    'form.submitted',
    'approval; crm.createLead',
  ],
  [
    'when a booking is cancelled, Ann (our bookkeeper) has to OK the refund before we email the client',
    'booking.cancelled',
    'approval; email.send',
  ],
  [
    'when a quote form is submitted, run it past Tomás first, then email them the quote',
    'form.submitted',
    'approval; email.send',
  ],
  [
    'every friday 3pm draft the weekend specials email for the regulars, send it to me to approve, once approved send it to everyone tagged regulars',
    'cron(0 15 ? * FRI *)',
    'email.draft; approval; crm.findLeads; forEach[email.send]',
  ],
  [
    'when a new lead comes in, ask Jess to approve it, then email them. if Jess approves, tag them vip',
    'lead.created',
    'approval; email.send; crm.updateLead',
  ],
];

/** The writer approves: a batch ("I'll approve the list"), "let me approve before anything goes out, then …". */
export const MINE_CLASS: readonly Case[] = [
  [
    'every friday at 2pm find the unpaid invoices, let me approve before anything goes out, then send reminders on all of them',
    'cron(0 14 ? * FRI *)',
    'invoice.find; approval; forEach[invoice.sendReminder]',
  ],
  ...["I'll approve the list", 'I approve them', 'I will check the batch', 'I OK it'].map(
    (mine): Case => [
      `every monday at 9 pull the leads tagged cold, ${mine}, then email each one`,
      'cron(0 9 ? * MON *)',
      'crm.findLeads; approval; forEach[email.send]',
    ],
  ),
  ['new lead → I approve → email them the price list', 'lead.created', 'approval; email.send'],
  ...["once I've said yes", "once I've given the nod", 'after I approve it'].map(
    (once): Case => [
      `when a new lead comes in, email them the quote but only ${once}`,
      'lead.created',
      'approval; email.send',
    ],
  ),
  [
    'when a booking is cancelled, ask me whether to charge the late fee of 20 EUR; if I say yes, send them an invoice for 20 EUR',
    'booking.cancelled',
    'approval; invoice.create',
  ],
];

/** The approver's time to answer: "- give them 2 days, then …", "within 2 days before …" (the approval's timeout). */
export const APPROVER_TIME_CLASS: readonly Case[] = [
  'compliance needs to tick it off - give them 2 days, then',
  'Greg has to sign it off, give him a day, then',
  'the GM has to approve within 2 days before we',
  'the owner must OK it - allow her 3 days to decide, then',
].map(
  (said): Case => [
    `when a new lead comes in, ${said} email them the brochure`,
    'lead.created',
    'approval; email.send',
  ],
);
/** Its twin: time given to the lead after an email is a wait for their reply. */
export const GIVEN_TO_THEM: Case = [
  'when a new lead comes in, email them, give them 2 days to reply, then notify the team',
  'lead.created',
  'email.send; waitFor(email.received,P2D,timeout:[notify.team])',
];

/** Anyone of ours named by what they do ("our lead engineer", "the site surveyor", "the board"), any trade. */
export const OURS_CLASS: readonly Case[] = [
  'our lead engineer has to approve it before we',
  'the site surveyor must sign it off before we',
  'the board needs to OK it before we',
  'the duty pharmacist has to approve before we',
  'our senior designer must give the nod before we',
].map(
  (said): Case => [
    `when a new lead comes in, ${said} email them the quote`,
    'lead.created',
    'approval; email.send',
  ],
);
/** Their twins: the record's own people, someone outside, a machine or a thing is no approver of ours. */
export const NOT_OURS_REFUSED: readonly (readonly [request: string, quoted: string])[] = [
  'the client has to approve it',
  'the customer must sign it off',
  'the couple needs to OK it',
  'the bank must approve it',
  'the system has to approve it',
  'the server has to approve it',
].map((said) => [`when a new lead comes in, ${said} before we book the job`, said] as const);

/** Sent to them to approve ("send it to the GM for approval"), or approved by them ("once approved by X, …"). */
export const SENT_FOR_APPROVAL_CLASS: readonly Case[] = [
  ...[
    'send it to the GM for approval',
    'forward it to Paul for sign-off',
    'it goes to the editor for approval',
  ].map(
    (sent): Case => [
      `when a new lead comes in, draft a reply, ${sent}, then email it to them`,
      'lead.created',
      'email.draft; approval; email.send',
    ],
  ),
  [
    'when a new lead comes in, once approved by the practice manager, email them the treatment plan',
    'lead.created',
    'approval; email.send',
  ],
];
