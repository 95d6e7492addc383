import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';

/** The words the message's input holds (text, body or message), or the refusal. */
const words = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const step = result.definition.steps.at(-1);
  const input = (step && 'input' in step ? step.input : {}) as Record<string, unknown>;
  return String(input.body ?? input.text ?? input.message ?? '');
};

const LEAD = 'When a new lead is added, ';
const SAID: readonly (readonly [request: string, line: string])[] = [
  [
    `${LEAD}email Coach Rob reminding him to set up the mats for kids BJJ`,
    'Just reminding you to set up the mats for kids BJJ.',
  ],
  [
    `${LEAD}send them a check in email asking if they have any questions`,
    'Just asking if you have any questions.',
  ],
  [
    `${LEAD}send them an email to ask if they want to reschedule`,
    'I wanted to ask if you want to reschedule.',
  ],
  [`${LEAD}send Kai a message to unlock the studio`, 'Please unlock the studio.'],
  [
    `${LEAD}post in #front-desk reminding them to check the deadlines`,
    'Just reminding you to check the deadlines.',
  ],
  [
    `${LEAD}send Kai a msg to unlock the studio and put the heaters on for hot yoga`,
    'Please unlock the studio and put the heaters on for hot yoga.',
  ],
  [`${LEAD}send them an email inviting them to the open day`, 'Just inviting you to the open day.'],
  [
    `${LEAD}send Kai a message to ask them whether the new slot suits them`,
    'Please ask them whether the new slot suits them.',
  ],
  [`${LEAD}email Rob to remind him about his 3 oclock`, 'I wanted to remind you about your 3 oclock.'],
  [`${LEAD}post in #desk asking everyone to welcome them`, 'Just asking you to welcome them.'],
  [`${LEAD}email Coach Rob reminding him to call them`, 'Just reminding you to call them.'],
  [`${LEAD}email Coach Rob inviting them to the open day`, 'Please invite them to the open day.'],
  [
    `${LEAD}post in #front-desk encouraging them to book their first session`,
    'Just encouraging you to book your first session.',
  ],
  [
    'When an invoice is overdue, send a payment reminder to remind them to pay their invoice',
    'I wanted to remind you to pay your invoice.',
  ],
  ['When a booking is cancelled send them an email asking for their budget', 'Just asking for your budget.'],
  [
    'Every Saturday at 7:15am send Kai a message reminding him to check the Deadlines',
    'Just reminding you to check the Deadlines.',
  ],
];
const GENERIC: readonly (readonly [request: string, text: string])[] = [
  [`${LEAD}send them an email`, 'We wanted to reach out. Reply to this email if you have any questions.'],
  [`${LEAD}post in #front-desk`, 'New lead: {{trigger.lead.name}} ({{trigger.lead.email}})'],
  [`${LEAD}send Kai a message`, 'New lead: {{trigger.lead.name}} ({{trigger.lead.email}})'],
  [`${LEAD}send them an email saying thanks for your interest`, 'thanks for your interest'],
  ['When an invoice is overdue, send a payment reminder', ''],
  ['When a booking is cancelled send them an email', 'We wanted to reach out.'],
];

describe("what a message's purpose says reaches the message (session 39, issue 16)", () => {
  it('GIVEN a message × "reminding him to …", "asking if …", "to unlock …", "to ask if …" WHEN parsed THEN its text or body holds those words, said to its reader', () => {
    expect(
      SAID.filter(([request, line]) => !words(request).includes(line)).map(([r]) => `${r} → ${words(r)}`),
    ).toStrictEqual([]);
  });

  it('GIVEN the same messages with no purpose said WHEN parsed THEN the generic text stays', () => {
    expect(
      GENERIC.filter(([request, text]) => !words(request).includes(text)).map(([r]) => `${r} → ${words(r)}`),
    ).toStrictEqual([]);
    expect(GENERIC.filter(([request]) => /Just |I wanted to|Please /.test(words(request)))).toStrictEqual([]);
  });
});
