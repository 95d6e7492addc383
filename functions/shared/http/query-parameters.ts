import * as zc from 'zod/v4/core';
import { documentedSchema } from '../../../statemachines/zod-kit';
import type { FieldIssue } from '../errors';

/**
 * A route with a query schema takes the parameters it names and no others: an unknown one (a misspelt filter such
 * as `?stauts=open`) was ignored, answering the whole unfiltered list as if it had applied. It is a 400 naming the
 * parameter and the ones the route takes, as an unknown body field is. Routes without a query schema take none and
 * ignore what is sent (a cache-busting `?_=1`).
 */
export const unknownQueryParameters = (
  schema: zc.$ZodType,
  query: Readonly<Record<string, string>>,
): FieldIssue[] => {
  const built = documentedSchema(schema);
  if (!(built instanceof zc.$ZodObject)) return [];
  const { shape } = built._zod.def;
  const taken = Object.keys(shape).join(', ');
  return Object.keys(query)
    .filter((name) => !Object.hasOwn(shape, name))
    .map((name) => ({
      path: `query.${name}`,
      message: `Unknown query parameter; this route takes ${taken}`,
    }));
};
