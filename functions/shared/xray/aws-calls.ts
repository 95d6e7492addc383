/**
 * What the X-Ray SDK for Node adds to an AWS call's `aws` object beyond operation, region, request id and retries:
 * the parameters its default whitelist (aws-xray-sdk-core resources/aws_whitelist.json) names for the services
 * Dynaris calls, snake_cased as it writes them (`TableName` -> `table_name`). Other services and operations get none.
 */

interface CallData {
  /** Request parameters copied as they are. */
  readonly request?: readonly string[];
  /** Response parameters copied as they are. */
  readonly response?: readonly string[];
  /** Request parameters copied under another name, or as their keys. */
  readonly renamed?: Readonly<Record<string, { readonly to: string; readonly keys?: true }>>;
}

const TABLE: CallData = { request: ['TableName'], response: ['ConsumedCapacity', 'ItemCollectionMetrics'] };
const TABLES: CallData = {
  renamed: { RequestItems: { to: 'table_names', keys: true } },
  response: ['ConsumedCapacity', 'ItemCollectionMetrics'],
};
const READ = [
  'AttributesToGet',
  'ConsistentRead',
  'IndexName',
  'Limit',
  'ProjectionExpression',
  'Select',
  'TableName',
];
const BUCKET = { Bucket: { to: 'bucket_name' } } as const;
const OBJECT: CallData = { request: ['Key'], renamed: BUCKET };

const WHITELIST: Readonly<Record<string, Readonly<Record<string, CallData>>>> = {
  dynamodb: {
    getItem: {
      request: ['ConsistentRead', 'ProjectionExpression', 'TableName'],
      response: ['ConsumedCapacity'],
    },
    putItem: TABLE,
    updateItem: TABLE,
    deleteItem: TABLE,
    query: { request: [...READ, 'ScanIndexForward'], response: ['ConsumedCapacity'] },
    scan: {
      request: [...READ, 'Segment', 'TotalSegments'],
      response: ['ConsumedCapacity', 'Count', 'ScannedCount'],
    },
    batchGetItem: { renamed: TABLES.renamed ?? {}, response: ['ConsumedCapacity'] },
    batchWriteItem: TABLES,
    describeTable: { request: ['TableName'] },
  },
  lambda: {
    invoke: {
      request: ['FunctionName', 'InvocationType', 'LogType', 'Qualifier'],
      response: ['FunctionError', 'StatusCode'],
    },
  },
  s3: {
    getObject: { request: ['Key', 'VersionId'], renamed: BUCKET },
    headObject: { request: ['Key', 'VersionId'], renamed: BUCKET },
    putObject: OBJECT,
    deleteObject: { request: ['Key', 'VersionId'], renamed: BUCKET },
    copyObject: { request: ['CopySource', 'Key'], renamed: BUCKET },
    listObjectsV2: { request: ['Prefix'], renamed: BUCKET },
  },
};

const snakeCase = (name: string): string =>
  name
    .split(/(?=[A-Z])/)
    .join('_')
    .toLowerCase();

/** The whitelisted data of one call (`service` as the client names it, `operation` camelCased: `getItem`). */
export const callData = (
  service: string,
  operation: string,
  input: Record<string, unknown>,
  output: Record<string, unknown> | undefined,
): Record<string, unknown> => {
  const call = WHITELIST[service.toLowerCase()]?.[operation];
  const data: Record<string, unknown> = {};
  if (!call) return data;
  for (const name of call.request ?? []) if (input[name] !== undefined) data[snakeCase(name)] = input[name];
  for (const [name, rule] of Object.entries(call.renamed ?? {})) {
    const value = input[name];
    if (value !== undefined) data[rule.to] = rule.keys && value ? Object.keys(value) : value;
  }
  if (output)
    for (const name of call.response ?? [])
      if (output[name] !== undefined) data[snakeCase(name)] = output[name];
  return data;
};
