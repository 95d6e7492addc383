/**
 * Requests that cannot be a workflow: each must be refused, and the refusal must quote (or name) the part that was
 * not understood, so the user knows what to change.
 */
export type Refusal = readonly [prompt: string, quoted: string];

export const REFUSALS: readonly Refusal[] = [
  // session 28: a restriction not read is refused, never left out (the workflow would run for everyone, or in UTC)
  ['When a new lead comes in, send them a welcome email. Most of them are VIPs.', 'Most of them are VIPs'],
  ['When a new lead comes in and she is already qualified, send them a welcome email', 'already qualified'],
  ['When a lead replies, notify sales. They are all customers already.', 'They are all customers'],
  ['Every Monday at 9 WIB, send me a summary of new leads', '"WIB"'],
  ['Every weekday at 8:30 (WITA), post a summary in #ops', '"WITA"'],
  ['When an invoice is paid, send a thank you email once the total reaches 300 euros', 'once'],
  ['When an invoice is paid and the total tops 300 euros, send a thank you email', 'tops 300 euros'],
  ['Every weekday at 9, email all leads still in status pending', 'status pending'],
  ['Daily quota-attainment leaderboard per rep in Slack', 'per'],
  ['When customer pay on WeChat, send him thank you on WeChat', 'WeChat'],
  // the story around a rule that would change it: never dropped as context
  ['When a new lead comes in, notify #sales. Ravi asked us to cc him too.', 'cc him'],
  [
    'Context: we only want this for leads from the website. When a new lead comes in, notify #sales.',
    'only want',
  ],
  ["When a new lead comes in, send them a welcome email. We'll send them a survey later.", 'survey'],
  [
    'We have offices in Toronto and in Berlin. Every Monday at 9am, email me a summary of new leads.',
    'Berlin',
  ],
  // session 27: an invoice records no kind to tell a final invoice from the others (session 30: a deposit invoice is
  // the business's name for all of its invoices, test/unit/assistant/table/noun-phrases.ts)
  ['When a final invoice is paid, notify the team', '"final invoice"'],
  ['Every morning at 8, print the list of new leads', 'nothing can print'],
  ['When an invoice is overdue, fax it to the customer', 'nothing can fax'],
  // session 24: what one Scheduler expression cannot say, and zones that are not one place
  [
    'On the first and third Monday of the month, post a summary to Slack',
    'first and third Monday of the month',
  ],
  ['Every weekday at 9 UTC+5:30, post a summary to Slack', '"UTC+5:30"'],
  ['On Mondays at 9 in Berlin and New York, post a summary to Slack', 'two different time zones'],
  [
    'When a new lead comes in, if the value is over 10k and the lead is from LinkedIn or the value is under 100, notify the team',
    'both "and" and "or"',
  ],
  [
    'When an invoice is created, if it is not paid within 30 days of the due date, send a reminder',
    '"30 days of the due date"',
  ],
  [
    "When a lead is created, if they haven't replied or booked a call within 3 days, notify sales",
    'two things',
  ],
  // a detail left over that would change the workflow is refused, never dropped
  ['When an invoice is paid, book a follow-up meeting in 30 days', '30 days'],
  // business days are read only as a wait (table/business-days.ts): business hours, business days said elsewhere, an
  // approval's timeout, and a chain of waits mixing them with calendar days are refused, never read as days
  ["If a lead doesn't reply within 4 business hours, notify sales", 'how long to wait'],
  ['When a lead is created, send them an email on the 3rd business day', 'on the 3rd business day'],
  ['When a lead replies, notify sales within 1 business day', 'within 1 business day'],
  [
    'When a lead is created, ask for approval within 2 business days, then email them',
    'within 2 business days',
  ],
  [
    "If a lead doesn't reply within 2 business days, send a reminder, and if they still haven't replied within 5 days, notify sales",
    'business days',
  ],
  ['When a new lead comes in, wait 300 business days then email them', '200'],
  ['Run it on demand: email me a summary of the last 14 days', 'of the last 14 days'],
  ['Tomorrow at 9, email the team a summary', 'Tomorrow'],
  [
    'When a lead comes in and their company has more than 50 employees, notify sales',
    'has more than 50 employees',
  ],
  ['When a form is submitted and the "team size" field is "large", notify sales', 'field'],
  ['When a lead signs up on a weekend, email them on Monday', 'on Monday'],
  ['When a new order comes in, send a confirmation', 'When a new order comes in'],
  ['When a lead opens our email, send them a discount', '"When a lead opens our email"'],
  ['Every day at 9, order pizza for the office', '"order pizza for the office"'],
  ['Make my business better', '"Make my business better"'],
  ['When a tweet mentions us, reply to it', 'social-media'],
  ['When a lead comes in, call them', 'no phone-call action ("call them")'],
  [
    'When a lead signs up, text them a welcome message',
    'no SMS or chat-app action ("text them a welcome message")',
  ],
  ['Every day at 25:00, post a summary to Slack', 'I could not read the time "at 25:00"'],
  ['Every day at 9am in Atlantis, post a summary to Slack', 'time zone "Atlantis"'],
  ['If the weather is nice, send an email', '"If the weather is nice"'],
  ['When a new lead is added, fly to the moon', '"fly to the moon"'],
  ['When a lead is created, create an invoice', 'say the amount to invoice'],
  ['When a lead is added, wait until Monday, then email them', 'not until "Monday"'],
  ["If a lead doesn't open the email within 2 days, resend it", 'no event for "open"'],
  ['Every day, post a summary to Slack and to Microsoft Teams', 'no Microsoft Teams action'],
  ['When a form is submitted, add a row to Google Sheets', 'no Google Sheets action'],
  ['When a lead is created, send a welcome email unless they unsubscribed', '"unless they unsubscribed"'],
  [
    'Every day at 9 CST, post a summary to Slack',
    '"CST" is ambiguous: it could be US Central (America/Chicago), China',
  ],
  ['Every day at 10am CST, post a summary to Slack', '"CST" is ambiguous'],
  [
    'Every day at 5pm IST, send the team a summary',
    '"IST" is ambiguous: it could be India (Asia/Kolkata), Israel',
  ],
  ['Every morning at 9 BST, post a summary to Slack', '"BST" is ambiguous'],
  ['Every day at 8am Narnia time, post a summary to Slack', 'time zone "Narnia"'],
  ['Every blue moon at 5pm, send it to Slack', '"Every blue moon"'],
  ['', 'The description is empty'],
  ['When a new order is placed on Shopify, notify me', '"When a new order is placed on Shopify"'],
  ['When a new sale is made on Etsy, notify me', '"When a new sale is made on Etsy"'],
  ["If a lead doesn't answer by Monday, notify Tom", 'not until a day or a time ("by Monday")'],
  [
    "When a lead signs up, send a welcome email and if they don't book a call by Thursday, remind them",
    'not until a day or a time ("by Thursday")',
  ],
  ['Every other Friday, send a report to the team', 'a cron expression cannot skip weeks'],
  ['Every day, update the homepage', '"update the homepage"'],
  ['When an invoice gets paid, post to Slack, only the ones above 5k', '"only the ones above 5k"'],
  // a file named as the target of an action no reader took is refused, never dropped
  ['Every evening at 6, write a recap to a spreadsheet', 'spreadsheet'],
  ['When a demo is booked, create a briefing document for the demo', '"document for the"'],
  // amounts in yen, which have no cents (an invoice total is kept in cents): refused, quoted, never read as a number
  ['When a new lead comes in and its value is over ¥1,500,000, notify the team', '"¥1,500,000"'],
  ['When an invoice is created for more than 50000 yen, notify finance', '"50000 yen"'],
  // an action of a run-on list no reader knows is refused, never dropped (session 25)
  ['When a lead replies stop the sequence notify the owner and log it', '"stop the sequence'],
  ['When a new lead comes in, email them and their manager', '"them and their manager"'],
  // a wait whose action was not understood leads to nothing: refused, quoted
  ["If an invoice isn't paid within 3 days, frobnicate the team", '"frobnicate the team"'],
  // there is no task record: said in the passive, it is refused all the same
  ['When a new lead comes in, a task gets created for sales', 'a task for sales'],
  // an object no reader placed is refused, never dropped (it had become a meeting)
  ['When a lead replies, create a task to call them back', 'a task to'],
  // a reason that holds a condition or an action would be read into the clause before it: refused, quoted
  [
    'When a new lead comes in, send them a welcome email so that the team gets notified',
    '"so that the team gets notified"',
  ],
  [
    'When a lead comes in, send a welcome email because if they are worth over 10k we call them',
    '"because if they are worth over 10k we call them"',
  ],
  // session 29 (h5): a restriction known by its shape (a comparison, a negation, a clause on the records), or a
  // filter the finder cannot take, is refused quoting it, never left out
  ['When invoice.total > $15k and source == enterprise, notify finance', 'source is enterprise'],
  ['When a new lead comes in and the industry is healthcare, notify sales', 'industry is healthcare'],
  ['When a booking is made and the region equals EMEA, add a note to the lead', 'region equals EMEA'],
  ['When a new lead comes in, notify sales. It is not a test lead.', 'It is not a test lead'],
  // "created in the last 7 days" is crm.findLeads createdIn since session 38 (table/many.ts); 30 days is no period
  [
    'Every Monday at 9, email all leads created in the last 30 days a follow up',
    'created in the last 30 days',
  ],
  [
    'Every Friday, email each of the contacts that opened our last email a follow up',
    'opened our last email',
  ],
  // no data source or channel for it: said so, not a bare post
  ['Every Friday, post the win rate per rep in #sales', 'no data source of the catalogue gives "per rep"'],
  ['When a customer pays on WeChat, send them a thank you email', 'no action sends or receives on WeChat'],
  // a remark to the reader is no note step; its restriction is refused, quoted
  ['When a new lead comes in, notify sales. Note that we close on Sundays.', 'Note that we close on Sundays'],
  [
    'If the value is over 5000 and also the company has 50 employees, notify sales when a new lead comes in',
    '50 employees',
  ],
  // a choice among the records said as a remark: refused, quoted, never the workflow for every record
  ['When a new lead comes in, send them a welcome email, first-time buyers.', 'first-time buyers'],
  ['When an invoice is paid, send the customer a thank you email. Repeat customers excluded.', 'excluded'],
  ['When a booking is made, add a note to the lead — during office hours.', 'office hours'],
  // session 31: remarks and recipients that choose, past events as whom it is for, two kinds of one record
  ['Whenever a viewing is booked, send a confirmation to the premium landlords', 'premium landlords'],
  ['The rent invoice is paid: email the tenant. Only for the block B tenants.', 'block B tenants'],
  [
    'When a payment comes in, thank our top clients. This is solely for the managed portfolio.',
    'top clients',
  ],
  ['Ping the agent who arranged the viewing', 'arranged the viewing'],
  ['When a new lead clicked the unsubscribe link, add a note', 'clicked the unsubscribe link'],
  ['When a deposit invoice is paid, raise the first rent invoice for £950', 'rent invoice'],
  // session 32: a booking records no currency; a purpose that limits who sees it
  ['When a USD booking is made, notify the finance team', 'USD booking'],
  ['When a new lead comes in, post in #sales so only the closers see it', 'so only'],
];
