import type { MapSpec } from './asl-types';
import { byteLength, type EngineHost, type Execution, MAX_PAYLOAD_BYTES, TaskError } from './execution';

/**
 * A Distributed Map's items: read from Amazon S3 by its ItemReader (getObject of a JSON, JSON Lines or CSV file,
 * or listObjectsV2), then grouped by its ItemBatcher. S3 calls go through the engine's invoker as service
 * integrations, like any other Task resource.
 */

const S3_GET_OBJECT = 'arn:aws:states:::s3:getObject';
const S3_LIST_OBJECTS = 'arn:aws:states:::s3:listObjectsV2';

const readerFailed = (message: string): TaskError => new TaskError('States.ItemReaderFailed', message);

const parseCsv = (text: string, config: Record<string, unknown>): Record<string, string>[] => {
  const rows = text
    .split(/\r?\n/)
    .filter((line) => line.length > 0)
    .map((line) => line.split(','));
  const given = Array.isArray(config.CSVHeaders) ? (config.CSVHeaders as string[]) : undefined;
  const headers = config.CSVHeaderLocation === 'GIVEN' && given ? given : rows.shift();
  if (!headers) return [];
  return rows.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
};

const bodyText = (result: unknown): string => {
  const body = (result as { Body?: unknown } | undefined)?.Body;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw readerFailed('The ItemReader could not read the object body');
};

export const readItems = async (
  host: EngineHost,
  e: Execution,
  stateName: string,
  reader: NonNullable<MapSpec['itemReader']>,
  parameters: unknown,
): Promise<unknown[]> => {
  const config = reader.readerConfig;
  const call = (resource: string) =>
    host.invoke({
      kind: 'service',
      resource,
      payload: parameters,
      executionArn: e.arn,
      stateName,
      attempt: 0,
    });
  let items: unknown[];
  try {
    if (reader.resource === S3_LIST_OBJECTS) {
      const listed = (await call(S3_LIST_OBJECTS)) as { Contents?: unknown[] } | undefined;
      items = listed?.Contents ?? [];
    } else if (reader.resource === S3_GET_OBJECT) {
      const text = bodyText(await call(S3_GET_OBJECT));
      switch (config.InputType) {
        case 'CSV':
          items = parseCsv(text, config);
          break;
        case 'JSONL':
          items = text
            .split(/\r?\n/)
            .filter((l) => l.trim().length > 0)
            .map((l) => JSON.parse(l) as unknown);
          break;
        default: {
          const parsed = JSON.parse(text) as unknown;
          if (!Array.isArray(parsed))
            throw readerFailed('The JSON object read by the ItemReader is not an array');
          items = parsed;
        }
      }
    } else {
      throw readerFailed(`ItemReader resource ${reader.resource} is not supported`);
    }
  } catch (error) {
    if (error instanceof TaskError) throw error;
    throw readerFailed(error instanceof Error ? error.message : String(error));
  }
  const max = typeof config.MaxItems === 'number' ? config.MaxItems : undefined;
  return max !== undefined ? items.slice(0, max) : items;
};

/** ItemBatcher: `{ Items, BatchInput }` per child, within MaxItemsPerBatch and MaxInputBytesPerBatch (256 KiB). */
export const batchItems = (
  items: readonly unknown[],
  batcher: { maxItemsPerBatch: number | undefined; maxInputBytesPerBatch: number | undefined },
  batchInput: unknown,
): unknown[] => {
  const maxItems = batcher.maxItemsPerBatch ?? Number.POSITIVE_INFINITY;
  const maxBytes = Math.min(batcher.maxInputBytesPerBatch ?? MAX_PAYLOAD_BYTES, MAX_PAYLOAD_BYTES);
  const wrap = (list: unknown[]) => ({
    Items: list,
    ...(batchInput !== undefined ? { BatchInput: batchInput } : {}),
  });
  const batches: unknown[] = [];
  let current: unknown[] = [];
  for (const item of items) {
    const candidate = [...current, item];
    if (current.length > 0 && (candidate.length > maxItems || byteLength(wrap(candidate)) > maxBytes)) {
      batches.push(wrap(current));
      current = [item];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) batches.push(wrap(current));
  return batches;
};
