import type { EventName } from '../../statemachines/events';
import type { Comparison, Condition, Step, Trigger, WorkflowDefinition } from '../../statemachines/schema';

/**
 * The deterministic assistant: understands the common ways people describe automations, and says what it did
 * not understand instead of guessing. Used without Bedrock (local mode, tests, outages).
 */

export type ParseResult =
  | { readonly ok: true; readonly definition: WorkflowDefinition }
  | { readonly ok: false; readonly problems: readonly string[] };

/** What the run knows about the person or record it is about, as references into the trigger. */
interface Subject {
  readonly noun: string;
  readonly email?: string;
  readonly name?: string;
  readonly leadId?: string;
  readonly invoiceId?: string;
  readonly bookingId?: string;
}

interface Ctx {
  readonly event: EventName | undefined;
  readonly subject: Subject | undefined;
  readonly ids: Set<string>;
  /** The step whose result "it" refers to. */
  previous: { id: string; action: string } | undefined;
}

const SUBJECTS: Partial<Record<EventName, Subject>> = {
  'lead.created': {
    noun: 'lead',
    email: '{{trigger.lead.email}}',
    name: '{{trigger.lead.name}}',
    leadId: '{{trigger.lead.id}}',
  },
  'lead.updated': {
    noun: 'lead',
    email: '{{trigger.lead.email}}',
    name: '{{trigger.lead.name}}',
    leadId: '{{trigger.lead.id}}',
  },
  'form.submitted': { noun: 'lead', email: '{{trigger.lead.email}}', name: '{{trigger.lead.name}}' },
  'email.received': { noun: 'lead', email: '{{trigger.from}}', leadId: '{{trigger.leadId}}' },
  'email.sent': { noun: 'lead', email: '{{trigger.to}}', leadId: '{{trigger.leadId}}' },
  'booking.created': {
    noun: 'attendee',
    email: '{{trigger.booking.attendeeEmail}}',
    leadId: '{{trigger.booking.leadId}}',
    bookingId: '{{trigger.booking.id}}',
  },
  'booking.cancelled': {
    noun: 'attendee',
    email: '{{trigger.booking.attendeeEmail}}',
    bookingId: '{{trigger.booking.id}}',
  },
  'invoice.created': {
    noun: 'customer',
    email: '{{trigger.invoice.customerEmail}}',
    name: '{{trigger.invoice.customerName}}',
    invoiceId: '{{trigger.invoice.id}}',
  },
  'invoice.overdue': {
    noun: 'customer',
    email: '{{trigger.invoice.customerEmail}}',
    name: '{{trigger.invoice.customerName}}',
    invoiceId: '{{trigger.invoice.id}}',
  },
  'invoice.paid': {
    noun: 'customer',
    email: '{{trigger.invoice.customerEmail}}',
    name: '{{trigger.invoice.customerName}}',
    invoiceId: '{{trigger.invoice.id}}',
  },
};

const A = '(?:a|an|the|any|some)?\\s*';
const LEAD = '(?:new\\s+)?(?:lead|prospect|contact|customer|client|sign[- ]?up|signup)';

