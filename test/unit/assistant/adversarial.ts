/**
 * Requests at parsePrompt's 2,000-character bound made of one short run said again and again: the parser's worst
 * cases, timed by `npm run bench -- assistant` (bench/assistant/accuracy.ts) and answered (refused or built, never
 * thrown) in test/unit/assistant/parser-cost-s37.test.ts. A run makes a clause, or a piece a reader scans for, over
 * and over: every clause is read by the trigger readers and by the action readers, so what a clause costs is what
 * the whole request costs divided by ~100–300.
 */
export const ADVERSARIAL_RUNS: readonly string[] = [
  'a ',
  'new ',
  '1, ',
  'when ',
  ' ',
  'and ',
  'every ',
  '0',
  '.',
  'if they do not reply ',
  '$1,000 ',
  // runs of numbers (session 33: "1 1 1 …" took 969 ms idle, the schedule scan rebuilt its view for every number)
  '1 ',
  '1.',
  '11 ',
  '123456 ',
  'one ',
  'twenty ',
  '1 and ',
  '1pm ',
  '1st ',
  '£1 ',
  '$1 ',
  // runs of headings, notes, arrows and brackets (session 36: "Late payments: " x 2,000 took seconds under load; a
  // cost per clause, 133 clauses each read by every trigger reader in every whole reading, not a quadratic path)
  'Late payments: ',
  'Note: ',
  '- ',
  '-> ',
  '(x) ',
  // session 37: headings that name a record or ask, labels and numbered steps, bullets, quotes, brackets
  'Lead: ',
  'Q: ',
  'Re: ',
  'Step 1: ',
  '1. Send email ',
  'a. ',
  '* ',
  '• ',
  '"x" ',
  '[x] ',
  '(a) ',
  // clause starts and conjunctions: each one opens a clause, a condition or a trigger
  'when a lead ',
  'if ',
  'then ',
  'and then ',
  'or ',
  'but ',
  'after ',
  'otherwise ',
  'unless ',
  'send an email ',
  // numbers with units: durations, amounts, clock times
  '5 days ',
  '10 minutes ',
  '2 weeks ',
  '$5k ',
  'at 9am ',
];

/** What comes before the run: nothing, an event trigger, a schedule, a condition. */
export const ADVERSARIAL_HEADS: readonly string[] = [
  '',
  'When a new lead comes in, ',
  'Every day, ',
  'If a reply mentions ',
];

/**
 * The request of `run` said again and again after `head`, up to the bound. In a counted run each "#" is the run's
 * number (1, 2, 3 …), so no two of its clauses are the same words ("Step 1: Step 2: …").
 */
export const atTheBound = (head: string, run: string): string => {
  let text = head;
  for (let n = 1; text.length < 2000; n++) text += run.replaceAll('#', String(n));
  return text.slice(0, 2000);
};

/** Runs counted by "#": the same shapes, each clause in words of its own. */
export const COUNTED_RUNS: readonly string[] = [
  'Step #: ',
  'Lead #: ',
  '#. Send email ',
  'Late payments #: ',
];
