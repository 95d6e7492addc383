import { WEEKDAY_STEM } from './lexicon';
import type { OwnStates } from './own-states';

/**
 * A sentence about the business's week beside the schedule (session 36): "Puppy class runs Saturdays. Every Friday
 * at noon find everyone booked for tomorrow …", "Our service drive gets slammed on Saturdays. Every Friday at 2pm
 * …". Its day was read as a second schedule day and the request refused ("names two different days"). When the
 * schedule names its own weekdays and a time in one sentence, another sentence that only says something happens on
 * other weekdays — no time, no number, no step, nothing that adds to or limits the schedule ("also", "too", "not",
 * "only", "except") — cannot be a day of the schedule: it is set aside as context and said back. A sentence that
 * names a day of the schedule, or "every day", stays for the readers (it may limit it: "We're closed Fridays").
 */

const DAY = `${WEEKDAY_STEM}day`;
const DAYS_IN = new RegExp(`\\b(${DAY})s?\\b`, 'gi');

/** "Every Friday at 2pm", "on Mondays and Thursdays at 9": weekdays and a clock time in one sentence. */
const SCHEDULED = new RegExp(
  `\\b(?:every|each|on)\\s${DAY}s?\\b[^.!?]{0,60}?\\b(?:at\\s)?(?:\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|noon|midday)\\b`,
  'i',
);

/** What a sentence about the week never holds: a time, a number, a step, a word that adds or limits. */
const MORE_THAN_THE_WEEK =
  /\d|\b(?:every|each|also|too|as\swell|not|no|never|except|only|just|but|unless|if|when|skip|instead|and\son|remind|send|e-?mail|text|notify|post|tell|call|book|schedule|message|ping|run|trigger|start|workflow|automation|noon|morning|evening|night|am|pm|week|weekly|daily|today|tomorrow)\b|n't\b/i;

const daysOf = (s: string): Set<string> =>
  new Set([...s.matchAll(DAYS_IN)].map((m) => (m[1] ?? '').toLowerCase()));

export const weekContext = (text: string): OwnStates => {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const scheduled = sentences.find((s) => SCHEDULED.test(s));
  if (!scheduled || sentences.length < 2) return { text, notes: [] };
  const ours = daysOf(scheduled);
  const aside: string[] = [];
  const kept = sentences.filter((s) => {
    if (s === scheduled) return true;
    const days = daysOf(s);
    const week =
      days.size > 0 &&
      ![...days].some((d) => ours.has(d)) &&
      !MORE_THAN_THE_WEEK.test(s) &&
      /[.!?]$/.test(s) &&
      sentences.indexOf(s) < sentences.indexOf(scheduled);
    if (week) aside.push(s);
    return !week;
  });
  if (aside.length === 0) return { text, notes: [] };
  return {
    text: kept.join(' '),
    notes: [`ignored as context: ${aside.map((s) => `"${s}"`).join(', ')}`],
  };
};
