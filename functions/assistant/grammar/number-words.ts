/** Numbers written as words, for durations and amounts ("forty-eight hours", "ten grand"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * A number word's value, or undefined: the table's own entries only, so a word such as "constructor" never reads
 * Object.prototype's function as its number.
 */
export const numberWord = (word: string): number | undefined =>
  Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : undefined;

/** "forty-eight" (a ten and a unit), "three": the number, or undefined when the words are not one. */
export const numberOf = (a: string, b: string | undefined): number | undefined => {
  const first = numberWord(a.toLowerCase());
  if (first === undefined || b === undefined) return first;
  const second = numberWord(b.toLowerCase());
  return second !== undefined && second < 10 && first >= 20 ? first + second : undefined;
};

/**
 * "three days", "forty-eight hours": a duration's number in digits, read before anything else, so the readers that
 * run early ("every lead that hasn't replied in 3 days") see the number as the later ones do.
 */
export const durationsInDigits = (s: string): string =>
  s.replace(
    /\b([a-z]+)(?:-([a-z]+))?(?=\s(?:more\s|extra\s)?(?:minutes?|hours?|days?|weeks?|months?)\b)/gi,
    (word, a: string, b: string | undefined) => String(numberOf(a, b) ?? word),
  );

const MULTIPLIERS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

/** The value of number words said one after another, or undefined when they are not one number. */
const composedValue = (words: readonly string[]): number | undefined => {
  let total = 0;
  let current = 0;
  let previous: 'unit' | 'tens' | 'multiplier' | undefined;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and') {
      if (previous !== 'multiplier') return undefined;
      continue;
    }
    const multiplier = Object.hasOwn(MULTIPLIERS, word) ? MULTIPLIERS[word] : undefined;
    if (multiplier !== undefined) {
      if (previous === undefined || previous === 'multiplier') return undefined;
      if (multiplier === 100) current *= 100;
      else {
        total += current * multiplier;
        current = 0;
      }
      previous = 'multiplier';
      continue;
    }
    const n = numberWord(word);
    if (n === undefined) return undefined;
    // "seven thirty", "one forty nine", "twenty twenty": times and prices said in pairs, not one number
    if (previous === 'unit' || (previous === 'tens' && n >= 10)) return undefined;
    current += n;
    previous = n >= 20 && n % 10 === 0 ? 'tens' : 'unit';
  }
  return previous === 'unit' || previous === 'tens' || previous === 'multiplier'
    ? total + current
    : undefined;
};

const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;
export const NUMBER_SEQUENCE = new RegExp(
  `\\b${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORD}|hundred|thousand)){1,5}\\b`,
  'gi',
);

/**
 * "eighty five", "fifteen hundred", "two hundred and fifty", "one thousand five hundred": number words said one after
 * another as one number in digits (each word alone would read "80 5" or "15 hundred"). Pairs that are not one number
 * ("seven thirty", "one forty nine") are left for the readers of times and prices.
 */
export const numberSequencesInDigits = (s: string): string =>
  s.replace(NUMBER_SEQUENCE, (words) => {
    const parts = words.split(/[\s-]+/);
    if (
      parts.length === 2 &&
      parts[1] !== undefined &&
      !MULTIPLIERS[parts[1].toLowerCase()] &&
      words.includes('-')
    )
      return words;
    const value = composedValue(parts);
    return value === undefined ? words : String(value);
  });
