import { describe, expect, it } from 'vitest';
import { lazyRecord } from '../../statemachines/lazy-record';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';

describe('lazyRecord: module-scope tables built on first read', () => {
  it('GIVEN a lazy record WHEN nothing is read THEN nothing is built, though its keys are listed', () => {
    const built: string[] = [];
    const record = lazyRecord(['a', 'b'] as const, (key) => {
      built.push(key);
      return key.toUpperCase();
    });
    expect(Object.keys(record)).toStrictEqual(['a', 'b']);
    expect('a' in record).toBe(true);
    expect(built).toStrictEqual([]);
  });

  it('GIVEN a lazy record WHEN one entry is read twice THEN only that entry is built, once', () => {
    const built: string[] = [];
    const record = lazyRecord(['a', 'b'] as const, (key) => {
      built.push(key);
      return { key };
    });
    const first = record.a;
    expect(record.a).toBe(first);
    expect(built).toStrictEqual(['a']);
    expect(Object.entries(record)).toStrictEqual([
      ['a', { key: 'a' }],
      ['b', { key: 'b' }],
    ]);
    expect(built).toStrictEqual(['a', 'b']);
  });

  it('GIVEN the shipped templates WHEN read THEN each is the parsed definition, the same object on every read', () => {
    for (const id of TEMPLATE_IDS) {
      expect(TEMPLATES[id].steps.length).toBeGreaterThan(0);
      expect(TEMPLATES[id]).toBe(TEMPLATES[id]);
    }
  });
});
