import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BadRequestError } from '../shared/errors';
import { NUMBER_RULE } from '../shared/json-limits';
import { traceClient } from '../shared/observability';
import { AWS_RETRY } from '../shared/retry';

export interface DocumentClientOptions {
  /** Local or LocalStack endpoint; the SDK default (AWS_ENDPOINT_URL or the regional endpoint) when absent. */
  readonly endpoint?: string;
  readonly region?: string;
  /** Static credentials for dynalite / LocalStack; the default provider chain when absent. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** A client already made (the local runtime's, on its in-process DynamoDB); the options above are then unused. */
  readonly client?: DynamoDBClient;
}

/** The document client every repository uses: undefined attributes dropped, numbers kept as JS numbers. */
export const createDocumentClient = (options: DocumentClientOptions = {}): DynamoDBDocumentClient => {
  const config: DynamoDBClientConfig = {
    ...AWS_RETRY,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  const doc = DynamoDBDocumentClient.from(options.client ?? traceClient(new DynamoDBClient(config)), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    unmarshallOptions: { wrapNumbers: false },
  });
  doc.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw unstorableValue(error) ?? error;
      }
    },
    { step: 'initialize', priority: 'high', name: 'unstorableValues' },
  );
  return doc;
};

/**
 * Values no item can hold, whoever computed them: a number the marshaller refuses (beyond 2^53: it would be stored
 * changed) or DynamoDB refuses (overflow, underflow), a document nested beyond 32 levels. The API answers them 400
 * and agents fail the step without retrying (a BadRequestError), instead of a 500 or a retried task.
 */
export const unstorableValue = (error: unknown): UnstorableValueError | undefined => {
  const { name, message } = (error ?? {}) as { name?: string; message?: string };
  if (typeof message !== 'string') return undefined;
  const marshalling =
    /^Number .* is (greater|lesser) than Number\.(MAX|MIN)_SAFE_INTEGER|^Special numeric value /.test(
      message,
    );
  const refused =
    name === 'ValidationException' &&
    /Number overflow|Number underflow|Nesting Levels have exceeded supported limits/.test(message);
  if (!marshalling && !refused) return undefined;
  return new UnstorableValueError(
    marshalling ? `${message.replace(/\.? Use NumberValue.*$/, '')}; ${NUMBER_RULE}` : message,
  );
};

export class UnstorableValueError extends BadRequestError {
  constructor(message: string) {
    super(`A value cannot be stored: ${message}`);
  }
}
