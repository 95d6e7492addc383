import type * as DynamoDbSdk from '@aws-sdk/client-dynamodb';
import type * as DocumentSdk from '@aws-sdk/lib-dynamodb';
import { requireCommonJs } from '../shared/commonjs';

/**
 * The DynamoDB SDK every function loads at cold start (its client and the document commands), through require()
 * instead of static imports: the packages are CommonJS, and loading one as an ES module makes Node detect its format
 * and lex its exports first, about twice the CPU (docs/performance.md, cold init). Same classes, same module cache:
 * `import type` from the packages for their types.
 */
export const { DynamoDBClient } = requireCommonJs('@aws-sdk/client-dynamodb') as typeof DynamoDbSdk;
export const {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} = requireCommonJs('@aws-sdk/lib-dynamodb') as typeof DocumentSdk;
