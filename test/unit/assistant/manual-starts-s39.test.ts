import { describe, expect, it } from 'vitest';
import { explainWorkflow } from '../../../functions/assistant/explain';
import { outlineOf } from '../../../functions/assistant/outline';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread, notRefused } from './misread';
import type { Case } from './table/case';

/**
 * A run started by hand said the way people say it (issue #16, sets 26–28): a button, "I'll kick this off myself",
 * "a workflow I can run", "manual one where …", with what the run is given ("with the candidate's email", "I put in
 * name, email and company", "I type a topic"), which the actions then refer to.
 */

/** The start said in its forms, each before the same actions. */
const STARTS_GIVEN_AN_EMAIL = [
  'When I run it with their email:',
  "when i run it with the candidate's email:",
  "Whenever we run it with the customer's email -",
  "I'll kick this off myself with the candidate's email:",
  "I'll run it myself with the member's email:",
  "We'll trigger it by hand with the person's email:",
  'Let me run it manually with their email:',
  "I'll put in their email when I run it:",
  "I'll type in the client's email when I run it:",
  'a workflow I can run with their email:',
  'manual run with their email:',
  "when I press run with the customer's email:",
  'When I click the button with their email,',
  "Each time I start it with a client's email,",
];

const GIVEN_AN_EMAIL: readonly Case[] = STARTS_GIVEN_AN_EMAIL.flatMap((start): Case[] => [
  [`${start} send them the contract`, 'manual', 'email.send'],
  [
    `${start} create them as a lead and add a note 'signed up in person'`,
    'manual',
    'crm.createLead; crm.addNote',
  ],
]);

const BUTTONS: readonly Case[] = [
  [
    'give me a button that summarizes the last 30 days and posts it to slack',
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'Can I get a button I press that summarizes this week and posts it to slack',
    'manual',
    'report.summarize; notify.slack',
  ],
  [
    'i want a button i can press that sends the holiday closure notice to info@harlow.example',
    'manual',
    'email.send',
  ],
  [
    'Give me a button that makes a summary of the last 30 days and saves it as a file',
    'manual',
    'report.summarize; files.create',
  ],
  [
    'button to search our policies for "cancellation policy" and post it in slack',
    'manual',
    'knowledge.search; notify.slack',
  ],
  [
    'give me a button that emails all qualified leads the fee schedule',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    'I want a button I can click whenever to email all leads tagged vip the offer',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
];

const BY_HAND: readonly Case[] = [
  [
    'I want to kick this off myself: find all unpaid invoices and send a reminder for each one',
    'manual',
    'invoice.find; forEach[invoice.sendReminder]',
  ],
  [
    "big mailshot, I'll trigger it myself: email every lead tagged warehouse about the xmas roles",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  [
    "I'll kick it off by hand: summarise the last 7 days and email it to boss@firm.example",
    'manual',
    'report.summarize; email.send',
  ],
  [
    'Whenever I want, email every lead tagged vip the new menu',
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
  ['any time I like, post a summary of the last 7 days to slack', 'manual', 'report.summarize; notify.slack'],
  ['ad hoc: email every lead tagged vip the new menu', 'manual', 'crm.findLeads; forEach[email.send]'],
  ["run it manually to get this week's summary posted to Slack", 'manual', 'report.summarize; notify.slack'],
  [
    "I'll kick it off by hand to email every lead tagged vip the offer",
    'manual',
    'crm.findLeads; forEach[email.send]',
  ],
];

const GIVEN_MORE: readonly Case[] = [
  [
    "manual one where I put in name, email and company and it creates them as a qualified lead and adds a note 'referred by Westpac'",
    'manual',
    'crm.createLead; crm.addNote',
  ],
  ['manual one where I put in email and name and it adds them as a lead', 'manual', 'crm.createLead'],
  [
    "for onboarding a new temp - I'll put in their name and email when I run it: create them as a lead and email them the onboarding pack",
    'manual',
    'crm.createLead; email.send',
  ],
  [
    "when I run it with the client's email and name, create them as a lead and email them the brochure",
    'manual',
    'crm.createLead; email.send',
  ],
  [
    'when I run it I type a topic, it searches our policies in the knowledge base and mails the results to deepa@skill.example',
    'manual',
    'knowledge.search; email.send',
  ],
  [
    'when I run it I put in a topic, search the knowledge base for it and post the results in slack',
    'manual',
    'knowledge.search; notify.slack',
  ],
  [
    'workflow we can trigger with a topic: search the knowledge base for the topic and post it to slack',
    'manual',
    'knowledge.search; notify.slack',
  ],
  [
    'I want a workflow I can kick off by hand when someone joins, with their name and email: create them as a lead and send them the welcome email',
    'manual',
    'crm.createLead; email.send',
  ],
  [
    'when I run it I enter a question, search the knowledge base for the question and email the results to me@firm.example',
    'manual',
    'knowledge.search; email.send',
  ],
];

const definitionOf = (prompt: string) => {
  const result = parsePrompt(prompt);
  if (!result.ok) throw new Error(`refused: ${result.problems.join('; ')}`);
  return result.definition;
};

describe('a run started by hand, said the way people say it', () => {
  it('GIVEN a start by hand with the email the run is given, in each of its forms, WHEN parsed THEN it is a manual workflow acting on that person', () => {
    expect(misread(GIVEN_AN_EMAIL)).toStrictEqual([]);
  });

  it('GIVEN a button said in its forms WHEN parsed THEN the button is the start and what it does is the steps', () => {
    expect(misread(BUTTONS)).toStrictEqual([]);
  });

  it('GIVEN "I\'ll kick this off myself", "I\'ll trigger it myself" WHEN parsed THEN the workflow is started by hand', () => {
    expect(misread(BY_HAND)).toStrictEqual([]);
  });

  it('GIVEN a run given several fields or a topic WHEN parsed THEN the steps are read with them', () => {
    expect(misread(GIVEN_MORE)).toStrictEqual([]);
  });
});

describe('what a run started by hand is given: its declared inputs, and what refers to them', () => {
  it.each(STARTS_GIVEN_AN_EMAIL)(
    'GIVEN "%s" WHEN parsed THEN the trigger declares the email and "them" is the email given',
    (start) => {
      const definition = definitionOf(`${start} send them the contract`);
      expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['email'] });
      expect(definition.steps[0]).toMatchObject({ action: 'email.send', input: { to: '{{trigger.email}}' } });
    },
  );

  it('GIVEN name, email and company put in WHEN the lead is created THEN each of its fields is the input given', () => {
    const definition = definitionOf(
      'manual one where I put in name, email and company and it creates them as a qualified lead',
    );
    expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['name', 'email', 'company'] });
    expect(definition.steps[0]).toMatchObject({
      action: 'crm.createLead',
      input: {
        email: '{{trigger.email}}',
        name: '{{trigger.name}}',
        company: '{{trigger.company}}',
        status: 'qualified',
      },
    });
  });

  it.each([
    'when I run it I type a topic, it searches the knowledge base and posts it in slack',
    'workflow I can run with a topic: search the knowledge base for it and post it in slack',
    'when I run it with a topic, search the knowledge base for the topic and post it in slack',
  ])('GIVEN "%s" WHEN parsed THEN the search is for the topic given', (prompt) => {
    const definition = definitionOf(prompt);
    expect(definition.trigger).toStrictEqual({ type: 'manual', inputs: ['topic'] });
    expect(definition.steps[0]).toMatchObject({
      action: 'knowledge.search',
      input: { query: '{{trigger.topic}}' },
    });
  });

  it('GIVEN a run given fields WHEN explained THEN the first line says what it is given; without any, it says none', () => {
    expect(
      explainWorkflow(definitionOf('when I run it with their name and email, create them as a lead')).split(
        '\n',
      )[0],
    ).toBe('Runs when started by hand (API, CLI or console), given name and email.');
    expect(
      explainWorkflow(definitionOf('When I run it manually, post a summary of today to slack')).split(
        '\n',
      )[0],
    ).toBe('Runs when started by hand (API, CLI or console).');
  });

  it('GIVEN a topic given and a search for a quoted phrase WHEN parsed THEN the phrase said is what is searched', () => {
    const definition = definitionOf(
      'when I run it with a topic, search the knowledge base for "refunds" and post it in slack',
    );
    expect(definition.steps[0]).toMatchObject({ input: { query: 'refunds' } });
  });
});

