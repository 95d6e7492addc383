import { describe, expect, it } from 'vitest';
import { diffLines, withContext } from '../src/diff';

describe('version diff', () => {
  it('GIVEN two versions WHEN diffed THEN unchanged lines are kept and the changed one is removed then added', () => {
    const before = ['{', '  "subject": "Hi",', '  "to": "a"', '}'].join('\n');
    const after = ['{', '  "subject": "Hello",', '  "to": "a"', '}'].join('\n');
    expect(diffLines(before, after)).toEqual([
      { kind: 'same', text: '{', line: 1 },
      { kind: 'added', text: '  "subject": "Hello",', line: 2 },
      { kind: 'removed', text: '  "subject": "Hi",', line: 2 },
      { kind: 'same', text: '  "to": "a"', line: 3 },
      { kind: 'same', text: '}', line: 4 },
    ]);
  });

  it('GIVEN any two texts WHEN diffed THEN the old text is the same and removed lines, the new the same and added ones', () => {
    const texts = ['a\nb\nc\nd', 'b\nc\ne\na', '', 'x', 'a\na\na\nb', 'b\na\na'];
    for (const a of texts)
      for (const b of texts) {
        const d = diffLines(a, b);
        expect(
          d
            .filter((l) => l.kind !== 'added')
            .map((l) => l.text)
            .join('\n'),
        ).toBe(a);
        expect(
          d
            .filter((l) => l.kind !== 'removed')
            .map((l) => l.text)
            .join('\n'),
        ).toBe(b);
      }
  });

  it('GIVEN a long unchanged stretch WHEN shown with context THEN it folds into one gap marker', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const b = a.replace('line 10', 'line ten');
    const shown = withContext(diffLines(a, b), 2);
    expect(shown[0]).toBeNull();
    expect(shown.filter((l) => l !== null && l.kind !== 'same').map((l) => l?.text)).toEqual([
      'line ten',
      'line 10',
    ]);
    expect(shown.filter((l) => l === null)).toHaveLength(2);
  });
});
