import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { PublishedEvent } from '../../functions/shared/ports';
import { EVENT_DETAILS } from '../../statemachines/event-details';
import { EVENT_NAMES, type EventName, eventSource } from '../../statemachines/events';
import { startTestPlatform, type TestPlatform } from './api-platform';

/**
 * Every publisher that can run in-process (agents, the API's data writes, the supervisor) publishes details that
 * parse with EVENT_DETAILS[detailType] and carry the source eventSource(detailType). The suites in
 * test/integration/event-contracts/ share this harness.
 */

/** A test platform started once for the file (clock on Monday 2026-03-02 08:00 UTC), published events cleared before each test. */
export const useContractPlatform = (): (() => TestPlatform) => {
  let platform: TestPlatform | undefined;
  beforeAll(async () => {
    platform = await startTestPlatform();
    platform.clock.set('2026-03-02T08:00:00.000Z'); // a Monday
  });
  afterAll(async () => {
    await platform?.close();
  });
  beforeEach(() => {
    if (platform) platform.published.length = 0;
  });
  return () => {
    if (!platform) throw new Error('the contract platform is used outside a test');
    return platform;
  };
};

/** The published events, each checked against the contract; throws with the zod issues of the first misfit. */
export const checkedEvents = (platform: TestPlatform): PublishedEvent[] => {
  for (const event of platform.published) {
    expect(EVENT_NAMES).toContain(event.detailType);
    const name = event.detailType as EventName;
    expect(event.source, name).toBe(eventSource(name));
    const parsed = EVENT_DETAILS[name].safeParse(event.detail);
    if (!parsed.success) {
      throw new Error(
        `${name} detail breaks the contract: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
  }
  return [...platform.published];
};

export const typesOf = (events: readonly PublishedEvent[]) => events.map((e) => e.detailType);
