import type { Clause } from './clause';
import type { Item } from './items';
import { VERBS } from './split';

/**
 * "email the client …, cc Mark (mark@x.com)": an address copied on the email just read is that email's cc (session 41;
 * it had been a second message to the team). A cc without an address ("cc me") is read as before.
 */
const CC_ADDRESS = /^\s*(?:and\s+)?(?:cc|copy\s+in)\s+(?:[a-z]+\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$/;
export const ccOnEmail = (clause: Clause, items: readonly Item[]): boolean => {
  const cc = CC_ADDRESS.exec(clause.view);
  const last = items.at(-1);
  const email = last?.kind === 'steps' ? last.steps.at(-1) : undefined;
  if (!cc?.[1] || !email || !('action' in email) || email.action !== 'email.send') return false;
  const input = email.input as Record<string, unknown>;
  const said = Array.isArray(input.cc) ? (input.cc as string[]) : [];
  input.cc = [...said, cc[1].toLowerCase()];
  clause.markAll();
  return true;
};

/**
 * "every new lead should get the welcome email but never email new leads automatically": a step said not to happen
 * (session 41; it had been read as a second email). No step is "not"; with a step that does it, it contradicts it.
 * Refused, quoted ("don't forget to …" asks for the step: not here).
 */
export const NEGATED_STEP = new RegExp(
  `^\\s*(?:(?:and|but|so|then|just)\\s+)?(?:never|don't|dont|do\\s+not|no\\s+need\\s+to)\\s+(?!forget\\b)(?:${VERBS})\\b`,
  'i',
);
export const negatedStep = (clause: string): string =>
  `I did not understand "${clause.slice(Math.max(0, clause.search(/\b(?:never|don't|dont|do not|no need)\b/i))).trim()}": a step said not to happen is none I can build, and it contradicts any step that does it; say which records it is for instead ("only if …", "unless …")`;
