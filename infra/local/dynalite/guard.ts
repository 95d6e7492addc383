/**
 * What DynamoDB refuses before it touches storage and dynalite does not: documents nested deeper than 32 levels.
 * dynalite walks attribute values recursively, so a deep enough item threw RangeError (stack exhausted) inside
 * its request callback and ended the process; DynamoDB answers ValidationException. The front checks every
 * request here, so the store refuses it cleanly whatever sends it (the API's own limit is the first line).
 */

/** DynamoDB: a top-level attribute is level 1; its value may hold 31 more nested maps or lists. */
export const MAX_ATTRIBUTE_NESTING = 32;
export const NESTING_MESSAGE =
  'Nesting Levels have exceeded supported limits: Attributes in the item have nested levels beyond supported limit';

/** Wire depth that no valid request exceeds: each document level is two JSON levels ({"M": {…}}), plus the envelope. */
const MAX_WIRE_DEPTH = 2 * MAX_ATTRIBUTE_NESTING + 8;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nested M/L levels of one attribute value in the wire format (`{"M": {"a": {"L": []}}}` = 2). */
const documentLevels = (value: unknown): number => {
  if (!isObject(value)) return 0;
  let deepest = 0;
  if (isObject(value.M))
    for (const v of Object.values(value.M)) deepest = Math.max(deepest, documentLevels(v));
  else if (Array.isArray(value.L)) for (const v of value.L) deepest = Math.max(deepest, documentLevels(v));
  else return 0;
  return deepest + 1;
};

/**
 * True when some attribute value anywhere in the request (items, keys, expression values, transactions, batches)
 * nests deeper than DynamoDB allows; the raw text is checked first with tooDeepToParse.
 */
export const nestsTooDeep = (request: unknown): boolean => {
  // Any object that looks like an attribute value is measured; maps of attribute values are walked through.
  const stack: unknown[] = [request];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObject(node)) {
      const keys = Object.keys(node);
      const document = keys.length === 1 && (isObject(node.M) || Array.isArray(node.L));
      if (document) {
        if (documentLevels(node) > MAX_ATTRIBUTE_NESTING - 1) return true;
      } else stack.push(...Object.values(node));
    }
  }
  return false;
};

/**
 * Deepest nesting of objects and arrays in JSON text (brackets inside strings skipped); allocates nothing. A string
 * is skipped with indexOf to its next quote not escaped (one preceded by an even run of backslashes): 2.2-2.7 ->
 * 1.2-1.75 us per request on the text of 12,588 recorded lead-run requests, against a scan of every character.
 */
export const jsonDepth = (text: string): number => {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let end = text.indexOf('"', i + 1);
      for (;;) {
        if (end === -1) return deepest; // an unterminated string: nothing after it counts
        let k = end - 1;
        while (text.charCodeAt(k) === 0x5c /* \ */) k--;
        if ((end - 1 - k) % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth -= 1;
  }
  return deepest;
};

/** Raw request text too deep to be any valid request (checked before parsing it), by its jsonDepth. */
export const tooDeepToParse = (wireDepth: number): boolean => wireDepth > MAX_WIRE_DEPTH;

/**
 * Whether nestsTooDeep can find anything in a request of this jsonDepth. An attribute value of 32 document levels
 * is an object at wire depth 1 at least (2 inside any real request) whose innermost map or list is 63 levels below
 * it: shallower text cannot hold one, and the walk is skipped.
 */
export const mayNestTooDeep = (wireDepth: number): boolean => wireDepth >= 2 * MAX_ATTRIBUTE_NESTING;
