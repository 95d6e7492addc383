import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (a10), issue 16: what a message says, left unread and refused ("email Coach Rob reminding him to set up
 * the mats for kids BJJ", "send them a check in email asking if they've any questions"; development sets 26–28).
 * Rows are [request, trigger, steps].
 */

const STARTS = [
  ['When a new lead is added, ', 'lead.created', true],
  ['Every Saturday at 7:15am ', 'cron(15 7 ? * SAT *)', false],
  ['When a booking is cancelled ', 'booking.cancelled', true],
] as const;
const MESSAGES = [
  ['email Coach Rob', 'notify.team', false],
  ['send Kai a message', 'notify.team', false],
  ['post in #front-desk', 'notify.slack', false],
  ['send them an email', 'email.send', true],
] as const;
const ASKS = [
  'reminding him to set up the mats for kids BJJ',
  'asking if they have any questions',
  'asking them whether the new slot still suits them',
  "reminding everyone to check this week's deadlines",
  'telling him about the new class times',
  'inviting them to the open day',
  'encouraging them to book their first session',
  'asking for their budget',
  'to ask if they want to reschedule',
  'to ask them whether the new slot suits them',
] as const;

/** A message × what it asks, said with a participle ("reminding him to …", "asking if …"): one message. */
export const ASKING_CLASS: readonly Case[] = STARTS.flatMap(([start, trigger, person]) =>
  MESSAGES.filter(([, , needs]) => person || !needs).flatMap(([message, action]) =>
    ASKS.map((asks): Case => [`${start}${message} ${asks}`, trigger, action]),
  ),
);

/** What could be when or whether the step runs, after what the message says: never taken as its words. */
const LIMITS = [
  ['but not on Sundays', 'but not on Sundays'],
  ['only for VIPs', 'only for VIPs'],
  ['unless they already paid', 'unless they already paid'],
  ['at 9am', 'at 9am'],
  ['2 days later', '2 days later'],
  ['tomorrow', 'tomorrow'],
  ['every week', 'every week'],
] as const;

/** Must refuse, quoting the limit: the message's words never swallow it (the infinitive "to …" as well). */
export const LIMIT_TWINS_REFUSED: readonly Refusal[] = [
  'When a new lead is added, email Coach Rob reminding him to set up the mats',
  'When a new lead is added, email Coach Rob to set up the mats',
  'When a booking is cancelled post in #front-desk asking them to tidy the studio',
  'When a booking is cancelled send them an email to ask if they want to reschedule',
].flatMap((asked) => LIMITS.map(([limit, quoted]): Refusal => [`${asked} ${limit}`, quoted]));

/** Near-misses read as before: a condition after the message is still its condition, a second action its own step. */
export const ASKING_TWINS_KEPT: readonly Case[] = [
  [
    "When a new lead is added, send them an email asking for their budget if they're tagged vip",
    'lead.created {"lead.tags":["vip"]}',
    'email.send',
  ],
  [
    "When a new lead is added, send them an email asking if they're free, only if they're tagged vip",
    'lead.created {"lead.tags":["vip"]}',
    'email.send',
  ],
  [
    'When a new lead is added, email Coach Rob reminding him to call them and tag them vip',
    'lead.created',
    'notify.team; crm.updateLead',
  ],
  [
    'When a new lead is added, email Coach Rob asking him to call them, then wait 2 days and send them an email',
    'lead.created',
    'notify.team; wait(P2D); email.send',
  ],
];

const REMARK_STARTS = [
  ['When a new lead comes in, ', 'lead.created'],
  ['When a booking is cancelled, ', 'booking.cancelled'],
  ['Every Monday at 9am ', 'cron(0 9 ? * MON *)'],
] as const;
const TOLD = [
  ['tell Coach Mike', 'notify.team'],
  ['post in #sales', 'notify.slack'],
  ['email Dana', 'notify.team'],
] as const;
const GUESSES = [
  '(probably a PT package)',
  '(maybe a trial class)',
  '(I think mostly kids classes)',
  '(most likely a corporate booking)',
] as const;

/** A step × a guess in brackets after it ("(probably a PT package)"): a remark, the step as without it. */
export const GUESS_BRACKET_CLASS: readonly Case[] = REMARK_STARTS.flatMap(([start, trigger]) =>
  TOLD.flatMap(([told, action]) =>
    GUESSES.map((guess): Case => [`${start}${told} ${guess}`, trigger, action]),
  ),
);

const HOLDS = [
  ['send them our welcome email with the intro offer (first week $20)', 'email.send'],
  ['send them the pre-class tips email (eat light, arrive 10 min early)', 'email.send'],
  ['send them the onboarding pack (contract, handbook and parking info)', 'email.send'],
  ['send Rob the timetable email (class times, room changes)', 'notify.team'],
  ['post the closing checklist in #closing (lights, AC, till, doors)', 'notify.slack'],
] as const;

/** A message × what it holds, in brackets after it: the message, its words never a condition or a time zone ("AC"). */
export const CONTENT_BRACKET_CLASS: readonly Case[] = REMARK_STARTS.slice(0, 2).flatMap(([start, trigger]) =>
  HOLDS.map(([holds, action]): Case => [`${start}${holds}`, trigger, action]),
);

/** Brackets that could say who, when or whether, after a step or a message: refused quoting them, never dropped. */
export const LIMIT_BRACKETS_REFUSED: readonly Refusal[] = [
  'only for VIPs',
  'but not on Sundays',
  'unless they already paid',
  'at 9am',
  'probably only the VIPs',
  'maybe not on weekends',
  '10 min early',
  'within 2 days',
  'every week',
  'tomorrow',
].flatMap((limit) => [
  [`When a new lead comes in, tell Coach Mike (${limit})`, limit.replace('10 min', '10 minutes')],
  [
    `When a new lead comes in, send them our welcome email (${limit})`,
    limit.replace('10 min', '10 minutes').replace(' the VIPs', ''),
  ],
]);

/** A bracket that could choose the records (a tag, a status, a kind of lead), even as a guess: refused, never dropped. */
export const CHOOSING_BRACKETS_REFUSED: readonly Refusal[] = [
  'vip',
  'qualified',
  'hot leads',
  'won',
  'VIP version',
].flatMap((chooses): Refusal[] => [
  [`When a new lead comes in, send them the welcome email (${chooses})`, chooses],
  [`When a new lead comes in, post the intro checklist in #sales (${chooses})`, chooses],
  [`When a new lead comes in, tell Coach Mike (probably ${chooses})`, `probably ${chooses}`],
]);

/** A condition in brackets is still the condition. */
export const CONDITION_BRACKETS_KEPT: readonly Case[] = [
  [
    'When a new lead comes in, tell Coach Mike (if they are tagged vip)',
    'lead.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'When a new lead comes in, send them our welcome email (if they are tagged vip)',
    'lead.created {"lead.tags":["vip"]}',
    'email.send',
  ],
];

/** "send Liam a DM on slack", "a direct message", "a quick DM": a member's Slack message. */
export const DM_CLASS: readonly Case[] = (
  [
    ['When a new client books a discovery call', 'booking.created'],
    ['When a lead is created,', 'lead.created'],
  ] as const
).flatMap(([start, trigger]) =>
  ['a DM on slack', 'a direct message on Slack', 'a quick DM on Slack', 'a private message on slack'].flatMap(
    (dm): Case[] => [
      [`${start} send Liam ${dm}`, trigger, 'notify.team'],
      [`${start} send Coach Dani ${dm}`, trigger, 'notify.team'],
    ],
  ),
);

/** "post their name and email in #new-business": the fields posted, then where; never "email" as a second step. */
export const FIELDS_POSTED_CLASS: readonly Case[] = (
  [
    ['any new lead - ', 'lead.created'],
    ['When a lead is created ', 'lead.created'],
  ] as const
).flatMap(([start, trigger]) =>
  [
    'post their name and email in #new-business',
    'post their name and phone number in #sales',
    'post their name and email on slack',
    "post the lead's name and email address in #leads",
  ].map((said): Case => [`${start}${said}`, trigger, 'notify.slack']),
);

/** Near-misses: a limit or a second action after the Slack message or the fields is still read or refused. */
export const DM_FIELDS_TWINS_KEPT: readonly Case[] = [
  [
    'When a lead is created send Kai a DM on slack only if they are tagged vip',
    'lead.created {"lead.tags":["vip"]}',
    'notify.team',
  ],
  [
    'When a lead is created post their name and email in #sales and tag them vip',
    'lead.created',
    'notify.slack; crm.updateLead',
  ],
  [
    'When a lead is created post their name and email in #sales only if they are tagged vip',
    'lead.created {"lead.tags":["vip"]}',
    'notify.slack',
  ],
];
export const DM_FIELDS_TWINS_REFUSED: readonly Refusal[] = [
  ['When a lead is created send Kai a DM on slack but not on weekends', 'not on weekends'],
  ['When a lead is created post their name and email in #sales tomorrow', 'post their name'],
];

/** "send Kai a msg to unlock the studio and put the heaters on": the second verb, no step of ours, is more of what it asks. */
export const PURPOSE_GOES_ON_CLASS: readonly Case[] = (
  [
    ['Weekdays at 5:30am Pacific ', 'cron(30 5 ? * MON-FRI *) America/Los_Angeles'],
    ['When a lead is created, ', 'lead.created'],
  ] as const
).flatMap(([start, trigger]) =>
  [
    ['send Kai a msg to unlock the studio and put the heaters on for hot yoga', 'notify.team'],
    ['send a message to the team to lock up the shop and charge the tablets', 'notify.team'],
    ['post in #front-desk to unlock the studio and turn the lights on', 'notify.slack'],
    ['email Coach Rob to set up the mats and put the kettle on', 'notify.team'],
  ].map(([said, action]): Case => [`${start}${said}`, trigger, action as string]),
);

/** A step of ours after "and", a limit, or "then"/a comma between them: read as before, or refused. */
export const PURPOSE_GOES_ON_TWINS_KEPT: readonly Case[] = [
  [
    'When a lead is created send Kai a msg to unlock the studio and put a note on their record',
    'lead.created',
    'notify.team; crm.addNote',
  ],
  [
    'When a lead is created send Kai a msg to unlock the studio and book a call with them',
    'lead.created',
    'notify.team; calendar.schedule',
  ],
  [
    'When a lead is created send Kai a msg to unlock the studio and put them in #sales',
    'lead.created',
    'notify.team; notify.slack',
  ],
];
export const PURPOSE_GOES_ON_REFUSED: readonly Refusal[] = [
  [
    'When a lead is created send Kai a msg to unlock the studio and put the heaters on only for VIPs',
    'only for VIPs',
  ],
  [
    'Weekdays at 5:30am send Kai a msg to unlock the studio and put the heaters on at 6am',
    'two different times',
  ],
  [
    'When a lead is created send Kai a msg to unlock the studio and then put the heaters on',
    'put the heaters on',
  ],
  ['When a lead is created send Kai a msg to unlock the studio, put the heaters on', 'put the heaters on'],
  ['When a lead is created send Kai a msg to unlock the studio and invoice them', 'invoice them'],
  ['When a lead is created send Kai a msg to unlock the studio and put the heaters on tomorrow', 'tomorrow'],
];

/** "post in #comms on slack reminding them the newsletter goes out thursday": "them" is whom the text speaks to. */
export const SLACK_TOLD_CLASS: readonly Case[] = (
  [
    ['wednesdays 12pm melbourne time - ', 'cron(0 12 ? * WED *) Australia/Melbourne'],
    ['When a booking is cancelled, ', 'booking.cancelled'],
  ] as const
).flatMap(([start, trigger]) =>
  [
    'post in #comms on slack reminding them the newsletter goes out thursday',
    'post in #comms on slack telling them the office closes early',
    'post in #comms on slack reminding everyone the rota is up',
    'post on slack reminding them the newsletter goes out thursday',
    'post on slack telling them the office closes early',
  ].map((said): Case => [`${start}${said}`, trigger, 'notify.slack']),
);
export const SLACK_TOLD_TWINS_REFUSED: readonly Refusal[] = [
  [
    'When a booking is cancelled, post in #comms on slack reminding them the newsletter goes out thursday, but only for VIPs',
    'only for VIPs',
  ],
  [
    'When a booking is cancelled, post in #comms on slack telling them the office closes early unless they already paid',
    'unless they already paid',
  ],
];