/** Event phrases, most specific first. */
const EVENT_PHRASES: readonly [RegExp, EventName][] = [
  [
    new RegExp(`^${A}(?:invoice|bill)s?\\s+(?:is|are|becomes?|goes|gets)?\\s*(?:overdue|past due|late)`),
    'invoice.overdue',
  ],
  [/^(?:a|the)?\s*(?:customer|client)\s+(?:is|gets)\s+(?:overdue|late)/, 'invoice.overdue'],
  [new RegExp(`^${A}(?:invoice|bill)s?\\s+(?:is|are|gets)?\\s*paid`), 'invoice.paid'],
  [/^(?:a|the)?\s*(?:customer|client)\s+pays/, 'invoice.paid'],
  [
    new RegExp(`^${A}(?:new\\s+)?(?:invoice|bill)s?\\s+(?:is|are|gets)?\\s*(?:created|issued|sent|added)`),
    'invoice.created',
  ],
  [
    new RegExp(
      `^${A}(?:meeting|call|booking|demo|appointment)s?\\s+(?:is|are|gets)?\\s*(?:cancell?ed|called off)`,
    ),
    'booking.cancelled',
  ],
  [
    new RegExp(
      `^${A}(?:new\\s+)?(?:meeting|call|booking|demo|appointment)s?\\s+(?:is|are|gets)?\\s*(?:booked|scheduled|created|made)`,
    ),
    'booking.created',
  ],
  [/^(?:someone|a lead|a customer|a client)\s+books\s+(?:a\s+)?(?:meeting|call|demo)/, 'booking.created'],
  [new RegExp(`^${A}(?:form|survey)s?\\s+(?:is|are|gets)?\\s*(?:submitted|filled)`), 'form.submitted'],
  [
    /^(?:someone|a visitor|a user)\s+(?:submits|fills (?:in|out))\s+(?:a|the|our)?\s*(?:contact\s+)?form/,
    'form.submitted',
  ],
  [new RegExp(`^${A}(?:${LEAD})\\s+(?:replies|responds|answers|writes back|gets back)`), 'email.received'],
  [
    new RegExp(`^${A}(?:reply|response|email)\\s+(?:is|comes|arrives)?\\s*(?:received|in|arrives)?`),
    'email.received',
  ],
  [/^we\s+(?:get|receive)\s+(?:a|an)\s+(?:reply|email|response)/, 'email.received'],
  [new RegExp(`^${A}(?:email|message)s?\\s+(?:is|are|gets)?\\s*sent`), 'email.sent'],
  [
    new RegExp(`^${A}(?:file|document)s?\\s+(?:is|are|gets)?\\s*(?:updated|uploaded|changed|added)`),
    'file.updated',
  ],
  [new RegExp(`^${A}(?:workflow|automation|run)s?\\s+(?:fails|failed)`), 'workflow.failed'],
  [
    new RegExp(
      `^${A}(?:${LEAD})s?\\s+(?:is|are|gets)?\\s*(?:updated|changed|qualified|moves stage)|^${A}(?:lead|deal)(?:'s)?\\s+status\\s+changes`,
    ),
    'lead.updated',
  ],
  [
    new RegExp(
      `^${A}(?:${LEAD})s?\\s+(?:is|are|gets|has been)?\\s*(?:added|created|comes in|arrives|signs up|registers|is captured|captured|imported)|^(?:someone|a visitor)\\s+(?:signs up|registers)|^${A}new lead$|^we\\s+(?:get|receive)\\s+(?:a|an)\\s+new\\s+lead`,
    ),
    'lead.created',
  ],
];

const detectEvent = (phrase: string): EventName | undefined =>
  EVENT_PHRASES.find(([re]) => re.test(phrase.trim()))?.[1];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
};

const toNumber = (word: string): number | undefined => {
  const n = NUMBER_WORDS[word] ?? Number(word);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

const isoDuration = (amount: number, unit: string): string => {
  if (unit.startsWith('min')) return `PT${amount}M`;
  if (unit.startsWith('hour')) return `PT${amount}H`;
  if (unit.startsWith('week')) return `P${amount * 7}D`;
  return `P${amount}D`;
};

const TIME_ZONES: Record<string, string> = {
  utc: 'UTC',
  gmt: 'Europe/London',
  london: 'Europe/London',
  uk: 'Europe/London',
  berlin: 'Europe/Berlin',
  germany: 'Europe/Berlin',
  cet: 'Europe/Berlin',
  paris: 'Europe/Paris',
  madrid: 'Europe/Madrid',
  rome: 'Europe/Rome',
  amsterdam: 'Europe/Amsterdam',
  vienna: 'Europe/Vienna',
  zurich: 'Europe/Zurich',
  stockholm: 'Europe/Stockholm',
  dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon',
  warsaw: 'Europe/Warsaw',
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  chicago: 'America/Chicago',
  cst: 'America/Chicago',
  central: 'America/Chicago',
  denver: 'America/Denver',
  mst: 'America/Denver',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  toronto: 'America/Toronto',
  'sao paulo': 'America/Sao_Paulo',
  tokyo: 'Asia/Tokyo',
  singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong',
  dubai: 'Asia/Dubai',
  india: 'Asia/Kolkata',
  ist: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  auckland: 'Pacific/Auckland',
};

const parseTimeZone = (text: string): string | undefined => {
  const cleaned = text
    .trim()
    .replace(/\s+(?:time|timezone|time zone)$/, '')
    .trim();
  const known = TIME_ZONES[cleaned];
  if (known) return known;
  const iana = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === cleaned);
  return iana ?? (cleaned === 'utc' ? 'UTC' : undefined);
};

