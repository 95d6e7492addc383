import type { OneBatch } from './batch';
import type { ReadWriteLock } from './lock';
import type { AttributeMap, Json, WireResponse } from './store';

/**
 * TransactWriteItems and TransactGetItems, which dynalite 4 lacks, with DynamoDB's semantics on top of dynalite's
 * own conditional Put/Update/Delete. Isolation: every other request holds the shared lock for its duration, a
 * transaction holds it exclusively, so nothing observes or interleaves with its intermediate states. A
 * transaction applies each operation with the store's writes collected; only when every operation passed are they
 * written, as one LevelDB batch (./batch.ts), so a disk that refuses part-way or a kill leaves none of it. Any
 * failure writes nothing and answers TransactionCanceledException with CancellationReasons as AWS does; a batch
 * the disk refuses is DynamoDB's 500 with nothing written. ClientRequestToken replays within the 10-minute window.
 */

export const TYPE_PREFIX = 'com.amazonaws.dynamodb.v20120810#';
const VALIDATION = 'com.amazon.coral.validate#ValidationException';
const MAX_TRANSACT_ITEMS = 100;
const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

export const validationError = (message: string): WireResponse => ({
  status: 400,
  body: { __type: VALIDATION, message },
});

const errorType = (body: Json): string => String(body.__type ?? '').replace(/^.*#/, '');

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Canonical JSON (sorted keys), for request fingerprints and item identity. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

type TransactOp = 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
/** A transaction request's identity for ClientRequestToken: everything but the token, canonical. */
const fingerprintOf = (body: Json): string => {
  const { ClientRequestToken: _token, ...rest } = body;
  return canonical(rest);
};

const TRANSACT_OPS: readonly TransactOp[] = ['Put', 'Update', 'Delete', 'ConditionCheck'];

interface PlannedWrite {
  readonly op: TransactOp;
  readonly params: Json;
  readonly tableName: string;
  readonly key: AttributeMap;
}

export interface TransactionDeps {
  /** A request to the store; the caller of the transaction functions holds no lock, they take it themselves. */
  readonly call: (operation: string, body: Json) => Promise<WireResponse>;
  readonly keyAttributeNames: (tableName: string) => Promise<string[] | WireResponse>;
  readonly lock: ReadWriteLock;
  readonly inOneBatch: OneBatch;
}

export const createTransactions = ({ call, keyAttributeNames, lock, inOneBatch }: TransactionDeps) => {
  const completedTransactions = new Map<
    string,
    { fingerprint: string; at: number; response: WireResponse }
  >();

  const getItem = async (tableName: string, key: AttributeMap): Promise<AttributeMap | undefined> => {
    const r = await call('GetItem', { TableName: tableName, Key: key, ConsistentRead: true });
    if (r.status !== 200) throw new Error(`GetItem failed during a transaction: ${JSON.stringify(r.body)}`);
    return r.body.Item as AttributeMap | undefined;
  };

  const planWrites = async (body: Json): Promise<PlannedWrite[] | WireResponse> => {
    const items = body.TransactItems;
    if (!Array.isArray(items) || items.length === 0) {
      return validationError(
        "1 validation error detected: Value null at 'transactItems' failed to satisfy constraint: Member must not be null",
      );
    }
    if (items.length > MAX_TRANSACT_ITEMS) {
      return validationError(
        `1 validation error detected: Value '[${items.length} items]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TRANSACT_ITEMS}`,
      );
    }
    const schemas = new Map<string, string[]>();
    const seen = new Set<string>();
    const planned: PlannedWrite[] = [];
    for (const entry of items) {
      const ops = isObject(entry) ? TRANSACT_OPS.filter((o) => isObject(entry[o])) : [];
      if (!isObject(entry) || ops.length !== 1) {
        return validationError(
          'TransactItems can only contain one of Check, Put, Update or Delete in a single TransactWriteItem',
        );
      }
      const op = ops[0]!;
      const params = entry[op] as Json;
      const tableName = params.TableName;
      if (typeof tableName !== 'string') return validationError('TableName must be specified');
      let names = schemas.get(tableName);
      if (!names) {
        const described = await keyAttributeNames(tableName);
        if (!Array.isArray(described)) return described;
        names = described;
        schemas.set(tableName, names);
      }
      const source = (op === 'Put' ? params.Item : params.Key) as AttributeMap | undefined;
      if (!isObject(source)) return validationError(`${op === 'Put' ? 'Item' : 'Key'} must be specified`);
      const key: AttributeMap = {};
      for (const n of names) {
        const v = source[n];
        if (!v) return validationError('The provided key element does not match the schema');
        key[n] = v;
      }
      const identity = `${tableName}\u0000${canonical(key)}`;
      if (seen.has(identity)) {
        return validationError('Transaction request cannot include multiple operations on one item');
      }
      seen.add(identity);
      planned.push({ op, params, tableName, key });
    }
    return planned;
  };

  const transactWriteItems = async (body: Json): Promise<WireResponse> => {
    const planned = await planWrites(body);
    if (!Array.isArray(planned)) return planned;

    const token = typeof body.ClientRequestToken === 'string' ? body.ClientRequestToken : undefined;
    // Only a request with a token is remembered and compared: the canonical text of a whole transaction (sorted
    // keys, every item) was 1.3% of the store's CPU in a replay of lead runs, whose transactions carry no token.
    const fingerprint = token ? fingerprintOf(body) : '';

    const release = await lock.acquire(true);
    try {
      if (token) {
        const now = Date.now();
        for (const [t, done] of completedTransactions) {
          if (now - done.at > IDEMPOTENCY_WINDOW_MS) completedTransactions.delete(t);
        }
        const done = completedTransactions.get(token);
        if (done) {
          if (done.fingerprint !== fingerprint) {
            return {
              status: 400,
              body: {
                __type: `${TYPE_PREFIX}IdempotentParameterMismatchException`,
                Message: 'The request uses the same client token as a previous, but non-identical request.',
              },
            };
          }
          return done.response;
        }
      }

      // Items are distinct, so no operation reads what another one writes: each sees the items as they were.
      const snapshots = await Promise.all(planned.map((w) => getItem(w.tableName, w.key)));
      const reasons: Json[] = [];
      let failure: WireResponse | undefined;
      const apply = async (w: PlannedWrite, i: number): Promise<void> => {
        const { ReturnValuesOnConditionCheckFailure: _returnOld, ...params } = w.params;
        const r = await call(
          w.op === 'Put' ? 'PutItem' : w.op === 'Delete' ? 'DeleteItem' : 'UpdateItem',
          params,
        );
        if (r.status === 200) reasons.push({ Code: 'None' });
        else if (errorType(r.body) === 'ConditionalCheckFailedException') {
          const snapshot = snapshots[i];
          reasons.push({
            Code: 'ConditionalCheckFailed',
            Message: 'The conditional request failed',
            ...(w.params.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && snapshot
              ? { Item: snapshot }
              : {}),
          });
        } else {
          failure ??= r;
          reasons.push({
            Code: errorType(r.body) || 'ValidationError',
            Message: String(r.body.message ?? ''),
          });
        }
      };
      try {
        await inOneBatch(async (scope) => {
          for (const [i, w] of planned.entries()) {
            // ConditionCheck: an UpdateItem without updates evaluates the condition; what it writes is dropped.
            if (w.op === 'ConditionCheck') await scope.dropping(() => apply(w, i));
            else await apply(w, i);
          }
          return !failure && reasons.every((r) => r.Code === 'None');
        });
      } catch (error) {
        return {
          status: 500,
          body: {
            __type: `${TYPE_PREFIX}InternalServerError`,
            message: `The local store could not write the transaction: ${(error as Error).message}`,
          },
        };
      }
      if (failure) return failure;
      if (reasons.some((r) => r.Code !== 'None')) {
        return {
          status: 400,
          body: {
            __type: `${TYPE_PREFIX}TransactionCanceledException`,
            Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons
              .map((r) => r.Code)
              .join(', ')}]`,
            CancellationReasons: reasons,
          },
        };
      }

      const response: WireResponse = { status: 200, body: consumedCapacity(body, planned, 2) };
      if (token) completedTransactions.set(token, { fingerprint, at: Date.now(), response });
      return response;
    } finally {
      release();
    }
  };

  const transactGetItems = async (body: Json): Promise<WireResponse> => {
    const items = body.TransactItems;
    if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
      return validationError(
        `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length between 1 and ${MAX_TRANSACT_ITEMS}`,
      );
    }
    const release = await lock.acquire(true);
    try {
      const responses: Json[] = [];
      const tables: { tableName: string }[] = [];
      for (const entry of items) {
        const get = isObject(entry) && isObject(entry.Get) ? entry.Get : undefined;
        if (!get) return validationError('TransactItems can only contain Get in a TransactGetItems request');
        const r = await call('GetItem', { ...get, ConsistentRead: true });
        if (r.status !== 200) return r;
        responses.push(r.body.Item ? { Item: r.body.Item } : {});
        tables.push({ tableName: String(get.TableName) });
      }
      return { status: 200, body: { Responses: responses, ...consumedCapacity(body, tables, 2) } };
    } finally {
      release();
    }
  };

  return { transactWriteItems, transactGetItems };
};

function consumedCapacity(
  request: Json,
  items: readonly { tableName: string }[],
  unitsPerItem: number,
): Json {
  if (request.ReturnConsumedCapacity !== 'TOTAL' && request.ReturnConsumedCapacity !== 'INDEXES') return {};
  const perTable = new Map<string, number>();
  for (const i of items) perTable.set(i.tableName, (perTable.get(i.tableName) ?? 0) + unitsPerItem);
  return {
    ConsumedCapacity: [...perTable].map(([TableName, units]) => ({ TableName, CapacityUnits: units })),
  };
}
