import type { Kind } from './condition-words';
import { LEAD_STATUS_WORDS } from './statuses';

/** A status said as a value ("= closed won", "is Customer") → the record's status; undefined when it has none such. */
export const statusValue = (kind: Kind | undefined, said: string): string | undefined => {
  const word = said
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (kind === 'invoice') return /^(?:draft|open|paid|overdue)$/.test(word) ? word : undefined;
  if (kind === 'booking')
    return /^(?:confirmed|cancell?ed)$/.test(word) ? word.replace('canceled', 'cancelled') : undefined;
  return kind === 'lead' ? LEAD_STATUS_WORDS[word] : undefined;
};
