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

export interface SentCommand {
  readonly name: string;
  readonly input: Record<string, unknown>;
}

/** A database that records every command sent (name and input) in `sent`; `before` may throw to fail one. */
export const recordingDatabase = (
  db: Database,
  sent: SentCommand[],
  before?: (command: SentCommand) => void,
): Database => ({
  ...db,
  doc: {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const recorded = { name: command.constructor.name, input: command.input };
      sent.push(recorded);
      before?.(recorded);
      return db.doc.send(command as never);
    },
  } as never,
});
