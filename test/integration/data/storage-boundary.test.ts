import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnstorableValueError } from '../../../functions/data/client';
import { errorResponse } from '../../../functions/shared/http';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/**
 * The storage boundary refuses unstorable values whoever computed them (a 400-class error, never a 500 or a
 * retried task), and a store that fails on its side is a 503 with Retry-After.
 */

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('the document client refuses values no item can hold', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => db.close());

  it('GIVEN numbers beyond 2^53, below 1e-130, NaN or a 40-level document WHEN put THEN UnstorableValueError (400)', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    for (const value of [2 ** 60, -(2 ** 60), 1e-200, Number.NaN, deep]) {
      const error = await errorOf(
        db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'p', sk: 's', value } })),
      );
      expect(error, String(value)).toBeInstanceOf(UnstorableValueError);
      expect((error as UnstorableValueError).statusCode).toBe(400);
    }
    await db.doc.send(
      new PutCommand({ TableName: db.tableName, Item: { pk: 'p', sk: 's', value: 2 ** 53 - 1 } }),
    );
  });
});

describe('a failing store is a 503', () => {
  it('GIVEN a throttle or a server-side failure of the database WHEN it reaches the error mapping THEN 503 with Retry-After', () => {
    const failures = [
      Object.assign(new Error('Rate exceeded'), {
        name: 'ThrottlingException',
        $retryable: { throttling: true },
      }),
      Object.assign(new Error('Internal server error'), { name: 'InternalServerError', $fault: 'server' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
    ];
    for (const failure of failures) {
      const res = errorResponse(failure, 'req-1', () => undefined);
      expect(res.statusCode).toBe(503);
      expect(res.headers?.['retry-after']).toBe('1');
      expect(res.body).not.toContain(failure.message);
    }
    expect(errorResponse(new Error('bug'), 'req-2', () => undefined).statusCode).toBe(500);
  });
});