describe('the twins: no start by hand said, or nothing given to act on', () => {
  it.each([
    // a task asked once: no start said
    ['can you send the fee schedule to every qualified lead?', 'what starts the workflow'],
    ['Can you run it with their email and send them the contract?', 'what starts the workflow'],
    // a start by hand and "them" with nothing typed: since session 44 the run is given that one person
    // (manual-channels-s44.test.ts); "each one", "every client" stay refused there
    // "a workflow I can run when …" with no start by hand said: the event is not dropped, the request is refused
    ['a workflow I can run when a lead signs up: send them the welcome email', 'a workflow I can run'],
    // a button on something else, never the start
    ['When a form is submitted, give them a button to book a call', 'button'],
    ['the button on our site sends an email to the lead when they click it', 'what starts the workflow'],
    // what an event's record comes with is no input of a run
    [
      'When a new lead comes in with their email and name, send them the welcome pack',
      'with their email and name',
    ],
    // how it is done today, by hand: a habit, no start
    ['we run it by hand to send the invoices', 'what starts the workflow'],
    // a wish said with "whenever", no start
    ['Whenever I want a report, send me the summary of the week', 'what starts the workflow'],
    // a run said only as mine, with no start by hand
    ["I'll run it: email every qualified lead the fee schedule", 'what starts the workflow'],
  ])('GIVEN "%s" WHEN parsed THEN it is refused, quoting "%s"', (prompt, quoted) => {
    expect(notRefused([[prompt, quoted]])).toStrictEqual([]);
  });

  it('GIVEN "ad hoc" said of what comes in WHEN parsed THEN the event is the start', () => {
    expect(outlineOf(definitionOf('Ad hoc requests: when a lead emails us, notify sales')).trigger).toBe(
      'email.received',
    );
  });

  it.each([
    'run it every Monday: email every qualified lead the fee schedule',
    "I'll kick this off every Monday: email every qualified lead the fee schedule",
  ])('GIVEN "%s" WHEN parsed THEN it is a schedule, not a start by hand', (prompt) => {
    const outline = outlineOf(definitionOf(prompt));
    expect(outline.trigger).toBe('cron(0 9 ? * MON *)');
  });
});

