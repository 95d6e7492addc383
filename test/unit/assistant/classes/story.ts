import type { Case } from '../table/case';
import { CONDITION_PRODUCT } from './conditions';
import { EVENT_PRODUCT } from './events';
import { LIST_PRODUCT } from './lists';
import { NEGATIVE_WAIT_PRODUCT } from './negative-waits';
import { RECORD_PRODUCT } from './records';
import { REPORT_PRODUCT } from './reports';

/**
 * The story around a rule (grammar/story.ts): sentences that hold rule words — a name, a weekday, "sales", "leads",
 * a number — yet only tell how things are or were: openers about the talk before, past events, plans for later,
 * statistics, the business said first, reasons, politeness with a name, labelled context. Each kind is built from
 * its parts (subjects × verbs × times × objects), put before or after rule bodies the other classes cover, and must
 * come back as the body's own workflow with the story said back ("ignored as context: …"). The negative class puts
 * sentences shaped the same way around the same bodies but carrying what would change the workflow — a restriction,
 * a schedule, a copy to someone, an approval, a later action of ours, a name as a condition — and each must be
 * refused, quoting it.
 */

const bare = (s: string) => s.replace(/[.!]$/, '');
const sentence = (s: string) => `${bare(s)}.`;

const spread = (cases: readonly Case[], n: number): Case[] => {
  const step = Math.max(1, Math.floor(cases.length / n));
  return cases.filter((_c, i) => i % step === 0).slice(0, n);
};

/** Bodies without a clock time (a place in the story gives a schedule its zone: see ZONED below). */
const BODIES: readonly Case[] = [
  ...spread(EVENT_PRODUCT, 3),
  ...spread(CONDITION_PRODUCT, 3),
  ...spread(NEGATIVE_WAIT_PRODUCT, 3),
  ...spread(LIST_PRODUCT, 3),
  ...spread(RECORD_PRODUCT, 3),
].filter(([prompt]) => !prompt.includes('\n'));

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

