import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';

/** A document of `levels` nested maps around a scalar: levels = 1 -> { a: 1 }. */
const nestedMaps = (levels: number): Record<string, unknown> => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value as Record<string, unknown>;
};

/** The wire format of the same, built without recursion (the SDK's marshaller recurses). */
const nestedWire = (levels: number) => {
  let value: Record<string, unknown> = { N: '1' };
  for (let i = 0; i < levels; i++) value = { M: { a: value } };
  return value;
};

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

describe('dynalite refuses what DynamoDB refuses: nesting beyond 32 levels', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('GIVEN an attribute of 31 nested maps WHEN put THEN it is stored, and 32 are refused with ValidationException', async () => {
    await db.doc.send(
      new PutCommand({ TableName: db.tableName, Item: { pk: 'ok', sk: 'x', d: nestedMaps(31) } }),
    );
    const stored = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: { pk: 'ok', sk: 'x' } }));
    expect(stored.Item?.d).toEqual(nestedMaps(31));

    const error = await errorOf(
      db.doc.send(
        new PutCommand({ TableName: db.tableName, Item: { pk: 'no', sk: 'x', d: nestedMaps(32) } }),
      ),
    );
    // The document client turns DynamoDB's ValidationException into the 400-class UnstorableValueError.
    expect(error?.name).toBe('UnstorableValueError');
    expect(error?.message).toContain('Nesting Levels have exceeded supported limits');
  });

  /** A request as it arrives on the wire (the SDK cannot send one this deep: its serializer recurses). */
  const raw = async (operation: string, body: string): Promise<{ status: number; type: string }> => {
    const res = await fetch(db.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
        'x-amz-date': '20260101T000000Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
      },
      body,
    });
    const answer = (await res.json()) as { __type?: string };
    return { status: res.status, type: String(answer.__type ?? '').replace(/^.*#/, '') };
  };

  it('GIVEN 2,000 nested maps on the wire WHEN put, updated or written in a transaction THEN each is refused and the store keeps answering', async () => {
    const deep = JSON.stringify(nestedWire(2000));
    const key = '{"pk":{"S":"p"},"sk":{"S":"x"}}';
    const refused = { status: 400, type: 'ValidationException' };
    expect(
      await raw(
        'PutItem',
        `{"TableName":"${db.tableName}","Item":{"pk":{"S":"p"},"sk":{"S":"x"},"d":${deep}}}`,
      ),
    ).toEqual(refused);
    expect(
      await raw(
        'UpdateItem',
        `{"TableName":"${db.tableName}","Key":${key},"UpdateExpression":"SET d = :d","ExpressionAttributeValues":{":d":${deep}}}`,
      ),
    ).toEqual(refused);
    expect(
      await raw(
        'TransactWriteItems',
        `{"TransactItems":[{"Put":{"TableName":"${db.tableName}","Item":{"pk":{"S":"t"},"sk":{"S":"x"},"d":${JSON.stringify(nestedWire(40))}}}}]}`,
      ),
    ).toEqual(refused);

    await db.doc.send(new PutCommand({ TableName: db.tableName, Item: { pk: 'after', sk: 'x' } }));
    const after = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: { pk: 'after', sk: 'x' } }),
    );
    expect(after.Item).toEqual({ pk: 'after', sk: 'x' });
  });
});
