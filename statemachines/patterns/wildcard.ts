import type { PatternProblem } from './shape';

/**
 * EventBridge wildcards: `*` matches any run of characters (zero or more); `\*` is a literal star and `\\` a literal
 * backslash; any other escape and consecutive stars are invalid. Matching is linear: a greedy left-to-right search
 * of the literal segments is exact for `*`-only globs.
 */

/** The literal segments between unescaped `*`, or undefined when the pattern is invalid. */
export const wildcardSegments = (pattern: string): string[] | undefined => {
  const segments: string[] = [];
  let current = '';
  let previousStar = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') return undefined;
      current += next;
      i++;
      previousStar = false;
    } else if (c === '*') {
      if (previousStar) return undefined;
      segments.push(current);
      current = '';
      previousStar = true;
    } else {
      current += c;
      previousStar = false;
    }
  }
  segments.push(current);
  return segments;
};

export const wildcardMatches = (pattern: string, value: string): boolean => {
  const segments = wildcardSegments(pattern);
  if (!segments) return false;
  if (segments.length === 1) return value === segments[0];
  const first = segments[0] as string;
  const last = segments[segments.length - 1] as string;
  if (value.length < first.length + last.length) return false;
  if (!value.startsWith(first) || !value.endsWith(last)) return false;
  let position = first.length;
  const end = value.length - last.length;
  for (const segment of segments.slice(1, -1)) {
    const found = value.indexOf(segment, position);
    if (found < 0 || found + segment.length > end) return false;
    position = found + segment.length;
  }
  return true;
};

/** Reports an invalid escape or `**` in a wildcard operand. */
export const checkWildcard = (pattern: string, path: string, problems: PatternProblem[]): void => {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next !== '*' && next !== '\\') {
        problems.push({
          path,
          message: `"${pattern}" has an invalid escape at position ${i}: a backslash may only escape "*" or "\\"`,
        });
        return;
      }
      i++;
    } else if (c === '*' && pattern[i + 1] === '*') {
      problems.push({
        path,
        message: `"${pattern}" has consecutive wildcard characters ("**"), which are not allowed`,
      });
      return;
    }
  }
};