describe('a status word quoted for emphasis before the people it picks', () => {
  it.each([
    [
      "when I press run, send all the 'lost' candidates an email saying we've got loads of new roles in",
      'lost',
    ],
    ['Every Monday, email all the "qualified" leads the newsletter', 'qualified'],
    ["Every Monday, email every 'lost' lead the come back offer", 'lost'],
    ['Every Monday, email all the ‘qualified’ leads the newsletter', 'qualified'],
  ])('GIVEN "%s" WHEN parsed THEN the leads found are those with status %s', (prompt, status) => {
    expect(definitionOf(prompt).steps[0]).toMatchObject({ action: 'crm.findLeads', input: { status } });
  });

  it('GIVEN a quoted word after "tagged" WHEN parsed THEN it stays the tag', () => {
    expect(
      definitionOf("Every Monday email all leads tagged 'new' clients the welcome pack").steps[0],
    ).toMatchObject({
      action: 'crm.findLeads',
      input: { tag: 'new' },
    });
  });
});

describe('a call named by what it is for, with its length', () => {
  it.each([
    ['book a 15 min induction call with them', 15],
    ['book a 30 minute screening call with them', 30],
    ['set up a 20 min orientation meeting with them', 20],
    ['book a 45 min intake call with them', 45],
  ])(
    'GIVEN a run given their email and "%s" WHEN parsed THEN a call of %i minutes is booked with them',
    (said, minutes) => {
      expect(definitionOf(`when I run it with their email: ${said}`).steps[0]).toMatchObject({
        action: 'calendar.schedule',
        input: { durationMinutes: minutes, attendeeEmail: '{{trigger.email}}' },
      });
    },
  );
});

describe('what a knowledge search found, carried by the message after it', () => {
  it.each([
    [
      'when I run it I type a topic, it searches our policies in the knowledge base and mails the results to deepa@skill.example',
      'body',
    ],
    ['When a customer emails a question, look it up in our FAQ and email back the answer.', 'body'],
    ['button to search our policies for "cancellation policy" and post it in slack', 'text'],
  ])('GIVEN "%s" WHEN parsed THEN the message %s is the entries found', (prompt, field) => {
    const [search, message] = definitionOf(prompt).steps;
    expect(search).toMatchObject({ id: 'search-knowledge', action: 'knowledge.search' });
    expect(message).toMatchObject({ input: { [field]: '{{steps.search-knowledge.text}}' } });
  });

  it('GIVEN an email after a search that says its own text WHEN parsed THEN that text is kept', () => {
    const [, message] = definitionOf(
      'when I run it with a topic, search the knowledge base for it and email me@firm.example saying "search done"',
    ).steps;
    expect(message).toMatchObject({ input: { body: 'search done' } });
  });
});

describe('what a search finds, said as what it finds', () => {
  it.each([
    'workflow I can run with a topic: search the knowledge base for it and email me (abbie@books.example) what it finds',
    'when I run it with a topic, search the knowledge base for it and email me@firm.example whatever comes back',
    'when I run it I type a question, look it up in the knowledge base and email me@firm.example what it found',
  ])('GIVEN "%s" WHEN parsed THEN the email carries the entries found', (prompt) => {
    const [search, message] = definitionOf(prompt).steps;
    expect(search).toMatchObject({ action: 'knowledge.search' });
    expect(message).toMatchObject({
      action: 'email.send',
      input: { body: '{{steps.search-knowledge.text}}' },
    });
  });

  it('GIVEN "what it finds" in a request that searches nothing WHEN parsed THEN it is still not understood', () => {
    expect(notRefused([['When a lead replies, email me what it finds', 'what it finds']])).toStrictEqual([]);
  });
});

describe('a field word used as a verb with nothing after it', () => {
  // session 44: "<person> emails" with nothing after it is an email received (set 41: "When a guest emails, …")
  it.each([
    'When a customer emails, notify me',
    'When a client emails, look it up in our FAQ and send them the answer',
    'When a lead emails, notify me',
  ])(
    'GIVEN "%s" WHEN parsed THEN it is never a new lead whose email is "s": it is an email received',
    (prompt) => {
      const result = parsePrompt(prompt);
      expect(result.ok && outlineOf(result.definition).trigger).toBe('email.received');
      expect(JSON.stringify(result)).not.toContain('"eq":"s"');
    },
  );

  it('GIVEN "emails us" WHEN parsed THEN it is an email received', () => {
    expect(outlineOf(definitionOf('When a customer emails us, notify me')).trigger).toBe('email.received');
  });
});
