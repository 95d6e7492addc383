/**
 * The local DynamoDB path, three ways: the SDK over HTTP on loopback to dynalite's front (signed requests, a
 * socket, CRC), the SDK with the in-process request handler (the same wire format handed to the store in this
 * process), and the direct document client the local runtime uses (data commands without the SDK's per-request
 * middleware). Document-client operations as the repositories send them, 16 in flight, in interleaved rounds.
 *
 *   npx tsx bench/dynamodb.ts [operations per round=2000]
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../functions/data/client';
import { startDynalite } from '../infra/local/dynalite';
import { sendDirectly } from '../infra/local/dynalite/direct-client';
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
    direct: sendDirectly(
      createDocumentClient({ client: inProcessDynamoDbClient(dynalite.requestHandler) }),
      dynalite.answer,
    ),
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
    const rates: Record<string, number[]> = { loopback: [], 'in-process': [], direct: [] };
    for (let r = 0; r < ROUNDS; r++)
      for (const [way, doc] of Object.entries(ways)) rates[way]?.push(await rate(op, doc));
    const viaLoopback = median(rates.loopback ?? []);
    const viaProcess = median(rates['in-process'] ?? []);
    const viaDirect = median(rates.direct ?? []);
    note(
      `${name.padEnd(20)} loopback ${viaLoopback.toFixed(0).padStart(6)} ops/s   in-process ${viaProcess.toFixed(0).padStart(6)} ops/s   direct ${viaDirect.toFixed(0).padStart(6)} ops/s`,
    );
    report({
      id: `dynamodb.${name}.speedup`,
      label: `${name}: in-process handler vs loopback HTTP (ops/s ratio)`,
      value: viaProcess / viaLoopback,
      unit: 'x',
    });
    report({
      id: `dynamodb.${name}.direct`,
      label: `${name}: direct document client vs loopback HTTP (ops/s ratio)`,
      value: viaDirect / viaLoopback,
      unit: 'x',
    });
  }
} finally {
  await dynalite.close();
}
