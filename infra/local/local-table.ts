import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { createDocumentClient } from '../../functions/data/client';
import { createTableInput } from '../../functions/data/table';
import type { Database } from '../../functions/shared/ports';
import type { RunningDynalite } from './dynalite';
import { sendDirectly } from './dynalite/direct-client';
import { inProcessDynamoDbClient } from './dynalite/sdk-handler';
import { LOCAL_PREFIX, LOCAL_REGION } from './functions';

/** The one table of the local runtime, on dynalite, created as the stack creates it. */
export const LOCAL_TABLE = `${LOCAL_PREFIX}-table`;

export interface LocalTable {
  readonly dynamodb: DynamoDBClient;
  readonly db: Database;
}

/**
 * Clients on the in-process store: the wire format without a socket, and data commands without the SDK's
 * per-request middleware (docs/performance.md).
 */
export const openLocalTable = async (dynalite: RunningDynalite): Promise<LocalTable> => {
  const dynamodb = inProcessDynamoDbClient(dynalite.requestHandler, { region: LOCAL_REGION });
  await ensureTable(dynamodb, LOCAL_TABLE);
  const doc = sendDirectly(createDocumentClient({ client: dynamodb }), dynalite.answer);
  return { dynamodb, db: { doc, tableName: LOCAL_TABLE } };
};

const ensureTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (
      !(error instanceof ResourceNotFoundException) &&
      (error as Error).name !== 'ResourceNotFoundException'
    )
      throw error;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  for (let i = 0; i < 500; i++) {
    const d = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (d.Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (d.Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`Table ${tableName} did not become ACTIVE`);
};

/** Every item matching a filter (all pages): start-up only, on the local table. */
export const scanAll = async (
  client: DynamoDBClient,
  input: Omit<ScanCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: ScanCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(
      new ScanCommand({ ...input, TableName: LOCAL_TABLE, ExclusiveStartKey: start }),
    );
    for (const raw of page.Items ?? []) items.push(unmarshall(raw));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};