/** Each kind of story sentence, from its parts; `first` ones open the request, the others follow the rule. */
const KINDS: Readonly<Record<string, { readonly first: boolean; readonly sentences: readonly string[] }>> = {
  'an opener about the talk before × when × with whom': {
    first: true,
    sentences: cross(
      ['Following up on ', 'As discussed on ', 'Per our ', 'Further to '],
      ["Tuesday's call", "yesterday's meeting", "Friday's catch-up"],
      ['', ' with Ravi', ' with Anna and Tom'],
      ['.'],
    ),
  },
  'someone × did something about this × when': {
    first: false,
    sentences: cross(
      ['Ravi', 'My boss', 'I', 'Our office manager', 'Anna'],
      [' asked for this', ' brought this up', ' mentioned this', ' flagged this'],
      [" on Tuesday's call", ' last week', ' yesterday', ' a few days ago'],
      ['.'],
    ),
  },
  'a past event of the business × when': {
    first: true,
    sentences: cross(
      ['Last month ', 'Last week ', ''],
      ['we lost two deals', 'we missed a few follow-ups', 'a client complained'],
      [' because nobody followed up.', '.'],
    ),
  },
  'a plan of the writer or someone named × what for us': {
    first: false,
    sentences: cross(
      ["I'll ", 'Ravi will ', 'Anna is going to '],
      [
        'write the email copy later',
        'send you the template',
        'share the wording separately',
        'sort out the copy',
      ],
      ['.'],
    ),
  },
  'a statistic about the business × how many × how often': {
    first: true,
    sentences: cross(
      ['We get ', 'We handle ', 'We send '],
      ['~40 leads', 'about 200 emails', 'a few dozen invoices', 'roughly 30 bookings'],
      [' a week', ' per month', ' a day'],
      ['.'],
    ),
  },
  'the business said first × who × what': {
    first: true,
    sentences: cross(
      ['I own ', 'We run ', 'We have ', 'My wife and I run ', "We're "],
      ['a hair salon', 'a small agency', 'a dental practice in Leeds', 'a 5-person consultancy'],
      ['.'],
    ),
  },
  'a reason or a problem × who': {
    first: false,
    sentences: cross(
      ['Sales ', 'Our team ', 'The front desk ', 'Everyone '],
      ['keeps forgetting to follow up', 'is swamped', 'keeps missing things', 'wastes hours on this'],
      ['.'],
    ),
  },
  'politeness naming someone': {
    first: false,
    sentences: [
      'Thanks for picking this up!',
      'Thank you Anna for looking into this.',
      'Let me know if Slack is fine.',
      'Let me know if email works better.',
      'Thanks Ravi!',
      'Many thanks to Tom for setting this up.',
    ],
  },
  'who I am and the tools we use, said first': {
    first: true,
    sentences: cross(
      ['My name is Priya and I ', "I'm Tom and I ", 'Hi, this is Ravi and I '],
      ['run a bakery', 'manage a small clinic', 'own a cleaning company'],
      ['.'],
    ).concat(cross(['We use ', "We're using "], ['HubSpot as our CRM', 'Xero for accounting'], ['.'])),
  },
  'where the materials are': {
    first: false,
    sentences: cross(
      ['The email copy ', 'The template ', 'Our logo ', 'The wording '],
      ['is in the shared drive', 'is attached', 'is below', 'is coming'],
      ['.'],
    ),
  },
  'a pain point × for how long': {
    first: false,
    sentences: cross(
      ["It's been ", 'This has been ', 'It is '],
      ['a pain point', 'a real headache', 'a nightmare'],
      ['', ' for months', ' for a while'],
      ['.'],
    ),
  },
  'a message-about-the-message opener or aside': {
    first: true,
    sentences: [
      'Quick one from the sales side.',
      'Hi Sam, quick request from the front desk.',
      'FYI we switched CRMs last month.',
      'Btw we moved offices in the spring.',
      "Just so you know, Ravi's team started this in March.",
    ],
  },
  'a plan handing something over × when': {
    first: false,
    sentences: cross(
      ["I'll send over ", 'Anna will share ', 'Ravi is going to send you '],
      ['the link', 'the files', 'the document'],
      [' later', ' tomorrow', ''],
      ['.'],
    ),
  },
  'politeness offering another channel': {
    first: false,
    sentences: cross(
      ['Let me know if '],
      ['Slack is fine', 'email works', 'this is ok'],
      [" or if you'd prefer Teams", ' or whether email is better', ''],
      ['.'],
    ),
  },
  'a labelled note × its statement': {
    first: true,
    sentences: cross(
      ['Context: ', 'Background: ', 'Rationale: ', 'Why: '],
      [
        'we get about 40 leads a week from the website',
        'sales keeps forgetting',
        'Ravi asked for this last week',
      ],
      ['.'],
    ),
  },
};

/** Every story sentence of a kind around every body; each is the body's workflow, the sentence said back. */
export const STORY_CLASS: ReadonlyMap<string, readonly (readonly [Case, string])[]> = new Map(
  Object.entries(KINDS).map(([name, { first, sentences }]): [string, (readonly [Case, string])[]] => [
    name,
    sentences.flatMap((story, i) => {
      const [prompt, trigger, steps] = BODIES[i % BODIES.length] as Case;
      const other = BODIES[(i * 7 + 3) % BODIES.length] as Case;
      const wrapped = (body: string) => (first ? `${story} ${sentence(body)}` : `${sentence(body)} ${story}`);
      return [
        [[wrapped(prompt), trigger, steps], story],
        [[wrapped(other[0]), other[1], other[2]], story],
      ] as const;
    }),
  ]),
);

