import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, RUN_STATUSES } from '../../console/src/contracts';
import { RUN_STATUSES as SERVER_RUN_STATUSES } from '../../functions/data/runs';
import { EVENT_NAMES } from '../../statemachines/events';

/** The console offers the server's own names as choices; it keeps a copy (no zod in the browser bundle). */
describe("the console's copies of public names", () => {
  it('GIVEN the bus event names and the run statuses WHEN compared with the console filters THEN they are the same lists', () => {
    expect([...EVENT_TYPES]).toEqual([...EVENT_NAMES]);
    expect([...RUN_STATUSES]).toEqual([...SERVER_RUN_STATUSES]);
  });
});
