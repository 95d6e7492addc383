import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_DETAIL_FIELDS, EVENT_DETAIL_PATHS, EVENT_DETAILS } from '../../../statemachines/event-details';
import { EVENT_NAMES, type EventName } from '../../../statemachines/events';
import { TEMPLATE_IDS, templateJson } from '../../../statemachines/templates';
import { validateWorkflow } from '../../../statemachines/validate';

/**
 * The event detail schemas are built on first read, each on its own (api-workflows built all 25 at every cold start).
 * What a first read builds must not depend on which events were read before it: a module instance that has built
 * nothing answers every parse, field list and validation as one that has built everything.
 */

type Details = typeof import('../../../statemachines/event-details');
type Validate = typeof import('../../../statemachines/validate');

/** A module instance of event-details (and of the validator over it) in which nothing has been read yet. */
const fresh = async (): Promise<{ details: Details; validate: Validate }> => {
  vi.resetModules();
  const details = await import('../../../statemachines/event-details');
  const validate = await import('../../../statemachines/validate');
  return { details, validate };
};

const answer = (result: { success: boolean; error?: { issues: readonly unknown[] } }) => ({
  success: result.success,
  issues: JSON.parse(JSON.stringify(result.error?.issues ?? [])) as unknown,
});

const value = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom('id', 'email', 'status', 'name', 'version'), fc.string({ maxLength: 6 })),
);

/** A detail for the event: tenantId (or not), and values of random types at random declared top-level fields. */
const detailFor = (event: EventName) =>
  fc
    .record(
      {
        tenantId: fc.oneof(fc.constant('t-1'), fc.constant(''), fc.integer()),
        fields: fc.dictionary(
          fc.constantFrom(...EVENT_DETAIL_PATHS[event].map((p) => p.split(/[.[]/)[0] ?? p)),
          value,
          { maxKeys: 6 },
        ),
      },
      { requiredKeys: ['fields'] },
    )
    .map(({ tenantId, fields }) => ({ ...fields, ...(tenantId === undefined ? {} : { tenantId }) }));

describe('event details built on first read', () => {
  it('GIVEN the event details WHEN one is read THEN only that one is built', async () => {
    const { details } = await fresh();
    const built = (name: EventName) => !Object.getOwnPropertyDescriptor(details.EVENT_DETAILS, name)?.get;
    expect(EVENT_NAMES.filter(built)).toStrictEqual([]);
    expect(details.EVENT_DETAILS['lead.created'].safeParse({}).success).toBe(false);
    expect(EVENT_NAMES.filter(built)).toStrictEqual(['lead.created']);
    expect(Object.keys(details.EVENT_DETAILS)).toStrictEqual([...EVENT_NAMES]);
  });

  it('GIVEN events read in a random order in a fresh module WHEN details of valid and invalid shapes are parsed THEN each answer equals the answer of a module that built them all', async () => {
    for (const name of EVENT_NAMES) expect(EVENT_DETAILS[name]).toBeDefined();
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...EVENT_NAMES], { minLength: 1 }),
        fc.constantFrom(...EVENT_NAMES).chain((event) => fc.tuple(fc.constant(event), detailFor(event))),
        async (order, [event, detail]) => {
          const { details } = await fresh();
          for (const name of order) {
            expect(details.EVENT_DETAIL_FIELDS[name]).toStrictEqual(EVENT_DETAIL_FIELDS[name]);
            expect(details.EVENT_DETAIL_PATHS[name]).toStrictEqual(EVENT_DETAIL_PATHS[name]);
          }
          expect(answer(details.EVENT_DETAILS[event].safeParse(detail))).toStrictEqual(
            answer(EVENT_DETAILS[event].safeParse(detail)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN built-in templates with their trigger event changed WHEN validated in a fresh module THEN the report equals the one of a module that built every detail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TEMPLATE_IDS),
        fc.oneof(fc.constantFrom(...EVENT_NAMES), fc.constant('lead.nothing')),
        fc.constantFrom('lead.email', 'lead.status', 'invoice.totalCents', 'fields.email', 'nowhere'),
        async (id, event, field) => {
          for (const name of EVENT_NAMES) expect(EVENT_DETAILS[name]).toBeDefined();
          const def = templateJson(id) as { trigger?: Record<string, unknown> };
          def.trigger = { type: 'event', event, filter: { [field]: ['x'] } };
          const { validate } = await fresh();
          expect(validate.validateWorkflow(structuredClone(def))).toStrictEqual(
            validateWorkflow(structuredClone(def)),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