/** An opener before the rule in its own sentence: "As discussed with Anna last week: when …". */
const OPENERS: readonly string[] = cross(
  [
    'As discussed with Anna last week',
    "Per Ravi's request",
    "Following up on Friday's call",
    'Further to our chat',
  ],
  [': ', ', ', ' - '],
);

export const OPENER_CLASS: readonly (readonly [Case, string])[] = OPENERS.flatMap((opener, i) =>
  [BODIES[i % BODIES.length] as Case, BODIES[(i * 5 + 2) % BODIES.length] as Case].map(
    ([prompt, trigger, steps]) =>
      [
        [`${opener}${prompt.charAt(0).toLowerCase()}${prompt.slice(1)}`, trigger, steps],
        opener.replace(/[:,\s-]+$/, ''),
      ] as const,
  ),
);

/** A whole message: opener, business, statistic, rule, reason, plan, thanks; the five pieces said back. */
export const STORY_MESSAGES: readonly Case[] = BODIES.map(([prompt, trigger, steps]) => [
  `Hi Sam, following up on Tuesday's call with Ravi. I own a hair salon. Context: we get ~40 bookings a week. Requirement: ${sentence(prompt)} Rationale: the front desk keeps forgetting. I'll write the copy later. Thanks for picking this up!`,
  trigger,
  steps,
]);

/** A place told in the story gives a schedule with no zone its zone: the business's clock, not UTC. */
export const ZONED: readonly Case[] = spread(REPORT_PRODUCT, 6)
  .filter(([prompt, trigger]) => trigger.startsWith('cron(') && !/\btime\b|[A-Z][a-z]+\/[A-Z]/.test(prompt))
  .flatMap(([prompt, trigger, steps]): Case[] => [
    [`We have a real estate office in Toronto. ${sentence(prompt)}`, `${trigger} America/Toronto`, steps],
    [`I run a bakery in Berlin. ${sentence(prompt)}`, `${trigger} Europe/Berlin`, steps],
  ]);

/** Shaped like story, yet what each says would change the workflow: refused, quoting it. */
const GUARDED: readonly (readonly [name: string, first: boolean, sentence: string, quoted: string])[] = [
  ['a restriction as a note', true, 'Context: we only want this for leads from the website.', 'only want'],
  ['a time restriction after the rule', false, 'But not on weekends.', 'But not'],
  ['a copy asked for, reported', false, 'Ravi asked us to cc him too.', 'cc him'],
  ['someone wanting a copy', false, 'Ravi wants a copy.', 'Ravi wants a copy'],
  [
    'a reason with a deadline',
    false,
    'Sales keeps forgetting to call them within 2 hours.',
    'within 2 hours',
  ],
  ['an approval of the writer', false, "I'll approve it first.", 'approve it first'],
  ['an action of ours for later', false, "We'll send them a survey later.", 'survey'],
  ['a name as a condition', false, 'Anna handles the German clients.', 'Anna handles'],
  ['a closing day of the business', false, 'We close on Sundays.', 'Sundays'],
  ['a past event with a condition', true, 'Last week Ravi asked that only VIPs get it.', 'only VIPs'],
  [
    'a statistic with a threshold',
    true,
    'We get ~40 leads a week, but only those over $5k matter.',
    'over $5k',
  ],
];

/** Around a negative wait, a sentence kept may be refused by the wait's reader in its own words: never a workflow. */
const WAITS = new Set(spread(NEGATIVE_WAIT_PRODUCT, 3).map(([prompt]) => prompt));

export const STORY_REFUSALS: ReadonlyMap<
  string,
  readonly (readonly [prompt: string, quoted: string | undefined])[]
> = new Map(
  GUARDED.map(([name, first, story, quoted]): [string, (readonly [string, string | undefined])[]] => [
    name,
    BODIES.map(([prompt]) => [
      first ? `${story} ${sentence(prompt)}` : `${sentence(prompt)} ${story}`,
      WAITS.has(prompt) ? undefined : quoted,
    ]),
  ]),
);
