import { describe, expect, it } from 'vitest';
import { matchPattern, PatternIndex } from '../../statemachines/patterns';

/** Dotted keys are nested before matching; that must never change the caller's event or any prototype. */
describe('dotted keys in events are nested without side effects', () => {
  it('GIVEN an event with both "lead" and "lead.status" WHEN it is matched many times, directly and through an index THEN the event is unchanged and every answer is the same', () => {
    const event = JSON.parse(
      '{"source":"dynaris.lead","detail":{"lead":{"status":"new","tags":["a"]},"lead.status":"won","lead.tags":["b"]}}',
    );
    const before = structuredClone(event);
    const pattern = { detail: { lead: { status: ['won'] } } };
    const index = new PatternIndex<string>().set('p', pattern, 'p');
    for (let i = 0; i < 40; i++) {
      expect(matchPattern(pattern, event)).toBe(true);
      expect(matchPattern({ detail: { lead: { tags: ['b'] } } }, event)).toBe(true);
      expect(index.match(event).matches).toStrictEqual(['p']);
    }
    expect(event).toStrictEqual(before);
  });

  it('GIVEN an event whose dotted key starts with __proto__ or constructor WHEN matched THEN it is an ordinary field and no prototype is touched', () => {
    const event = JSON.parse(
      '{"detail":{"__proto__.polluted":1,"constructor.prototype.polluted":2,"__proto__":{"x.y":3}}}',
    );
    expect(matchPattern(JSON.parse('{"detail":{"__proto__":{"polluted":[1]}}}'), event)).toBe(true);
    expect(matchPattern(JSON.parse('{"detail":{"__proto__":{"x":{"y":[3]}}}}'), event)).toBe(true);
    expect(matchPattern({ detail: { constructor: { prototype: { polluted: [2] } } } }, event)).toBe(true);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
