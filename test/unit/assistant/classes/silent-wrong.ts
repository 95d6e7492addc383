/**
 * The silent wrong workflows left on main at the end of session 29, each as a class crossing independent
 * dimensions (session 30): a source said as an adjective before the record ("Facebook leads: …"), a place no record
 * keeps ("from Germany"), what someone joined or arrived at ("joins the call"), a source of several words in a
 * find ("from the spring fair"). Each is read as what it says, or refused quoting it — never the workflow for
 * every lead.
 */

const cross = (...parts: readonly (readonly string[])[]): string[] =>
  parts.reduce<string[]>((out, part) => out.flatMap((a) => part.map((b) => `${a}${b}`)), ['']);

const ACTIONS = ['send them a welcome email', 'notify sales', 'add a note to the lead'] as const;

/** A word before the record that picks some out × how the trigger is said × the action: [request, word]. */
export const ADJECTIVE_RECORD_CLASS: readonly (readonly [string, string])[] = [
  'Facebook',
  'webinar',
  'VIP',
  'wholesale',
  'hot',
  'Instagram',
].flatMap((word) =>
  [
    `${word} leads: `,
    `New ${word} leads: `,
    `${word} leads - `,
    `When a new ${word} lead comes in, `,
    `For every new ${word} lead, `,
  ].flatMap((head) => ACTIONS.map((action) => [`${head}${action}`, word] as const)),
);

/** Countries and parts of the world, in the ways a place is said of the leads. */
const PLACES = ['Germany', 'the United States', 'France', 'EMEA', 'the UK', 'New Zealand'] as const;

/** A place said of the leads × where it stands × the action: [request, place], each must be refused quoting it. */
export const PLACE_CLASS: readonly (readonly [string, string])[] = PLACES.flatMap((place) => {
  const quoted = place.replace(/^the\s+/, '');
  return [
    ...ACTIONS.flatMap((action) => [
      [`When a new lead comes in from ${place}, ${action}`, quoted] as const,
      [`When a new lead comes in, ${action}. Only for leads from ${place}.`, quoted] as const,
      [`When a new lead comes in, ${action} (only leads based in ${place})`, quoted] as const,
    ]),
    [`Every Monday, email all leads from ${place} our newsletter`, quoted] as const,
    [`Every Friday at 4pm, send every lead from ${place} a reminder email`, quoted] as const,
  ];
});

/** Who joins × what they join or arrive at × the joint × the action: [request, what], refused quoting it. */
export const JOINED_CLASS: readonly (readonly [string, string])[] = cross(
  ['a member ', 'a new member ', 'a patient ', 'one of our volunteers ', 'a lead '],
  [
    'joins the call',
    'joins our Facebook group',
    'enters the clinic',
    'arrives at reception',
    'registers for the open day',
    'signs up for the workshop',
  ],
).flatMap((event) => {
  const what = event.replace(/^.*?(?:joins|enters|arrives|registers|signs up)\s+/, '');
  return [
    [`When ${event}, send them a welcome email`, what] as const,
    [`As soon as ${event}, notify sales`, what] as const,
    [`Add a note to the lead when ${event}`, what] as const,
  ];
});

/** Joining the business itself, its list or its site: a new lead, which must still come back as one. */
export const JOINED_LEAD_CLASS: readonly string[] = cross(
  ['When ', 'As soon as '],
  ['a member ', 'a new customer ', 'someone '],
  [
    'joins',
    'joins us',
    'signs up for the newsletter',
    'joins the waitlist',
    'signs up on the website',
    'registers',
  ],
  [', send them a welcome email'],
);

/** A source of several words in a find × the list's words × what follows: [request, source]. */
export const FIND_SOURCE_CLASS: readonly (readonly [string, string])[] = cross(
  ['the spring fair', 'our open day', 'the trade show', 'the summer webinar'],
  ['|'],
).flatMap((said) => {
  const source = said.slice(0, -1);
  const value = source.replace(/^(?:the|our)\s+/, '');
  return [
    [`Every Monday, email all leads from ${source} our newsletter`, value] as const,
    [`Every Monday, email all leads from ${source} who are qualified our newsletter`, value] as const,
    [`Every Friday at 4pm, send every contact from ${source} a follow-up email`, value] as const,
  ];
});
