/**
 * A field said in the business's words with the catalogue's name in a gloss (session 30, class E of sets 23/24):
 * "their budget (lead value) is over £30k". Subject × gloss × comparison × joint: [request, trigger, steps].
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

export const CONDITION_GLOSS_CLASS: readonly (readonly [string, string, string])[] = cross(
  ['their budget', 'the budget', 'their deal size', "the lead's budget"],
  [' (lead value)', ' (i.e. value)', ' (aka lead value)', ' (the value)'],
  [' is over £30k', ' is above 30000', ' exceeds 30,000'],
).flatMap((test) => [
  [
    `When a new lead comes in and ${test}, notify sales`,
    'lead.created',
    'if(trigger.lead.value gt 30000)[notify.team]',
  ] as const,
  [
    `When a new lead comes in, if ${test}, notify sales`,
    'lead.created',
    'if(trigger.lead.value gt 30000)[notify.team]',
  ] as const,
]);
