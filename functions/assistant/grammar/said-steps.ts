import type { Clause } from './clause';
import type { Item } from './items';

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
