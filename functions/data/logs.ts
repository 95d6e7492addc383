import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import {
  decodeCursor,
  encodeCursor,
  type Item,
  type Page,
  type PageRequest,
  pageSize,
} from './platform-store';
import { GSI1, logKeys, tenantKey } from './table';

/**
 * Run log entries (keys from logKeys(): the same ones the compiled `log` action writes directly):
 *   pk T#<t>#RUN#<runId>  sk LOG#<at>#<stepId>      gsi1pk T#<t>#LOGS  gsi1sk <at>#<runId>#<stepId>
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  readonly tenantId: string;
  readonly runId: string;
  readonly workflowId: string;
  readonly stepId: string;
  readonly level: LogLevel;
  readonly message: string;
  readonly at: string;
  readonly data?: Record<string, unknown>;
}

export type NewLogEntry = Omit<LogEntry, 'tenantId' | 'at'> & { readonly at?: string };

/** Log entries are kept 90 days. */
export const LOG_RETENTION_DAYS = 90;

const toEntry = (i: Item): LogEntry => ({
  tenantId: i.tenantId,
  runId: i.runId,
  workflowId: i.workflowId,
  stepId: i.stepId,
  level: i.level,
  message: i.message,
  at: i.at,
  ...(i.data ? { data: i.data } : {}),
});

export const createLogRepository = ({ db, clock }: { db: Database; clock: Clock }) => {
  const T = db.tableName;
  const page = async (
    tenantId: string,
    input: { index?: typeof GSI1; key: string; value: string; prefix?: string },
    req: PageRequest,
  ): Promise<Page<LogEntry>> => {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: T,
        ...(input.index ? { IndexName: input.index } : {}),
        KeyConditionExpression: `${input.key} = :p${input.prefix ? ' AND begins_with(sk, :pre)' : ''}`,
        // Expired entries may linger until DynamoDB's TTL sweep deletes them; readers skip them.
        FilterExpression: 'attribute_not_exists(#ttl) OR #ttl > :now',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: {
          ':p': input.value,
          ':now': Math.floor(clock.now().getTime() / 1000),
          ...(input.prefix ? { ':pre': input.prefix } : {}),
        },
        ScanIndexForward: false,
        Limit: pageSize(req.limit),
        ExclusiveStartKey: decodeCursor(tenantId, req.cursor, {
          IndexName: input.index,
          KeyConditionExpression: `${input.key} = :p${input.prefix ? ' AND begins_with(sk, :pre)' : ''}`,
          ExpressionAttributeValues: { ':p': input.value, ...(input.prefix ? { ':pre': input.prefix } : {}) },
        }),
      }),
    );
    const nextCursor = encodeCursor(tenantId, out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(toEntry), ...(nextCursor ? { cursor: nextCursor } : {}) };
  };

  /** The stored item of an entry (for a caller that writes it in a batch with other items). */
  const entryItem = (tenantId: string, entry: NewLogEntry): Item => {
    const now = clock.now();
    const at = entry.at ?? now.toISOString();
    const item: Item = {
      ...logKeys(tenantId, entry.runId, at, entry.stepId),
      type: 'log',
      tenantId,
      runId: entry.runId,
      workflowId: entry.workflowId,
      stepId: entry.stepId,
      level: entry.level,
      message: entry.message.slice(0, 10_000),
      at,
      ...(entry.data ? { data: entry.data } : {}),
      ttl: Math.floor(now.getTime() / 1000) + LOG_RETENTION_DAYS * 86_400,
    };
    return item;
  };

  return {
    entryItem,

    async append(tenantId: string, entry: NewLogEntry): Promise<LogEntry> {
      const item = entryItem(tenantId, entry);
      await db.doc.send(new PutCommand({ TableName: T, Item: item }));
      return toEntry(item);
    },
    /** One run's log, newest first. */
    listByRun(tenantId: string, runId: string, req: PageRequest = {}) {
      return page(tenantId, { key: 'pk', value: tenantKey(tenantId, 'RUN', runId), prefix: 'LOG#' }, req);
    },
    /** All the tenant's log entries, newest first. */
    listByTenant(tenantId: string, req: PageRequest = {}) {
      return page(tenantId, { index: GSI1, key: 'gsi1pk', value: tenantKey(tenantId, 'LOGS') }, req);
    },
  };
};

export type LogRepository = ReturnType<typeof createLogRepository>;
