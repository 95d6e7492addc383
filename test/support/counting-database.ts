import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../functions/shared/ports';

/**
 * The database with every command it is sent counted by name (`TransactWriteCommand`, `QueryCommand` …): how tests
 * and benchmarks count booking attempts and requests without reaching into the code under test.
 */
export const countingDatabase = (db: Database) => {
  const counts = new Map<string, number>();
  const doc = {
    send: (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      const name = command.constructor.name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return db.doc.send(command as never);
    },
  } as unknown as DynamoDBDocumentClient;
  return {
    db: { doc, tableName: db.tableName } as Database,
    /** Commands of that name sent so far. */
    count: (name: string) => counts.get(name) ?? 0,
    /** Every command sent so far. */
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
  };
};
