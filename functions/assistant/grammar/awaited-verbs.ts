/**
 * What a wait waits for, as a lexicon: each verb (in its base form) and the thing whose arrival means it happened.
 * Every inflection is generated ("reply": replies, replied, replying), so "is not replying", "hasn't replied" and
 * "doesn't reply" are one entry, and a new verb is one line, not a new pattern.
 */

export type Awaited = 'reply' | 'payment' | 'booking' | 'form' | 'confirmation';

/** Verbs with no event behind them: refused with a reason, never read as another verb. */
export type Untracked = 'untracked';

const LEXICON: readonly [verb: string, awaited: Awaited | Untracked][] = [
  ['reply', 'reply'],
  ['respond', 'reply'],
  ['answer', 'reply'],
  ['write back', 'reply'],
  ['get back', 'reply'],
  ['hear back', 'reply'],
  ['come back', 'reply'],
  ['react', 'reply'],
  ['email back', 'reply'],
  ['email us back', 'reply'],
  ['email me back', 'reply'],
  ['return our email', 'reply'],
  ['return our message', 'reply'],
  ['return the email', 'reply'],
  ['return my email', 'reply'],
  ['pay', 'payment'],
  ['settle', 'payment'],
  ['make a payment', 'payment'],
  ['make the payment', 'payment'],
  ['clear', 'payment'],
  ['book', 'booking'],
  ['rebook', 'booking'],
  ['book again', 'booking'],
  ['schedule', 'booking'],
  ['reserve', 'booking'],
  ['complete', 'form'],
  ['fill in', 'form'],
  ['fill out', 'form'],
  ['fill', 'form'],
  ['submit', 'form'],
  ['finish', 'form'],
  ['return the form', 'form'],
  ['confirm', 'confirmation'],
  ['accept', 'confirmation'],
  ['open', 'untracked'],
  ['read', 'untracked'],
  ['click', 'untracked'],
  ['view', 'untracked'],
  ['sign', 'untracked'],
  ['show up', 'untracked'],
  ['attend', 'untracked'],
  ['log in', 'untracked'],
  ['upgrade', 'untracked'],
  ['buy', 'untracked'],
  ['purchase', 'untracked'],
  ['visit', 'untracked'],
  ['download', 'untracked'],
];

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  pay: ['pays', 'paid', 'paying', 'payed'],
  write: ['writes', 'wrote', 'written', 'writing'],
  get: ['gets', 'got', 'gotten', 'getting'],
  hear: ['hears', 'heard', 'hearing'],
  come: ['comes', 'came', 'coming'],
  make: ['makes', 'made', 'making'],
  read: ['reads', 'reading'],
  buy: ['buys', 'bought', 'buying'],
  show: ['shows', 'showed', 'shown', 'showing'],
  submit: ['submits', 'submitted', 'submitting'],
  log: ['logs', 'logged', 'logging'],
};

/** The forms of one word: base, -s, -ed, -ing by the usual spelling rules, or the irregular ones. */
export const inflections = (word: string): readonly string[] => {
  const irregular = IRREGULAR[word];
  if (irregular) return [word, ...irregular];
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    return [word, `${stem}ies`, `${stem}ied`, `${word}ing`];
  }
  if (/e$/.test(word)) return [word, `${word}s`, `${word}d`, `${word.slice(0, -1)}ing`];
  if (/(?:sh|ch|x|s)$/.test(word)) return [word, `${word}es`, `${word}ed`, `${word}ing`];
  return [word, `${word}s`, `${word}ed`, `${word}ing`];
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const phraseForms = (phrase: string): string => {
  const [head = '', ...rest] = phrase.split(' ');
  const tail = rest.length > 0 ? ` ${rest.map(literal).join(' ')}` : '';
  return `(?:${inflections(head).map(literal).join('|')})${tail}`;
};

/** Each awaited thing and the verbs (every form) that mean it, longest phrase first. */
export const AWAITED_VERBS: readonly [RegExp, Awaited | Untracked][] = (() => {
  const order: (Awaited | Untracked)[] = ['reply', 'payment', 'booking', 'form', 'confirmation', 'untracked'];
  return order.map((awaited): [RegExp, Awaited | Untracked] => {
    const phrases = LEXICON.filter(([, a]) => a === awaited)
      .map(([verb]) => verb)
      .sort((a, b) => b.length - a.length);
    // "rebook", "resubmit", "re-pay": doing it again is the same event as doing it (never for the untracked)
    const again = awaited === 'untracked' ? '' : '(?:re-?)?';
    return [new RegExp(`^${again}(?:${phrases.map(phraseForms).join('|')})(?![\\w-])`), awaited];
  });
})();
