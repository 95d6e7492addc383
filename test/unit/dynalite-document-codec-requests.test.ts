import { marshallInput } from '@aws-sdk/lib-dynamodb/dist-es/commands/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputPlan, MAYBE_BINARY, requestText } from '../../infra/local/dynalite/document-codec';
import {
  anyDoc,
  type Command,
  commandOf,
  commands,
  MARSHALL,
  Money,
  storable,
} from '../support/document-codec-arbitraries';

/**
 * The direct client's codec must give exactly what lib-dynamodb's key-node walk gives (the request's JSON text, the
 * answer's documents), or step aside (undefined / null) so the caller runs lib-dynamodb itself. Requests and answers
 * are generated for every command the direct client sends, with the values repositories store and the ones they
 * should not (sets, maps, binary, bigints, unsafe numbers, holes, functions, class instances).
 */

/** lib-dynamodb's text of the request, or the error it throws. */
const libText = (command: Command): { text?: string; error?: string } => {
  try {
    return { text: JSON.stringify(marshallInput(command.input, command.inputKeyNodes, MARSHALL)) };
  } catch (error) {
    return { error: String(error) };
  }
};

const codecText = (command: Command) =>
  requestText(command.input, inputPlan(command.constructor, command.inputKeyNodes), MARSHALL);

describe('the direct client codec, requests', () => {
  it('GIVEN any request of the ten data commands WHEN the codec writes it THEN it is lib-dynamodb text or it steps aside', () => {
    fc.assert(
      fc.property(commands(anyDoc), (request) => {
        const command = commandOf(request);
        const text = codecText(command);
        if (text === undefined) return;
        expect(libText(command)).toStrictEqual({ text });
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN requests of JSON-like documents WHEN the codec writes them THEN it takes every one but those that may hold bytes, as lib-dynamodb writes them', () => {
    fc.assert(
      fc.property(commands(storable), (request) => {
        const command = commandOf(request);
        const text = codecText(command);
        const lib = libText(command);
        if (text === undefined) expect(MAYBE_BINARY.test(lib.text ?? '')).toBe(true);
        else expect(lib).toStrictEqual({ text });
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN a set, binary, a bigint or an unsafe number in an item WHEN the codec writes it THEN it steps aside', () => {
    for (const value of [new Set(['a']), new Uint8Array([1]), 10n, 2 ** 53, Number.NaN, new Money()]) {
      expect(
        codecText(commandOf({ kind: 'Put', input: { TableName: 'T', Item: { pk: 'p', value } } })),
      ).toBeUndefined();
    }
  });

  it('GIVEN options other than the repositories WHEN the codec is asked THEN it steps aside', () => {
    const command = commandOf({ kind: 'Put', input: { TableName: 'T', Item: { pk: 'p', s: '' } } });
    const plan = inputPlan(command.constructor, command.inputKeyNodes);
    expect(requestText(command.input, plan, { ...MARSHALL, convertEmptyValues: true })).toBeUndefined();
    expect(requestText(command.input, plan, { ...MARSHALL, removeUndefinedValues: false })).toBeUndefined();
    expect(requestText(command.input, plan, MARSHALL)).toBe(
      '{"TableName":"T","Item":{"pk":{"S":"p"},"s":{"S":""}}}',
    );
  });
});
