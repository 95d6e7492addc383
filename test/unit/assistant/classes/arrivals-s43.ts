import type { Case } from '../table/case';

/**
 * Session 43 (a40), issue 16: the trigger said as a noun of the trade, with no "when" ("scholarship application form
 * →", "discount requests come in by email.", "website quote request:"). The meaning, "a kind of thing arrives by a
 * channel", is read from its parts: the thing (whatever the trade calls it), the arrival words, and the channel,
 * which is the event (a form or the website: form.submitted; email or the inbox: email.received; an enquiry or a lead
 * said new: lead.created). Rows are [request, trigger, steps].
 */

/** Things people send a business, as other trades call them. */
const THINGS = [
  'warranty claim',
  'room hire request',
  'bursary application',
  'noise complaint',
  'trade account application',
  'refund request',
  'site visit request',
] as const;

/** The channel and the arrival, around the thing, with the event each one means. */
const BY_EMAIL = [
  (t: string) => `${t}s come in by email.`,
  (t: string) => `${t}s by email →`,
  (t: string) => `new ${t} via email ->`,
  (t: string) => `${t}s emailed in:`,
] as const;
const BY_FORM = [
  (t: string) => `${t} form →`,
  (t: string) => `website ${t}:`,
  (t: string) => `${t} from the booking page form →`,
  (t: string) => `new ${t} through the web form -`,
  (t: string) => `${t}s get submitted on the website →`,
] as const;

const ACTIONS = [
  ['tell Sam in slack', 'notify.team'],
  ['post it in #front-desk', 'notify.slack'],
] as const;

const rows = (shapes: readonly ((t: string) => string)[], trigger: string): Case[] =>
  THINGS.flatMap((thing, i) =>
    shapes.map((shape, j) => {
      const [action, step] = ACTIONS[(i + j) % ACTIONS.length] ?? ACTIONS[0];
      return [`${shape(thing)} ${action}`, trigger, step] as const;
    }),
  );

export const BY_EMAIL_CLASS: readonly Case[] = rows(BY_EMAIL, 'email.received');
export const BY_FORM_CLASS: readonly Case[] = rows(BY_FORM, 'form.submitted');

/** An enquiry or a lead said new, its kind in any number of the trade's words: every new lead (a tag said is its filter). */
export const NEW_ENQUIRY_CLASS: readonly Case[] = [
  ['new carpet cleaning enquiry => email Dean at dean@freshpile.ca', 'lead.created', 'email.send'],
  ['new deep clean enquiry -> tell Sam in slack', 'lead.created', 'notify.team'],
  ['new kitchen refit enquiry: tell Sam in slack', 'lead.created', 'notify.team'],
  ['new group piano lessons enquiry → post it in #front-desk', 'lead.created', 'notify.slack'],
  [
    'new structural survey enquiry (they get tagged survey) => tell Sam in slack',
    'lead.created {"lead.tags":["survey"]}',
    'notify.team',
  ],
  [
    'new wedding flowers enquiry (tagged weddings) -> tell Sam in slack',
    'lead.created {"lead.tags":["weddings"]}',
    'notify.team',
  ],
  [
    'new lead tagged warranty claim → tell Sam in slack',
    'lead.created {"lead.tags":["warranty claim"]}',
    'notify.team',
  ],
  ['new junior registration - tell Sam in slack', 'form.submitted', 'notify.team'],
  ['new trial class registration: post it in #front-desk', 'form.submitted', 'notify.slack'],
];

/** With an approval after it, as the sets say it. */
export const WITH_APPROVAL_CLASS: readonly Case[] = [
  [
    'bursary application form → Tom (the bursar) has to approve before we email them the offer',
    'form.submitted',
    'approval; email.send',
  ],
  [
    'website hire request: ask Aoife to approve before we send the booking email. if she says no tell the team',
    'form.submitted',
    'approval(rejected:[notify.team]); email.send',
  ],
  [
    'refund requests come in by email → ask the practice manager to approve, then reply to them',
    'email.received',
    'approval; email.send',
  ],
];

/**
 * Must stay refused: a thing with no channel that is no lead ("quote request:"), a lead from a source nothing
 * records ("zillow lead"), a kind that picks some out ("urgent repair request"), a heading of
 * records ("Enquiries:"), a message said with no arrival, an order with no channel, and a tag on a form.
 */
export const ARRIVAL_TWINS_REFUSED: readonly (readonly [request: string, quoted: string])[] = [
  ['quote request: email Claire', 'could not find what starts'],
  // where a lead came from, and a test said in the heading: refused as conditions-s41 decided
  ['new website lead - tell Sam in slack', 'new website lead'],
  // ("new enquiry with no phone number -> …" is read since session 45: condition-branches-s45.test.ts)
  ['registration: tell Sam in slack', 'could not find what starts'],
  ['warranty claim → tell Sam in slack', 'could not find what starts'],
  ['new zillow lead comes in -> tell Sam in slack', 'could not find what starts'],
  ['urgent repair requests by email → tell Sam in slack', 'could not find what starts'],
  ['Enquiries: tell Sam in slack', 'could not find what starts'],
  ['new catering order → tell Sam in slack', 'could not find what starts'],
  ['website catering order - tell Sam in slack', 'could not find what starts'],
  ['website hire request (they get tagged vip) => tell Sam in slack', 'tagged vip'],
  ['referral via the website → tell Sam in slack', 'could not find what starts'],
];

/** A step said in the passive after an approval ("→ it gets filed") is refused, never dropped; a send is the send. */
export const SENT_AFTER_APPROVAL_CLASS: readonly Case[] = [
  [
    'customer emails → AI drafts a reply → I approve it → it gets sent',
    'email.received',
    'email.draft; approval; email.send',
  ],
  [
    "new lead → draft an email → Jo approves → it's emailed to them",
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    'new lead → AI writes the welcome email, Jo approves it, then it goes out',
    'lead.created',
    'email.draft; approval; email.send',
  ],
  [
    "customer emails → AI drafts a reply → I approve it → then it's sent → tell Sam in slack",
    'email.received',
    'email.draft; approval; email.send; notify.team',
  ],
];
export const STEP_AFTER_APPROVAL_REFUSED: readonly (readonly [request: string, quoted: string])[] = [
  ['new lead → AI drafts a reply → I approve it → it gets filed', 'it gets'],
  ['customer emails → AI drafts a reply → Jo approves it → it gets printed', 'it gets printed'],
  ["new lead → draft a welcome email → I approve it → then it's uploaded to the portal", "it's uploaded"],
  ['new booking → draft a confirmation email → Maeve approves it → they get archived', 'archive'],
  [
    "new referral via the website → Sam approves → create the lead → it's added to the newsletter list",
    "it's added",
  ],
  // the send it gates is said ("before it's sent"), and the step after "then" is no send: never dropped
  ["when a lead replies draft an answer and get Kim's OK before it's sent, then mark them contacted", 'sent'],
];
