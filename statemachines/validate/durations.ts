import { leastWaitSeconds, parseDuration } from '../duration';
import { MAX_BUSINESS_DAYS, MAX_STANDARD_DURATION_SECONDS } from '../limits';
import type { ValidationContext } from './context';
import type { Path } from './issues';

/** An ISO 8601 duration no longer than a run may last; its seconds, or undefined (reported) when it is not. */
export const checkDuration = (ctx: ValidationContext, text: string, path: Path): number | undefined => {
  const r = parseDuration(text);
  if (!r.ok) {
    ctx.add(path, 'bad-duration', r.message);
    return undefined;
  }
  if (r.seconds > MAX_STANDARD_DURATION_SECONDS) {
    ctx.add(path, 'duration-too-long', `"${text}" is longer than one year, the longest a run can last`);
    return undefined;
  }
  return r.seconds;
};

/**
 * `{ "businessDays": N }`: a whole number from 1 to MAX_BUSINESS_DAYS. The seconds it lasts at least (N days less a
 * DST shift; leastWaitSeconds), or undefined (reported) when it is not.
 */
export const checkBusinessDays = (ctx: ValidationContext, value: unknown, path: Path): number | undefined => {
  const days = (value as { businessDays?: unknown }).businessDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_BUSINESS_DAYS) {
    ctx.add(
      [...path, 'businessDays'],
      'bad-business-days',
      `businessDays must be a whole number from 1 to ${MAX_BUSINESS_DAYS}, not ${JSON.stringify(days)}`,
    );
    return undefined;
  }
  return leastWaitSeconds({ businessDays: days });
};
