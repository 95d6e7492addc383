import * as ddb from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
// The document client's own (un)marshalling by key nodes, as its commands run it (the package has no exports map).
import { marshallInput, unmarshallOutput } from '@aws-sdk/lib-dynamodb/dist-es/commands/utils.js';
import { unstorableValue } from '../../../functions/data/client';
import {
  answerDocuments,
  inputPlan,
  type KeyNodes,
  MAYBE_BINARY,
  outputPlan,
  requestText,
} from './document-codec';
import type { WireHandler } from './sdk-handler';
import type { Json } from './store';

/**
 * The local runtime's document client without the SDK's per-request machinery: a data command (Get, Put, Update,
 * Delete, Query, Scan, batches, transactions) is marshalled by the document client's own rules, handed as JSON to
 * the store in this process, and its answer unmarshalled the same way; an error answer becomes the SDK's exception
 * (same class, name, $fault, $metadata, CancellationReasons, Item), and 5xx and throttling answers are retried as
 * the SDK retries them. What it skips, per request: the SDK's endpoint resolution, schema serializer and
 * deserializer, retry token bookkeeping and its middleware stack (about a fifth of the runtime's CPU in the load
 * profile, docs/performance.md). Other commands (table management) and binary attributes go through the SDK.
 */

interface DocumentCommand {
  readonly constructor: object;
  readonly input: Json;
  readonly inputKeyNodes: KeyNodes;
  readonly outputKeyNodes: KeyNodes;
  readonly clientCommand: { constructor: { name: string } };
}

const DIRECT = new Set([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
]);
/** Retried like the SDK's standard strategy: server errors and throttling. */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionInProgressException',
]);
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;

const operationOf = (command: unknown): string | undefined => {
  const c = command as Partial<DocumentCommand> | undefined;
  if (!c?.inputKeyNodes || !c.outputKeyNodes || !c.clientCommand) return undefined;
  const operation = c.clientCommand.constructor.name.replace(/Command$/, '');
  return DIRECT.has(operation) ? operation : undefined;
};

/** JSON of a marshalled request; binary attributes (which the SDK encodes) make it undefined. */
const wireText = (input: unknown): string | undefined => {
  // Plain JSON first (a replacer function costs a call per value); looked at value by value only where it may hold bytes.
  const plain = JSON.stringify(input);
  if (!MAYBE_BINARY.test(plain)) return plain;
  let binary = false;
  const text = JSON.stringify(input, (key, value: unknown) => {
    if ((key === 'B' || key === 'BS') && typeof value !== 'string') binary = true;
    return value;
  });
  return binary ? undefined : text;
};

type ExceptionClass = new (opts: Json) => Error;
const exceptionClass = (type: string): ExceptionClass | undefined => {
  const candidate = (ddb as unknown as Record<string, unknown>)[type];
  return typeof candidate === 'function' && candidate.prototype instanceof ddb.DynamoDBServiceException
    ? (candidate as ExceptionClass)
    : undefined;
};

/** The exception the SDK throws for this answer. */
export const sdkError = (status: number, body: Json, metadata: Json): Error => {
  const type = String(body.__type ?? 'UnknownError').replace(/^.*#/, '');
  const message = String(body.message ?? body.Message ?? type);
  const { __type: _type, message: _m, Message: _M, ...fields } = body;
  const opts = { ...fields, message, $metadata: { httpStatusCode: status, ...metadata } };
  const Modeled = exceptionClass(type);
  if (Modeled) return new Modeled(opts);
  return new ddb.DynamoDBServiceException({
    ...opts,
    name: type,
    $fault: status >= 500 ? 'server' : 'client',
  });
};

const retryable = (status: number, body: Json): boolean =>
  status >= 500 || THROTTLING.has(String(body.__type ?? '').replace(/^.*#/, ''));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes `doc.send` answer data commands from `handle` directly; everything else goes on through the SDK. */
export const sendDirectly = (doc: DynamoDBDocumentClient, handle: WireHandler): DynamoDBDocumentClient => {
  const viaSdk = doc.send.bind(doc) as (...args: unknown[]) => Promise<unknown>;
  const translate = doc.config.translateConfig ?? {};
  const marshallOptions = { convertTopLevelContainer: true, ...translate.marshallOptions };
  const unmarshallOptions = { convertWithoutMapWrapper: true, ...translate.unmarshallOptions };
  let requests = 0;

  const direct = async (operation: string, command: DocumentCommand): Promise<unknown> => {
    let text: string | undefined;
    try {
      text =
        requestText(command.input, inputPlan(command.constructor, command.inputKeyNodes), marshallOptions) ??
        wireText(marshallInput(command.input, command.inputKeyNodes, marshallOptions));
    } catch (error) {
      throw unstorableValue(error) ?? error;
    }
    if (text === undefined) return viaSdk(command);
    const maxAttempts = Number(await doc.config.maxAttempts()) || 1;
    let totalRetryDelay = 0;
    for (let attempt = 1; ; attempt++) {
      requests += 1;
      const requestId = `direct-${requests}`;
      const answer = await handle(operation, text).catch((error: unknown) => ({
        status: 500,
        body: { __type: 'com.amazon.coral.service#InternalFailure', message: String(error) } as Json,
      }));
      const metadata = { requestId, attempts: attempt, totalRetryDelay };
      if (answer.status === 200) {
        const output =
          answerDocuments(
            answer.body,
            outputPlan(command.constructor, command.outputKeyNodes),
            unmarshallOptions,
          ) ?? (unmarshallOutput(answer.body, command.outputKeyNodes, unmarshallOptions) as Json);
        return { ...output, $metadata: { httpStatusCode: 200, ...metadata } };
      }
      if (attempt >= maxAttempts || !retryable(answer.status, answer.body)) {
        const error = sdkError(answer.status, answer.body, metadata);
        throw unstorableValue(error) ?? error;
      }
      const delay = Math.floor(Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));
      totalRetryDelay += delay;
      await sleep(delay);
    }
  };

  (doc as { send: unknown }).send = (command: unknown, ...rest: unknown[]) => {
    const operation = rest.length === 0 ? operationOf(command) : undefined;
    return operation ? direct(operation, command as DocumentCommand) : viaSdk(command, ...rest);
  };
  return doc;
};
