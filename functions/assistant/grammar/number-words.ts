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

/** "forty-eight" (a ten and a unit), "three": the number, or undefined when the words are not one. */
export const numberOf = (a: string, b: string | undefined): number | undefined => {
  const first = NUMBER_WORDS[a.toLowerCase()];
  if (first === undefined || b === undefined) return first;
  const second = NUMBER_WORDS[b.toLowerCase()];
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
