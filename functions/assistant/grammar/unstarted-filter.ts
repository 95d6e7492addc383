import type { Trigger } from '../../../statemachines/schema';

/** How a filter's test reads: "tagged vip", "source LinkedIn". */
const said = (filter: Readonly<Record<string, unknown>>): string =>
  Object.entries(filter)
    .map(([key, value]) => {
      const values = [value].flat().map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      return key.endsWith('.tags')
        ? `tagged ${values.join(' or ')}`
        : `${key.replace(/^\w+\./, '')} ${values.join(' or ')}`;
    })
    .join(' and ');

/**
 * "every Friday at 4pm post in #team if they are tagged vip" (session 39): a filter chooses which events start the
 * workflow; a schedule, a button or a webhook brings no lead to test, and the filter was dropped without a word.
 * The problem to say, or undefined when the trigger is an event.
 */
export const filterWithoutEvent = (
  filter: Readonly<Record<string, unknown>> | undefined,
  trigger: Trigger,
): string | undefined => {
  if (!filter || trigger.type === 'event') return undefined;
  const start =
    trigger.type === 'schedule'
      ? 'on a schedule'
      : trigger.type === 'manual'
        ? 'when you run it'
        : `from a ${trigger.type}`;
  return `"${said(filter)}" tests the record an event brings, and this workflow starts ${start}: say which records to find ("find the leads ${said(filter)} and …") or take the condition out`;
};
