import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/data/client';
import { createTableInput } from '../../functions/data/table';
import type { Database } from '../../functions/shared/ports';
import { type DynaliteOptions, type RunningDynalite, startDynalite } from '../../infra/local/dynalite';
import { sendDirectly } from '../../infra/local/dynalite/direct-client';
import { inProcessDynamoDbClient } from '../../infra/local/dynalite/sdk-handler';

export interface TestDatabase extends Database {
  readonly doc: DynamoDBDocumentClient;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly endpoint: string;
  readonly dynalite: RunningDynalite;
  close(): Promise<void>;
}

/** Creates the single table (from createTableInput) and waits until it is ACTIVE. */
export const createTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  for (let i = 0; i < 200; i++) {
    const d = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (d.Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (d.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE`);
};

/**
 * Integration tests: dynalite (with the transaction shim) on a random loopback port and a fresh table with a
 * unique name. `const db = await startTestDatabase(); … await db.close();`
 */
export const startTestDatabase = async (
  options: DynaliteOptions & { readonly tableName?: string } = {},
): Promise<TestDatabase> => {
  const dynalite = await startDynalite(options);
  // In process, as the local runtime uses it (no socket, data commands without the SDK's middleware); `endpoint`
  // serves HTTP clients.
  const client = inProcessDynamoDbClient(dynalite.requestHandler, { maxAttempts: 1 });
  const doc = sendDirectly(createDocumentClient({ client }), dynalite.answer);
  const tableName = options.tableName ?? `test-${randomUUID().slice(0, 8)}`;
  try {
    await createTable(client, tableName);
  } catch (err) {
    if (!(options.tableName && /already exists|ResourceInUse/i.test(String(err)))) {
      await dynalite.close();
      throw err;
    }
  }
  return {
    doc,
    client,
    tableName,
    endpoint: dynalite.endpoint,
    dynalite,
    close: async () => {
      doc.destroy();
      client.destroy();
      await dynalite.close();
    },
  };
};
