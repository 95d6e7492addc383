/**
 * Stands in for jsonpath-plus (~24 KB minified) in the bundle of the api-dry-run function (infra/constructs/function.ts
 * FUNCTION_BUNDLE_ALIASES), which runs only compiled definitions: aws-local-stepfunctions asks its `JSONPath` for
 * reference paths alone, `$` or `$$` followed by `.name` and `[index]` segments (references, step ids, the context
 * object). For those it answers what jsonpath-plus 10 answers with `wrap: false`, to the value
 * (test/unit/engine-jsonpath-lean.test.ts compares both on generated paths and values), including its quirks: a
 * name looks through own properties of any truthy value (`$.name.length` is a string's length), `[0]` and `.0` are
 * the same segment, a `$` segment stays where it is, and a falsy document selects nothing. Any other path form
 * (wildcards, filters, slices, quoted names) fails naming itself rather than answer differently.
 */

const PATH = /^\$(?:\.[A-Za-z0-9_$-]+|\[\d+\])*$/;
const SEGMENT = /\.([A-Za-z0-9_$-]+)|\[(\d+)\]/g;

/** The segments jsonpath-plus's JSONPath.toPathArray makes of a path of the subset, `$` dropped as it drops it. */
const segmentsOf = (path: string): string[] => {
  if (!PATH.test(path)) {
    throw new Error(
      `JSONPath '${path}' is not a reference path: this function's stand-in for jsonpath-plus reads only $.name and [index] segments`,
    );
  }
  const segments = ['$'];
  for (const m of path.matchAll(SEGMENT)) segments.push((m[1] ?? m[2]) as string);
  if (segments.length > 1) segments.shift();
  return segments;
};

const hasOwn = (value: unknown, key: string): boolean =>
  Boolean(value) && Object.hasOwn(value as object, key);

export interface JsonPathOptions {
  readonly path: string;
  readonly json: unknown;
  readonly wrap?: boolean;
}

/** jsonpath-plus's `JSONPath({ path, json, wrap: false })` for a reference path: the value, or undefined. */
export const JSONPath = ({ path, json, wrap }: JsonPathOptions): unknown => {
  if (wrap !== false)
    throw new Error("this function's stand-in for jsonpath-plus answers only with wrap: false");
  const segments = segmentsOf(path);
  if (!json) return undefined;
  let value: unknown = json;
  // jsonpath-plus follows a name it reached by name "with literal priority": the next segment is looked up as a
  // property first, even `$`.
  let literal = false;
  for (const segment of segments) {
    if (literal && hasOwn(value, segment)) {
      value = (value as Record<string, unknown>)[segment];
      literal = false;
    } else if (segment === '$') {
      literal = false;
    } else if (!literal && hasOwn(value, segment)) {
      value = (value as Record<string, unknown>)[segment];
      literal = true;
    } else {
      return undefined;
    }
  }
  return value;
};
