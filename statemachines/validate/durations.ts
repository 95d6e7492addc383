import { parseDuration } from '../duration';
import { MAX_STANDARD_DURATION_SECONDS } from '../limits';
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
