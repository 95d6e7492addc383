import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AWS_RETRY } from '../shared/retry';

export interface DocumentClientOptions {
  /** Local or LocalStack endpoint; the SDK default (AWS_ENDPOINT_URL or the regional endpoint) when absent. */
  readonly endpoint?: string;
  readonly region?: string;
  /** Static credentials for dynalite / LocalStack; the default provider chain when absent. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** The document client every repository uses: undefined attributes dropped, numbers kept as JS numbers. */
export const createDocumentClient = (options: DocumentClientOptions = {}): DynamoDBDocumentClient => {
  const config: DynamoDBClientConfig = {
    ...AWS_RETRY,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    unmarshallOptions: { wrapNumbers: false },
  });
};
