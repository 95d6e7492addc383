/**
 * The local DynamoDB path, two ways: the SDK over HTTP on loopback to dynalite's front (signed requests, a
 * socket, CRC) and the SDK with the in-process request handler (the same wire format handed to the store in this
 * process). Document-client operations as the repositories send them, 16 in flight, in interleaved rounds.
 *
 *   npx tsx bench/dynamodb.ts [operations per round=2000]
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/data/client';
import { startDynalite } from '../infra/local/dynalite';
import { inProcessDynamoDbClient } from '../infra/local/dynalite/sdk-handler';
import { createTable } from '../test/support/dynalite';
import { median, note, report } from './lib/figures';

const perRound = Number(process.argv[2] ?? 2000);
const ROUNDS = 5;
const IN_FLIGHT = 16;

const dynalite = await startDynalite();
try {
  const loopback = new DynamoDBClient({
    endpoint: dynalite.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const inProcess = inProcessDynamoDbClient(dynalite.requestHandler);
  await createTable(inProcess, 'bench');
  const ways = {
    loopback: createDocumentClient({ client: loopback }),
    'in-process': createDocumentClient({ client: inProcess }),
  };
  let n = 0;
  const operations = {
    PutItem: (doc: (typeof ways)['loopback']) =>
      doc.send(
        new PutCommand({
          TableName: 'bench',
          Item: { pk: `T#b#ITEM#${++n % 500}`, sk: 'ITEM', type: 'bench', n, text: 'x'.repeat(200) },
        }),
      ),
    GetItem: (doc: (typeof ways)['loopback']) =>
      doc.send(new GetCommand({ TableName: 'bench', Key: { pk: `T#b#ITEM#${++n % 500}`, sk: 'ITEM' } })),
    Query: (doc: (typeof ways)['loopback']) =>
      doc.send(
        new QueryCommand({
          TableName: 'bench',
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `T#b#ITEM#${++n % 500}` },
        }),
      ),
    TransactWriteItems: (doc: (typeof ways)['loopback']) =>
      doc.send(
        new TransactWriteCommand({
          TransactItems: [1, 2].map((i) => ({
            Put: { TableName: 'bench', Item: { pk: `T#b#TX#${++n}`, sk: `ITEM#${i}`, type: 'bench' } },
          })),
        }),
      ),
  };
  const rate = async (
    op: (doc: (typeof ways)['loopback']) => Promise<unknown>,
    doc: (typeof ways)['loopback'],
  ) => {
    let done = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (done < perRound) {
          done += 1;
          await op(doc);
        }
      }),
    );
    return perRound / ((performance.now() - t) / 1000);
  };
  for (const [name, op] of Object.entries(operations)) {
    const rates: Record<string, number[]> = { loopback: [], 'in-process': [] };
    for (let r = 0; r < ROUNDS; r++)
      for (const [way, doc] of Object.entries(ways)) rates[way]?.push(await rate(op, doc));
    const viaLoopback = median(rates.loopback ?? []);
    const viaProcess = median(rates['in-process'] ?? []);
    note(
      `${name.padEnd(20)} loopback ${viaLoopback.toFixed(0).padStart(6)} ops/s   in-process ${viaProcess.toFixed(0).padStart(6)} ops/s`,
    );
    report({
      id: `dynamodb.${name}.speedup`,
      label: `${name}: in-process handler vs loopback HTTP (ops/s ratio)`,
      value: viaProcess / viaLoopback,
      unit: 'x',
    });
  }
} finally {
  await dynalite.close();
}
