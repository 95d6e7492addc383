import type { Case } from '../table/case';

/**
 * Several deliveries in a row (class 9, session 34). First: an action said with an adverb after the trigger's comma
 * ("When a lead replies to your email, automatically email me, then post it in #sales"): the adverb's clause was
 * merged into the trigger's and its action dropped without a word. Crossed: the trigger × the adverb × the first
 * action × the one after it.
 */
const TRIGGERS: readonly [said: string, trigger: string][] = [
  ['When a lead replies to your email', 'email.received'],
  ['When a new lead comes in', 'lead.created'],
  ['Whenever a booking is cancelled', 'booking.cancelled'],
  ['When an invoice is paid', 'invoice.paid'],
];
const ADVERBS = ['automatically', 'immediately', 'instantly', 'promptly'];
const FIRST: readonly [said: string, step: string][] = [
  ['email me', 'notify.team'],
  ['notify me', 'notify.team'],
  ['let Sam know', 'notify.team'],
  ['post it in #sales', 'notify.slack'],
];
const THEN: readonly [said: string, step: string][] = [
  [', then post it in #ops', 'notify.slack'],
  [' and then tell the sales team', 'notify.team'],
  ['', ''],
];

export const ADVERB_PRODUCT: readonly Case[] = TRIGGERS.flatMap(([when, trigger]) =>
  ADVERBS.flatMap((adverb) =>
    FIRST.flatMap(([first, step]) =>
      THEN.map(
        ([then, next]): Case => [
          `${when}, ${adverb} ${first}${then}`,
          trigger,
          next ? `${step}; ${next}` : step,
        ],
      ),
    ),
  ),
);

/**
 * Several deliveries of one report: whom it goes to said as a list (names, me, a role of ours, a channel, an address,
 * "both partners", "as well as"), the report sent, emailed, "going to" them, DMed, saved to a folder or as a file.
 * Crossed: the schedule × the report × the list × how the sending is said. Each is the report, then one delivery per
 * one named, in the order named.
 */
const SCHEDULES: readonly [said: string, trigger: string][] = [
  ['Every Friday', 'cron(0 9 ? * FRI *)'],
  ['Every Monday at 8am', 'cron(0 8 ? * MON *)'],
];
const REPORTS = ['a summary of the week', 'the weekly report', 'a weekly summary', 'the weekly recap'];
const LISTS: readonly [said: string, steps: string, people: boolean][] = [
  ['to both partners', 'notify.team', true],
  ['to Sam and Priya', 'notify.team; notify.team', true],
  ['to me and to Sam', 'notify.team; notify.team', true],
  ['to Sam, Priya and me', 'notify.team; notify.team; notify.team', true],
  ['to both partners and to #founders', 'notify.team; notify.slack', false],
  ['to Sam as well as #founders', 'notify.team; notify.slack', false],
  ['to #founders and to Priya', 'notify.slack; notify.team', false],
  ['to accounts@example.com and to me', 'email.send; notify.team', true],
];
const SENDINGS: readonly ((schedule: string, report: string, list: string) => string)[] = [
  (s, r, l) => `${s}, send ${r} ${l}`,
  (s, r, l) => `${s}, ${r} goes ${l}`,
  (s, _r, l) => `${s}, summarise the week and send it ${l}`,
  (s, r, l) => `Send ${r} ${l} ${s.replace(/^E/, 'e')}`,
];
/** Emailed: only to people (a channel is posted to). */
const EMAILED: readonly ((schedule: string, report: string, list: string) => string)[] = [
  (s, r, l) => `${s}, ${r}, emailed ${l}`,
  (s, r, l) => `${s}, email ${r} ${l}`,
];

const STORES: readonly [said: (report: string) => string, steps: string][] = [
  [(r) => `${r}, saved to our board folder`, 'files.create'],
  [(r) => `${r} saved as a file`, 'files.create'],
  [(r) => `send ${r} to Sam and save it to the board folder`, 'notify.team; files.create'],
  [(r) => `send ${r} to me and to Sam and post it in #founders`, 'notify.team; notify.team; notify.slack'],
  [() => 'summarise the week and DM it to Priya', 'notify.team'],
  [(r) => `post ${r} in #founders and DM it to Priya`, 'notify.slack; notify.team'],
];

export const DELIVERY_PRODUCT: readonly Case[] = SCHEDULES.flatMap(([when, trigger]) =>
  REPORTS.flatMap((report) => [
    ...LISTS.flatMap(([list, steps, people]) =>
      [...SENDINGS, ...(people ? EMAILED : [])].map(
        (say): Case => [say(when, report, list), trigger, `report.summarize; ${steps}`],
      ),
    ),
    ...STORES.map(([say, steps]): Case => [`${when}, ${say(report)}`, trigger, `report.summarize; ${steps}`]),
  ]),
);

/** One word away: whom it goes to cannot be read whole (a possessive, "both" alone, a place that is no folder). */
export const DELIVERY_REFUSALS: readonly (readonly [prompt: string, quoted: string])[] = [
  ["Every Friday, send the weekly report to Sam and Priya's team", "Priya's team"],
  ['Every Friday, send the weekly report to both', 'both'],
  ['Every Friday, the weekly report goes to both partners and to the CRM', 'CRM'],
  ['Every Friday, a weekly summary, saved to our board system', 'board system'],
  ['Every Friday, summarise the week and DM it to the printer', 'printer'],
];
