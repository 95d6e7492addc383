import { describe, expect, it } from 'vitest';
import { EVENT_FILTERS_KEPT, UNSTARTED_FILTERS_REFUSED } from './classes/unstarted-filters-s39';
import { misread, notRefused } from './misread';

describe('a filter in a workflow no event starts (session 39)', () => {
  it('GIVEN a schedule or a button × a step × "if they are tagged vip", "only when …", "but only if …" WHEN parsed THEN refused naming the test, never a workflow for everyone', () => {
    expect(notRefused(UNSTARTED_FILTERS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the same test on an event, or the leads a schedule finds by tag WHEN parsed THEN read as before', () => {
    expect(misread(EVENT_FILTERS_KEPT)).toStrictEqual([]);
  });
});
