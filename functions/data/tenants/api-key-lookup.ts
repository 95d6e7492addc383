import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { GSI1 } from '../table';

/**
 * The tenant of an API key by the SHA-256 hex of the key (gsi1), undefined for an unknown or revoked key: what the
 * API's authentication reads (ApiKeyLookup, functions/api/middleware/auth.ts). The API keys' repository (api-keys.ts)
 * answers with it; a function whose routes only authenticate carries it without the keys' writes.
 */
export const findApiKey = async (
  db: Database,
  keyHash: string,
): Promise<{ tenantId: string; keyId: string } | undefined> => {
  if (!/^[0-9a-f]{64}$/.test(keyHash)) return undefined;
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :h AND gsi1sk = :s',
      ExpressionAttributeValues: { ':h': `APIKEY#${keyHash}`, ':s': 'APIKEY' },
      Limit: 1,
    }),
  );
  const item = out.Items?.[0];
  if (!item || item.revokedAt) return undefined;
  return { tenantId: item.tenantId as string, keyId: item.keyId as string };
};
