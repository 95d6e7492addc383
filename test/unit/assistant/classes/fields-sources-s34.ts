import type { Case } from '../table/case';
import { cross, type Refusal } from './comparisons-s32';
import { ACTS } from './own-nouns-s34';

/**
 * Session 34 (h4): sources and field names taken literally (issue 16, miss class 5 of sealed sets 31/32, told as a
 * class): fields named as a system names them, and a source named before the person with its CRM value in brackets.
 * Rows are [request, trigger outline, steps outline]; must-refuse twins are [request, words the refusal quotes].
 */

/** [field as a system names it, its path on a lead, on a form]: snake_case, camelCase, our own fields so spelled. */
const NUMBER_FIELDS = [
  ['company_size', 'fields.company_size'],
  ['companySize', 'fields.companySize'],
  ['num_employees', 'fields.num_employees'],
  ['annualRevenue', 'fields.annualRevenue'],
  ['seat_count', 'fields.seat_count'],
  ['deal_value', 'value'],
  ['dealValue', 'value'],
] as const;
const TEXT_FIELDS = [
  ['lead_source', 'source'],
  ['leadSource', 'source'],
  ['utm_source', 'fields.utm_source'],
  ['utmCampaign', 'fields.utmCampaign'],
  ['practice_area', 'fields.practice_area'],
  ['company_name', 'company'],
] as const;

/** [comparison said, operator outline]. */
const NUMBER_TESTS = [
  ['{f} is over 50', 'gt 50'],
  ['{f} > 50', 'gt 50'],
  ['{f} is at least 50', 'gte 50'],
  ["the lead's {f} is under 50", 'lt 50'],
  ['{f} = 50', 'eq 50'],
] as const;
const TEXT_TESTS = [
  ['{f} is "Google Ads"', 'eq "Google Ads"'],
  ['{f} is linkedin', 'eq "linkedin"'],
  ['their {f} is Avvo', 'eq "Avvo"'],
  ['their {f} = linkedin', 'eq "linkedin"'],
] as const;

/** [the trigger and the joint before the test, its outline, the root of a lead's fields or a form's]. */
const FIELD_FRAMES = [
  ['When a new lead comes in and ', 'lead.created', 'lead'],
  ['When a new lead comes in, if ', 'lead.created', 'lead'],
  ['When the intake form is submitted and ', 'form.submitted', 'form'],
] as const;

const pathOf = (root: 'lead' | 'form', said: string, lead: string): string =>
  root === 'lead' ? `trigger.lead.${lead}` : `trigger.fields.${said}`;

const fieldRows = (
  fields: readonly (readonly [string, string])[],
  tests: readonly (readonly [string, string])[],
) =>
  FIELD_FRAMES.flatMap(([frame, event, root]) =>
    fields.flatMap(([said, lead]) =>
      tests
        .filter(([test]) => root === 'lead' || !test.includes("lead's"))
        .map(([test, op], i): Case => {
          const [act, step] = ACTS[i % ACTS.length] ?? ACTS[0];
          const joint = frame.endsWith('if ') ? ' ' : ', ';
          return [
            `${frame}${test.replace('{f}', said)}${joint}${act}`,
            event,
            `if(${pathOf(root, said, lead)} ${op})[${step}]`,
          ];
        }),
    ),
  );

/**
 * A field named as a system names it, in a test: that field, literally — one of the lead's own when it is one of
 * them ("lead_source", "dealValue"), one of its free-form fields otherwise ("company_size"), a form's field as
 * written — never a field of ours whose name starts the same ("company") with the rest read as the value ("_size").
 */
export const FIELD_NAME_CLASS: readonly Case[] = [
  ...fieldRows(NUMBER_FIELDS, NUMBER_TESTS),
  ...fieldRows(TEXT_FIELDS, TEXT_TESTS),
];

/**
 * The twins: a lead's free-form field where the event carries only the lead's summary (a booking, a reply) or no
 * lead at all (an invoice) — refused, quoting the test, never a test that is always false.
 */
export const FIELD_NAME_REFUSED: readonly Refusal[] = cross(
  ['When a booking is made and ', 'When a lead replies and ', 'When an invoice is paid and '],
  ['their company_size is over 50', 'utm_source is linkedin', 'annualRevenue is at least 50'],
  [', notify the team'],
).map((r): Refusal => [r, r.split(' and ')[1]?.split(',')[0] ?? '']);

/** [the source as the writer names it before the person, its value in the CRM as the bracket says it]. */
const NAMED_SOURCES = [
  ['Avvo', 'avvo'],
  ['LinkedIn', 'linkedin'],
  ['Yelp', 'yelp'],
  ['Zillow', 'zillow'],
  ['Google', 'google'],
] as const;
const SOURCE_PEOPLE = ['lead', 'new lead', 'client', 'prospect'] as const;
const SOURCE_BRACKETS = ['(source {v})', '(source: {v})', '(source = {v})', '(lead source {v})'] as const;
const SOURCE_EVENTS = ['comes in', 'is added', 'signs up'] as const;

/**
 * "When an Avvo lead comes in (source avvo)": the word before the person is the source the bracket names, tested as
 * the bracket says it, never a tag as well (main: a tag "avvo" and source = "Avvo"). source × person × bracket ×
 * event, in turn with each action.
 */
export const NAMED_SOURCE_CLASS: readonly Case[] = NAMED_SOURCES.flatMap(([name, value]) =>
  SOURCE_PEOPLE.flatMap((person) =>
    SOURCE_BRACKETS.flatMap((bracket, i) =>
      SOURCE_EVENTS.map((event, j): Case => {
        const [act, step] = ACTS[(i + j) % ACTS.length] ?? ACTS[0];
        const np = person.startsWith('new')
          ? `a new ${name} lead`
          : `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} ${person}`;
        return [
          `When ${np} ${event} ${bracket.replace('{v}', value)}, ${act}`,
          'lead.created',
          `if(trigger.lead.source eq "${value}")[${step}]`,
        ];
      }),
    ),
  ),
);

/** The twin: a word before the person that is not the bracket's value ("a VIP lead (source avvo)") stays a tag. */
export const NAMED_SOURCE_TAGGED: readonly Case[] = cross(
  ['When a VIP lead comes in ', 'When a hot lead comes in '],
  ['(source avvo)', '(source: avvo)'],
  [', email them'],
).map(
  (p): Case => [
    p,
    `lead.created {"lead.tags":["${p.includes('VIP') ? 'vip' : 'hot'}"]}`,
    'if(trigger.lead.source eq "avvo")[email.send]',
  ],
);
