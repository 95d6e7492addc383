import { describe, expect, it } from 'vitest';
import {
  JsonSyntaxError,
  lineOf,
  locate,
  parseWithPositions,
  pathKeys,
  toJsonPath,
} from '../src/json-positions';

const TEXT = `{
  "name": "Demo",
  "steps": [
    { "id": "a", "action": "email.sendd", "input": { "to": "x" } },
    { "id": "b", "wait": "PT1H" }
  ],
  "odd key": 1
}`;

describe('JSON with positions', () => {
  it('GIVEN any JSON WHEN parsed THEN the value equals JSON.parse and every path has its span', () => {
    const { value, paths } = parseWithPositions(TEXT);
    expect(value).toEqual(JSON.parse(TEXT));
    const action = paths.get('$.steps[0].action');
    expect(action && TEXT.slice(action.value.start, action.value.end)).toBe('"email.sendd"');
    expect(action?.key && TEXT.slice(action.key.start, action.key.end)).toBe('"action"');
    expect(paths.get('$["odd key"]')?.compound).toBe(false);
    expect(paths.get('$.steps')?.compound).toBe(true);
  });

  it("GIVEN the validator's paths WHEN located THEN a present value is pinned exactly and a missing one to its closest parent", () => {
    const { paths } = parseWithPositions(TEXT);
    const exact = locate(paths, '$.steps[0].action');
    expect(exact?.exact).toBe(true);
    expect(lineOf(TEXT, exact?.span.start ?? 0).line).toBe(4);

    const missing = locate(paths, '$.steps[0].input.subject');
    expect(missing?.exact).toBe(false);
    expect(missing && TEXT.slice(missing.span.start, missing.span.end)).toBe('"input"');

    // An object is pinned by its name, not underlined whole.
    const block = locate(paths, '$.steps[1]');
    expect(block && TEXT.slice(block.span.start, block.span.end)).toBe('{');
    expect(locate(paths, '$')?.span.start).toBe(0);
  });

  it('GIVEN paths with odd keys WHEN written and read back THEN they round-trip as the validator writes them', () => {
    for (const keys of [['steps', 0, 'input', 'to'], ['odd key', 'a"b'], [], ['x', 12]]) {
      expect(pathKeys(toJsonPath(keys))).toEqual(keys);
    }
    expect(toJsonPath(['steps', 2, 'then', 0, 'input', 'to'])).toBe('$.steps[2].then[0].input.to');
  });

  it.each([
    ['{"a": 1,}', 'a property name in double quotes'],
    ['{"a" 1}', '":" after "a"'],
    ['[1 2]', '"," or "]"'],
    ['{"a": "unterminated', 'a string that never ends'],
    ['{"a": tru}', 'a JSON value'],
    ['{"a": 1} x', 'the end of the text'],
    ['', 'more JSON'],
  ])(
    'GIVEN broken JSON %j WHEN parsed THEN a syntax error says what was expected and where',
    (text, expected) => {
      let error: unknown;
      try {
        parseWithPositions(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).message).toContain(expected);
      expect((error as JsonSyntaxError).offset).toBeLessThanOrEqual(text.length);
      expect(() => JSON.parse(text)).toThrow();
    },
  );
});