const TIME = /(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?|(noon|midday|midnight)/;

const parseTime = (text: string): { hour: number; minute: number } | undefined => {
  const m = new RegExp(`^${TIME.source}$`).exec(text.trim());
  if (!m) return undefined;
  if (m[4]) return { hour: m[4] === 'midnight' ? 0 : 12, minute: 0 };
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const meridiem = m[3]?.replaceAll('.', '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
};

const DAYS: Record<string, string> = {
  monday: 'MON',
  tuesday: 'TUE',
  wednesday: 'WED',
  thursday: 'THU',
  friday: 'FRI',
  saturday: 'SAT',
  sunday: 'SUN',
};

const PART_OF_DAY: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, night: 20 };

/** "every day at 5 pm in Berlin" (without the actions) -> a schedule trigger, or a problem. */
const parseSchedule = (phrase: string): { trigger: Trigger } | { problem: string } => {
  let rest = phrase.replace(/^(?:every|each)\s+/, '').trim();
  let timezone: string | undefined;
  const tz = /\s+(?:in|,)\s+([a-z_/ ]+?)(?:\s+time)?$/.exec(rest) ?? /\s+\(([a-z_/ ]+)\)$/.exec(rest);
  if (tz?.[1]) {
    const zone = parseTimeZone(tz[1]);
    if (!zone) return { problem: `I don't know the time zone "${tz[1]}"` };
    timezone = zone;
    rest = rest.slice(0, tz.index).trim();
  }
  const withZone = (trigger: Trigger): { trigger: Trigger } =>
    timezone && trigger.type === 'schedule' ? { trigger: { ...trigger, timezone } } : { trigger };

  const rate = /^(\d+|a|an|one|two|three|four|five|ten|fifteen|thirty)?\s*(minute|hour|day)s?$/.exec(rest);
  if (rate?.[2] && !/^day$/.test(rest)) {
    const amount = rate[1] === 'fifteen' ? 15 : rate[1] === 'thirty' ? 30 : toNumber(rate[1] ?? '1');
    if (!amount) return { problem: `I could not read the interval "${rest}"` };
    return withZone({ type: 'schedule', rate: `${amount} ${rate[2]}${amount === 1 ? '' : 's'}` });
  }

  const at = /^(.*?)\s*(?:at\s+(.+))?$/.exec(rest);
  let dayPart = (at?.[1] ?? '').trim();
  let time = at?.[2] ? parseTime(at[2]) : undefined;
  if (at?.[2] && !time) return { problem: `I could not read the time "${at[2]}"` };
  const pod = Object.entries(PART_OF_DAY).find(([w]) => dayPart === w || dayPart.endsWith(` ${w}`));
  if (pod) {
    dayPart = dayPart.replace(new RegExp(`\\s*${pod[0]}$`), '').trim() || 'day';
    time ??= { hour: pod[1], minute: 0 };
  }
  time ??= { hour: 9, minute: 0 };
  const { hour, minute } = time;
  const cron = (dom: string, dow: string) => `${minute} ${hour} ${dom} * ${dow} *`;
  const dayName = dayPart.replace(/s$/, '');
  if (dayPart === 'day' || dayPart === 'daily' || dayPart === '')
    return withZone({ type: 'schedule', cron: cron('*', '?') });
  if (/^(?:weekday|working day|business day|work day)s?$/.test(dayPart))
    return withZone({ type: 'schedule', cron: cron('?', 'MON-FRI') });
  if (/^weekends?$/.test(dayPart)) return withZone({ type: 'schedule', cron: cron('?', 'SAT,SUN') });
  if (dayPart === 'week') return withZone({ type: 'schedule', cron: cron('?', 'MON') });
  if (dayPart === 'month') return withZone({ type: 'schedule', cron: cron('1', '?') });
  const day = DAYS[dayName];
  if (day) return withZone({ type: 'schedule', cron: cron('?', day) });
  return { problem: `I could not read the schedule "every ${rest}"` };
};

const splitClauses = (text: string): string[] =>
  text
    .split(
      /\s*(?:,\s*(?:and\s+)?then\s+|,\s*and\s+|,\s+|\s+and\s+then\s+|\s+then\s+|\s+and\s+also\s+|\s+and\s+|;\s*)/,
    )
    .map((c) => c.trim().replace(/^(?:then|also|and)\s+/, ''))
    .filter((c) => c.length > 0);

const uniqueId = (ctx: Ctx, base: string): string => {
  let id = base;
  for (let n = 2; ctx.ids.has(id); n++) id = `${base}-${n}`;
  ctx.ids.add(id);
  return id;
};

const greet = (s: Subject | undefined) => (s?.name ? `Hi ${s.name},` : 'Hi,');

const EMAIL_KINDS: Record<string, { subject: (s: Subject | undefined) => string; body: string }> = {
  welcome: {
    subject: (s) => (s?.name ? `Welcome, ${s.name}!` : 'Welcome!'),
    body: 'Thanks for getting in touch. We are glad to have you and will be in contact shortly.',
  },
  'follow-up': {
    subject: (s) => (s?.name ? `Following up, ${s.name}` : 'Following up'),
    body: 'Thanks for your interest. I wanted to follow up and see how we can help. Would a short call this week work for you?',
  },
  reminder: {
    subject: () => 'A quick reminder',
    body: 'Just a friendly reminder about my last message. Let me know if you have any questions.',
  },
  'thank-you': {
    subject: () => 'Thank you!',
    body: 'Thank you for your time. Let us know if there is anything else we can do for you.',
  },
  confirmation: {
    subject: () => 'Your meeting is confirmed',
    body: 'This confirms our meeting. We look forward to speaking with you.',
  },
  generic: {
    subject: () => 'Hello from our team',
    body: 'We wanted to reach out. Reply to this email if you have any questions.',
  },
};

const emailKind = (clause: string): string => {
  if (/follow[- ]?up|following up|check(?:ing)? in/.test(clause)) return 'follow-up';
  if (/welcome|onboarding|intro/.test(clause)) return 'welcome';
  if (/remind/.test(clause)) return 'reminder';
  if (/thank/.test(clause)) return 'thank-you';
  if (/confirm/.test(clause)) return 'confirmation';
  return 'generic';
};

const describeTrigger = (ctx: Ctx): string => {
  switch (ctx.event) {
    case 'lead.created':
      return 'New lead: {{trigger.lead.name}} ({{trigger.lead.email}})';
    case 'form.submitted':
      return 'New form submission from {{trigger.lead.email}}';
    case 'email.received':
      return 'Reply received from {{trigger.from}}';
    case 'booking.created':
      return 'New booking: {{trigger.booking.title}} at {{trigger.booking.start}}';
    case 'invoice.overdue':
      return 'Invoice {{trigger.invoice.number}} is overdue';
    case 'invoice.paid':
      return 'Invoice {{trigger.invoice.number}} was paid';
    default:
      return ctx.subject?.email ? `Update about ${ctx.subject.email}` : 'Workflow update';
  }
};

/** The text "it" refers to: the previous step's natural output, else a description of the trigger. */
const itText = (ctx: Ctx): string => {
  const prev = ctx.previous;
  if (prev?.action === 'report.summarize') return `{{steps.${prev.id}.summary}}`;
  if (prev?.action === 'email.draft') return `{{steps.${prev.id}.body}}`;
  return describeTrigger(ctx);
};

type ActionParser = (clause: string, ctx: Ctx) => Step[] | undefined;

const requireEmail = (ctx: Ctx): string | undefined => ctx.subject?.email;

const ACTIONS: readonly [RegExp, ActionParser][] = [
  // Waits: "wait 3 days", "after 2 hours"
  [
    /^(?:wait|pause|sleep|after|in)\s+(?:for\s+)?(\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen)\s+(minute|hour|day|week)s?$/,
    (clause, ctx) => {
      const m = /(\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen)\s+(minute|hour|day|week)/.exec(
        clause,
      );
      const amount = toNumber(m?.[1] ?? '');
      if (!amount || !m?.[2]) return undefined;
      return [{ id: uniqueId(ctx, 'wait') as Step['id'], wait: isoDuration(amount, m[2]) }];
    },
  ],
  // Summaries: "summarize today's activity", "create a daily report"
  [
    /^(?:summari[sz]e|recap|compile|create|write|generate|prepare|make)\b.*\b(?:activity|day|today|summary|report|recap|week)\b|^(?:send|post|share)\s+(?:a|an|the)\s+(?:daily\s+|weekly\s+)?(?:summary|report|recap)/,
    (clause, ctx) => {
      const period = /week/.test(clause) ? 'last7days' : /yesterday/.test(clause) ? 'yesterday' : 'today';
      const id = uniqueId(ctx, 'summary');
      const steps: Step[] = [{ id: id as Step['id'], action: 'report.summarize', input: { period } }];
      ctx.previous = { id, action: 'report.summarize' };
      if (/^(?:send|post)/.test(clause) && /slack/.test(clause)) {
        steps.push({
          id: uniqueId(ctx, 'post-to-slack') as Step['id'],
          action: 'notify.slack',
          input: { text: `{{steps.${id}.summary}}` },
        });
      }
      return steps;
    },
  ],
  // Slack: "send it to Slack", "post in Slack", "ping the team on Slack", "notify Slack"
  [
    /\bslack\b/,
    (clause, ctx) => {
      const quoted = /["“](.+?)["”]/.exec(clause)?.[1];
      return [
        {
          id: uniqueId(ctx, 'post-to-slack') as Step['id'],
          action: 'notify.slack',
          input: { text: quoted ?? itText(ctx) },
        },
      ];
    },
  ],
  // Meetings: "schedule a meeting", "book a call", "set up a demo"
  [
    /^(?:schedule|book|set up|arrange|plan|organi[sz]e)\s+(?:a|an|the)?\s*(?:\w+\s+)?(?:meeting|call|demo|appointment|intro call|discovery call)/,
    (clause, ctx) => {
      const kind = /demo/.test(clause) ? 'Demo' : /call/.test(clause) ? 'Call' : 'Meeting';
      const who = ctx.subject?.name ?? ctx.subject?.email;
      const input: Record<string, unknown> = {
        title: who ? `${kind} with ${who}` : kind,
        durationMinutes: /demo/.test(clause) ? 45 : 30,
      };
      if (ctx.subject?.email) input.attendeeEmail = ctx.subject.email;
      if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
      return [{ id: uniqueId(ctx, 'schedule-meeting') as Step['id'], action: 'calendar.schedule', input }];
    },
  ],
  // Invoice reminders in an invoice context: "send a payment reminder", "remind them to pay"
  [
    /^(?:send|email)\s+(?:a|an|the)?\s*(?:payment\s+)?reminder|^remind\s+(?:them|the customer|the client)/,
    (clause, ctx) => {
      if (!ctx.subject?.invoiceId) return undefined;
      if (!/pay|invoice|remind/.test(clause)) return undefined;
      return [
        {
          id: uniqueId(ctx, 'payment-reminder') as Step['id'],
          action: 'invoice.sendReminder',
          input: { invoiceId: ctx.subject.invoiceId },
        },
      ];
    },
  ],
  // "send it" after a draft
  [
    /^send\s+(?:it|the draft|the email)(?:\s+to\s+(?:them|the lead))?$/,
    (_clause, ctx) => {
      const prev = ctx.previous;
      const to = ctx.subject?.email;
      if (prev?.action !== 'email.draft' || !to) return undefined;
      const input: Record<string, unknown> = {
        to,
        subject: `{{steps.${prev.id}.subject}}`,
        body: `{{steps.${prev.id}.body}}`,
      };
      if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
      return [{ id: uniqueId(ctx, 'send-draft') as Step['id'], action: 'email.send', input }];
    },
  ],
  // Drafts: "draft a personalised email"
  [
    /^(?:draft|write|compose)\s+(?:a|an)?\s*(?:personali[sz]ed\s+)?(?:email|message|reply)/,
    (clause, ctx) => {
      const id = uniqueId(ctx, 'draft-email');
      const input: Record<string, unknown> = { instruction: clause };
      if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
      ctx.previous = { id, action: 'email.draft' };
      return [{ id: id as Step['id'], action: 'email.draft', input }];
    },
  ],
  // Emails: "send a follow-up email", "email them", "send them a welcome email", "follow up by email"
  [
    /\b(?:e-?mail|mail)\b|^follow up$|^follow up with (?:them|the lead)|^reach out/,
    (clause, ctx) => {
      const to = requireEmail(ctx);
      if (!to) return undefined;
      const prev = ctx.previous;
      const kind = emailKind(clause);
      const tpl = EMAIL_KINDS[kind] ?? EMAIL_KINDS.generic!;
      const drafted = prev?.action === 'email.draft' && /\bit\b|draft/.test(clause);
      const input: Record<string, unknown> = {
        to,
        // After an email.sent trigger, answer in the same thread: "Re: …" does not match the trigger's filter.
        subject: drafted
          ? `{{steps.${prev.id}.subject}}`
          : ctx.event === 'email.sent'
            ? 'Re: {{trigger.subject}}'
            : tpl.subject(ctx.subject),
        body: drafted ? `{{steps.${prev.id}.body}}` : `${greet(ctx.subject)}\n\n${tpl.body}`,
      };
      if (ctx.subject?.leadId) input.leadId = ctx.subject.leadId;
      const id = uniqueId(ctx, kind === 'generic' ? 'send-email' : `${kind}-email`);
      return [{ id: id as Step['id'], action: 'email.send', input }];
    },
  ],
  // Team: "notify the team", "let sales know", "tell Anna", "alert the manager", "escalate to the team"
  [
    /^(?:notify|alert|tell|inform|ping|let|escalate|warn)\b/,
    (clause, ctx) => {
      const member = /^(?:notify|alert|tell|inform|ping|let|warn)\s+([a-z][a-z-]+)(?:\s+know)?$/.exec(
        clause,
      )?.[1];
      const input: Record<string, unknown> = {
        text: /escalate/.test(clause) ? `Escalation: ${describeTrigger(ctx)}` : describeTrigger(ctx),
      };
      if (
        member &&
        !['the', 'them', 'us', 'our', 'team', 'everyone', 'sales', 'me', 'him', 'her'].includes(member)
      ) {
        input.member = member;
      }
      if (/\bme\b/.test(clause)) input.member = 'owner';
      return [{ id: uniqueId(ctx, 'notify-team') as Step['id'], action: 'notify.team', input }];
    },
  ],
  // CRM: "mark them as qualified", "set the status to contacted", "tag them as hot", "add a note"
  [
    /^(?:mark|set|move|change|update)\b.*\b(new|contacted|qualified|customer|lost)\b/,
    (clause, ctx) => {
      if (!ctx.subject?.leadId) return undefined;
      const status = /\b(new|contacted|qualified|customer|lost)\b/.exec(clause)?.[1];
      return [
        {
          id: uniqueId(ctx, 'update-lead') as Step['id'],
          action: 'crm.updateLead',
          input: { leadId: ctx.subject.leadId, status },
        },
      ];
    },
  ],
  [
    /^(?:tag|label)\s+(?:them|the lead|it)\s+(?:as|with)\s+["“]?([\w-]+)["”]?$/,
    (clause, ctx) => {
      const tag = /(?:as|with)\s+["“]?([\w-]+)/.exec(clause)?.[1];
      if (!ctx.subject?.leadId || !tag) return undefined;
      return [
        {
          id: uniqueId(ctx, 'tag-lead') as Step['id'],
          action: 'crm.updateLead',
          input: { leadId: ctx.subject.leadId, addTags: [tag] },
        },
      ];
    },
  ],
  [
    /^(?:add|write|leave|log)\s+(?:a|an)?\s*note/,
    (clause, ctx) => {
      if (!ctx.subject?.leadId) return undefined;
      const text = /note\s+(?:saying|that says|:)\s*(.+)$/.exec(clause)?.[1] ?? describeTrigger(ctx);
      return [
        {
          id: uniqueId(ctx, 'add-note') as Step['id'],
          action: 'crm.addNote',
          input: { leadId: ctx.subject.leadId, text },
        },
      ];
    },
  ],
  [
    /^(?:mark|record)\s+(?:the\s+)?invoice\s+(?:as\s+)?paid/,
    (_clause, ctx) =>
      ctx.subject?.invoiceId
        ? [
            {
              id: uniqueId(ctx, 'mark-paid') as Step['id'],
              action: 'invoice.markPaid',
              input: { invoiceId: ctx.subject.invoiceId },
            },
          ]
        : undefined,
  ],
  [
    /^(?:log|record)\s+(?:it|this|that|the event)$/,
    (_clause, ctx) => [
      { id: uniqueId(ctx, 'log') as Step['id'], action: 'log', input: { message: describeTrigger(ctx) } },
    ],
  ],
];

const parseActions = (text: string, ctx: Ctx, problems: string[]): Step[] => {
  const steps: Step[] = [];
  for (const clause of splitClauses(text)) {
    const c = clause.replace(/[.!]+$/, '').trim();
    const candidates = ACTIONS.filter(([re]) => re.test(c));
    let parsed: Step[] | undefined;
    for (const [, parse] of candidates) {
      parsed = parse(c, ctx);
      if (parsed) break;
    }
    if (!parsed) {
      problems.push(
        candidates.length > 0
          ? `I understood "${c}" but there is no ${ctx.subject ? ctx.subject.noun : 'person or record'} to do it for in this trigger`
          : `I did not understand the action "${c}"`,
      );
      continue;
    }
    steps.push(...parsed);
    const last = parsed.at(-1);
    if (last && 'action' in last && !['report.summarize', 'email.draft'].includes(last.action)) {
      // "it" keeps pointing at a summary or draft until something else produces text.
      if (!ctx.previous || !/notify|email\.send/.test(last.action))
        ctx.previous = { id: last.id, action: last.action };
    }
  }
  return steps;
};

const parseAmount = (text: string): number | undefined => {
  const m = /^(?:\$|€|£)?\s*([\d,.]+)\s*(k|m)?\s*(?:\$|€|£|eur|usd|dollars|euros)?$/.exec(text.trim());
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replaceAll(',', ''));
  if (!Number.isFinite(n)) return undefined;
  return m[2] === 'k' ? n * 1000 : m[2] === 'm' ? n * 1_000_000 : n;
};

const FIELD_ALIASES: Record<string, string> = {
  value: 'value',
  'deal value': 'value',
  'deal size': 'value',
  worth: 'value',
  amount: 'totalCents',
  total: 'totalCents',
  status: 'status',
  source: 'source',
  company: 'company',
  email: 'email',
  name: 'name',
};

const comparisonOf = (op: string, value: string | number): Omit<Comparison, 'path'> | undefined => {
  if (/^(?:over|above|greater than|more than|bigger than|larger than|>)$/.test(op)) return { gt: value };
  if (/^(?:at least|>=)$/.test(op)) return { gte: value };
  if (/^(?:under|below|less than|smaller than|<)$/.test(op)) return { lt: value };
  if (/^(?:at most|<=)$/.test(op)) return { lte: value };
  if (/^(?:is|equals|is equal to|=|==)$/.test(op)) return { eq: value };
  if (/^(?:is not|isn't|does not equal|!=)$/.test(op)) return { ne: value };
  return undefined;
};

/** "the lead's value is over 10,000", "the lead is from LinkedIn", "the lead is qualified". */
const parseCondition = (text: string, event: EventName | undefined): Condition | undefined => {
  const root = event?.startsWith('invoice.') ? 'trigger.invoice' : 'trigger.lead';
  const t = text.replace(/^(?:the|a|an)\s+/, '').trim();
  const field =
    /^(?:lead|customer|client|deal|invoice|contact)(?:'s|s')?\s+(value|deal value|deal size|amount|total|status|source|company|email|name)\s+(is not|isn't|is equal to|is|equals|does not equal|>=|<=|!=|==|=|>|<)?\s*(over|above|greater than|more than|bigger than|larger than|at least|under|below|less than|smaller than|at most)?\s*(.+)$/.exec(
      t,
    );
  if (field?.[1] && field[4]) {
    const path = `${root}.${FIELD_ALIASES[field[1]] ?? field[1]}`;
    const op = field[3] ?? field[2] ?? 'is';
    const amount = parseAmount(field[4]);
    const value: string | number =
      amount !== undefined
        ? path.endsWith('totalCents')
          ? Math.round(amount * 100)
          : amount
        : field[4].trim();
    const cmp = comparisonOf(op, value);
    return cmp ? ({ path, ...cmp } as Comparison) : undefined;
  }
  const worth =
    /^(?:lead|deal|customer)\s+is\s+worth\s+(over|more than|at least|under|less than)\s+(.+)$/.exec(t);
  if (worth?.[1] && worth[2]) {
    const amount = parseAmount(worth[2]);
    const cmp = amount === undefined ? undefined : comparisonOf(worth[1], amount);
    return cmp ? ({ path: `${root}.value`, ...cmp } as Comparison) : undefined;
  }
  const from = /^(?:lead|contact|customer)\s+(?:is|comes)\s+from\s+(.+)$/.exec(t);
  if (from?.[1]) return { path: `${root}.source`, eq: from[1].trim() };
  const status = /^(?:lead|contact|customer)\s+is\s+(?:a\s+)?(new|contacted|qualified|customer|lost)$/.exec(
    t,
  );
  if (status?.[1]) return { path: `${root}.status`, eq: status[1] };
  return undefined;
};

const inferEventFromSubject = (text: string): EventName | undefined => {
  if (/^(?:the\s+|a\s+|an\s+)?invoice/.test(text)) return 'invoice.overdue';
  if (/^(?:the\s+|a\s+|an\s+)?(?:lead|deal|contact|customer|prospect)/.test(text)) return 'lead.created';
  return undefined;
};

/** "If <cond>, <actions>[, otherwise <actions>]" (the trigger given or inferred from the subject). */
const parseConditional = (
  text: string,
  ctx: Ctx,
  problems: string[],
): { steps: Step[]; event: EventName | undefined } | undefined => {
  const m = /^if\s+(.+?),\s+(?:then\s+)?(.+?)(?:[,;.]?\s+(?:otherwise|else|if not),?\s*(.+))?$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const event = ctx.event ?? inferEventFromSubject(m[1]);
  const condition = parseCondition(m[1], event);
  if (!condition) {
    problems.push(`I did not understand the condition "${m[1]}"`);
    return { steps: [], event };
  }
  const inner: Ctx = { ...ctx, event, subject: ctx.subject ?? (event ? SUBJECTS[event] : undefined) };
  const then = parseActions(m[2], inner, problems);
  const otherwise = m[3] ? parseActions(m[3], inner, problems) : undefined;
  const step: Step = {
    id: uniqueId(ctx, 'check') as Step['id'],
    if: condition,
    then,
    ...(otherwise && otherwise.length > 0 ? { else: otherwise } : {}),
  };
  return { steps: [step], event };
};

const NON_RESPONSE =
  /^if\s+(?:a|an|the|any)?\s*(?:new\s+)?(lead|prospect|contact|customer|client|someone|they)s?\s+(?:doesn't|does not|don't|do not|hasn't|has not|haven't|have not|didn't|did not|never|fails? to|won't|will not)\s+(respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|get back|got back|write back|wrote back|pa(?:y|id)|book(?:ed)?|schedule(?:d)?)\b.*?\s+(?:in|within|after|for|by)\s+(\d+|a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(minute|hour|day|week)s?\b[,:;.]?\s*(?:then\s+)?(.+)$/;

const parseNonResponse = (text: string, problems: string[]): WorkflowDefinition | undefined => {
  const m = NON_RESPONSE.exec(text);
  if (!m?.[2] || !m[3] || !m[4] || !m[5]) return undefined;
  const amount = toNumber(m[3]);
  if (!amount) return undefined;
  const timeout = isoDuration(amount, m[4]);
  const verb = m[2].startsWith('pa') ? 'pay' : /^(?:book|schedul)/.test(m[2]) ? 'book' : 'respond';
  const [timeoutText = '', replyText] = m[5].split(
    /[,;.]?\s+(?:otherwise|if they do|if they (?:reply|respond|pay|book)),?\s*/,
  );
  const ctx: Ctx = { event: undefined, subject: undefined, ids: new Set(), previous: undefined };

  let trigger: Trigger;
  let waitEvent: EventName;
  let match: Record<string, string>;
  let label: string;
  if (verb === 'pay') {
    trigger = { type: 'event', event: 'invoice.created' };
    waitEvent = 'invoice.paid';
    match = { 'invoice.id': '{{trigger.invoice.id}}' };
    label = 'payment';
  } else if (verb === 'book') {
    trigger = { type: 'event', event: 'lead.created' };
    waitEvent = 'booking.created';
    match = { 'booking.leadId': '{{trigger.lead.id}}' };
    label = 'booking';
  } else {
    // Reminders reply in the same thread ("Re: …"), so they do not start the workflow again; only messages
    // (email.send) count, not invoice reminders (kind "invoice-reminder"); events without a kind are messages.
    trigger = {
      type: 'event',
      event: 'email.sent',
      filter: {
        subject: [{ 'anything-but': { prefix: 'Re:' } }],
        $or: [{ kind: ['message'] }, { kind: [{ exists: false }] }],
      },
    };
    waitEvent = 'email.received';
    match = { leadId: '{{trigger.leadId}}' };
    label = 'reply';
  }
  const event = trigger.type === 'event' ? (trigger.event as EventName) : undefined;
  const inner: Ctx = { ...ctx, event, subject: event ? SUBJECTS[event] : undefined };
  const onTimeout = parseActions(timeoutText, inner, problems);
  const onEvent = replyText ? parseActions(replyText, inner, problems) : [];
  const step: Step = {
    id: uniqueId(inner, `await-${label}`) as Step['id'],
    waitFor: { event: waitEvent, match, timeout },
    ...(onEvent.length > 0 ? { onEvent } : {}),
    onTimeout,
  };
  return { name: '', trigger, steps: [step] };
};

const TRIGGER_LEAD = /^(?:when(?:ever)?|once|after|as soon as|each time|every time)\s+(.+?)(?:,|:)\s+(.+)$/;

const titleCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const nameFrom = (prompt: string): string => {
  const cleaned = prompt.trim().replace(/[.!]+$/, '');
  return titleCase(cleaned.length <= 80 ? cleaned : `${cleaned.slice(0, 77).trimEnd()}…`);
};

/** Parses one plain-words description. Never throws; unrecognised parts are reported, not guessed. */
export const parsePrompt = (prompt: string): ParseResult => {
  const original = prompt.trim().replace(/\s+/g, ' ');
  if (original.length === 0) return { ok: false, problems: ['The description is empty'] };
  if (original.length > 2000)
    return { ok: false, problems: ['The description is longer than 2000 characters'] };
  const text = original
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[.!]+$/, '')
    .trim();
  const problems: string[] = [];
  const finish = (def: Omit<WorkflowDefinition, 'name' | 'description'>): ParseResult => {
    if (problems.length > 0) return { ok: false, problems };
    if (def.steps.length === 0) return { ok: false, problems: ['I found no action to perform'] };
    return { ok: true, definition: { name: nameFrom(original), description: original, ...def } };
  };

  const nonResponse = parseNonResponse(text, problems);
  if (nonResponse) return finish({ trigger: nonResponse.trigger, steps: nonResponse.steps });

  const every = /^(?:every|each)\s+(.+?)(?:,|:)\s+(.+)$/.exec(text);
  if (every?.[1] && every[2]) {
    const schedule = parseSchedule(`every ${every[1]}`);
    if ('problem' in schedule) return { ok: false, problems: [schedule.problem] };
    const ctx: Ctx = { event: undefined, subject: undefined, ids: new Set(), previous: undefined };
    return finish({ trigger: schedule.trigger, steps: parseActions(every[2], ctx, problems) });
  }

  const when = TRIGGER_LEAD.exec(text);
  if (when?.[1] && when[2]) {
    const webhook =
      /^(?:a|an)?\s*webhook\s+(?:from\s+)?([a-z0-9_-]+)\s+(?:arrives|is received|comes in|fires)$/.exec(
        when[1],
      );
    const event = webhook ? undefined : detectEvent(when[1]);
    if (!event && !webhook) return { ok: false, problems: [`I did not understand the trigger "${when[1]}"`] };
    const trigger: Trigger = webhook?.[1]
      ? { type: 'webhook', source: webhook[1] }
      : { type: 'event', event: event as EventName };
    const ctx: Ctx = {
      event,
      subject: event ? SUBJECTS[event] : undefined,
      ids: new Set(),
      previous: undefined,
    };
    const conditional = /^if\s/.test(when[2]) ? parseConditional(when[2], ctx, problems) : undefined;
    return finish({ trigger, steps: conditional ? conditional.steps : parseActions(when[2], ctx, problems) });
  }

  if (/^if\s/.test(text)) {
    const ctx: Ctx = { event: undefined, subject: undefined, ids: new Set(), previous: undefined };
    const conditional = parseConditional(text, ctx, problems);
    if (conditional) {
      if (!conditional.event)
        return { ok: false, problems: [...problems, 'I could not tell what should start this'] };
      return finish({ trigger: { type: 'event', event: conditional.event }, steps: conditional.steps });
    }
  }

  return {
    ok: false,
    problems: [
      'I could not find a trigger. Start with "When …", "Every … at …", "If a lead doesn\'t … in …" or "If …, … otherwise …"',
    ],
  };
};
