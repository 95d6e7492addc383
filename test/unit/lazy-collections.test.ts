import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { dataRoutes } from '../../functions/api/routes/data';
import { documentedSchema } from '../../statemachines/zod-kit';

/**
 * api-data's collections build their schemas (the data repositories' and the routes') on the first request that
 * parses with them: it serves six collections and a request reads one, yet it built all ~700 schemas at every cold
 * start. A module instance that has built nothing must answer every parse as one that has built everything, whatever
 * the collections were read in.
 */

type Routes = typeof import('../../functions/api/routes/data');

/** A module instance of the data routes (and of the repositories' schemas under them) in which nothing was parsed. */
const fresh = async (): Promise<Routes> => {
  vi.resetModules();
  return import('../../functions/api/routes/data');
};

/** The routes that parse a query or a body, with where their schema sits: one per collection and verb. */
const PARSING = dataRoutes.flatMap((r) =>
  (['query', 'body'] as const)
    .filter((where) => r[where])
    .map((where) => ({ operationId: r.operationId, where })),
);

const schemaOf = (routes: Routes, at: (typeof PARSING)[number]) => {
  const schema = routes.dataRoutes.find((r) => r.operationId === at.operationId)?.[at.where];
  if (!schema) throw new Error(`no ${at.where} schema on ${at.operationId}`);
  return schema;
};

/** The field names a route's schema declares (its documented shape), to aim random values at. */
const fieldsOf = (at: (typeof PARSING)[number]): string[] => {
  const built = documentedSchema(schemaOf({ dataRoutes } as Routes, at)) as {
    _zod: { def: { shape?: object } };
  };
  return Object.keys(built._zod.def.shape ?? {});
};

const answer = (result: { success: boolean; data?: unknown; error?: { issues: readonly unknown[] } }) =>
  JSON.parse(
    JSON.stringify({
      success: result.success,
      data: result.data ?? null,
      issues: result.error?.issues ?? [],
    }),
  ) as unknown;

const value = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    'a@example.com',
    'not-an-email',
    'EUR',
    'eur',
    '2026-12-06T10:00:00Z',
    '2026-12-06T10:00:00+02:00',
    'yesterday',
    'new',
    'qualified',
    'confirmed',
    'cancelled',
    'paid',
    'open',
    'draft',
    'utf8',
    'base64',
    'aGVsbG8=',
    '10',
    '-1',
  ),
  fc.integer({ min: -2, max: 400 }),
  fc.double({ noNaN: true, min: -1, max: 1e6 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.array(
    fc.record({
      description: fc.string({ maxLength: 5 }),
      quantity: fc.integer({ min: 0, max: 3 }),
      unitPriceCents: fc.integer({ min: -1, max: 500 }),
    }),
    { maxLength: 2 },
  ),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

/** A route and a value for it: an object whose keys are mostly the schema's own fields (some unknown), or junk. */
const request = fc.constantFrom(...PARSING).chain((at) =>
  fc.tuple(
    fc.constant(at),
    fc.oneof(
      {
        weight: 8,
        arbitrary: fc.dictionary(fc.constantFrom(...fieldsOf(at), 'unknownField'), value, { maxKeys: 8 }),
      },
      { weight: 1, arbitrary: value },
    ),
  ),
);

describe('api-data collections built on first parse', () => {
  it('GIVEN the data routes just loaded WHEN one lead is created THEN only the leads’ create body is built, no other collection’s', async () => {
    const routes = await fresh();
    const named = (id: string) => z.globalRegistry._idmap.has(id);
    const ids = [
      'NewLead',
      'LeadPatch',
      'NewBooking',
      'BookingPatch',
      'NewInvoice',
      'InvoicePatch',
      'NewContact',
      'NewKnowledgeEntry',
      'NewFile',
      'FilePatch',
    ];
    expect(ids.filter(named)).toStrictEqual([]);
    const create = schemaOf(routes, { operationId: 'createLead', where: 'body' });
    expect(create.safeParse({ email: 'a@example.com' }).success).toBe(true);
    expect(ids.filter(named)).toStrictEqual(['NewLead']);
  });

  it('GIVEN collections read in a random order in a fresh module WHEN valid and invalid queries and bodies are parsed THEN each answer (data, issues) equals the answer of a module that built them all', async () => {
    for (const at of PARSING) expect(fieldsOf(at).length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(PARSING, { maxLength: 4 }),
        request,
        async (before, [at, input]) => {
          const routes = await fresh();
          for (const earlier of before) schemaOf(routes, earlier).safeParse({});
          expect(answer(schemaOf(routes, at).safeParse(input))).toStrictEqual(
            answer(schemaOf({ dataRoutes } as Routes, at).safeParse(input)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
