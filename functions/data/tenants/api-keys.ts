import { randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { BadRequestError, ConflictError, NotFoundError } from '../../shared/errors';
import { type Item, isConditionFailure, type Page, type PageRequest, pageSize } from '../platform-store';
import { mapPage, queryPage } from '../repository';
import { tenantKey } from '../table';
import { findApiKey } from './api-key-lookup';
import { API_KEY_PREFIX, type ApiKeyRecord, sha256Hex, type TenantRepositoryDeps } from './schema';

/** API keys: stored as SHA-256 hashes (the plaintext is shown once), found by hash through gsi1. */
export const createApiKeys = (deps: Pick<TenantRepositoryDeps, 'db' | 'clock'>) => {
  const { db, clock } = deps;

  const toApiKey = (i: Item): ApiKeyRecord => ({
    keyId: i.keyId as string,
    name: i.name as string,
    prefix: i.prefix as string,
    createdAt: i.createdAt as string,
    revokedAt: (i.revokedAt as string | null | undefined) ?? null,
  });

  const storeApiKey = async (
    tenantId: string,
    name: string,
    keyId: string,
    key: string,
    prefix: string,
  ): Promise<ApiKeyRecord & { key: string }> => {
    const record: ApiKeyRecord = {
      keyId,
      name: name.trim().slice(0, 100) || 'API key',
      prefix,
      createdAt: clock.now().toISOString(),
      revokedAt: null,
    };
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          pk: tenantKey(tenantId, 'APIKEY'),
          sk: keyId,
          gsi1pk: `APIKEY#${sha256Hex(key)}`,
          gsi1sk: 'APIKEY',
          type: 'apiKey',
          tenantId,
          ...record,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { ...record, key };
  };

  const keys = {
    /** Creates an API key; the plaintext is returned here and never again (only its SHA-256 is stored). */
    createApiKey(tenantId: string, name: string): Promise<ApiKeyRecord & { key: string }> {
      const keyId = randomBytes(9).toString('base64url');
      const key = `${API_KEY_PREFIX}${keyId}_${randomBytes(24).toString('base64url')}`;
      return storeApiKey(tenantId, name, keyId, key, `${API_KEY_PREFIX}${keyId}`);
    },

    /**
     * Registers a key chosen by an operator (e.g. DYNARIS_API_KEY of the local runtime). Idempotent for the same
     * tenant; a key already registered for another tenant is a ConflictError.
     */
    async importApiKey(tenantId: string, name: string, key: string): Promise<ApiKeyRecord> {
      if (key.length < 24) throw new BadRequestError('An API key needs at least 24 characters');
      const existing = await keys.findApiKey(sha256Hex(key));
      if (existing && existing.tenantId !== tenantId)
        throw new ConflictError('This API key belongs to another tenant');
      if (existing) {
        const listed = await db.doc.send(
          new GetCommand({
            TableName: db.tableName,
            Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: existing.keyId },
          }),
        );
        return toApiKey(listed.Item ?? {});
      }
      const { key: _plain, ...record } = await storeApiKey(
        tenantId,
        name,
        randomBytes(9).toString('base64url'),
        key,
        `${key.slice(0, 6)}…`,
      );
      return record;
    },

    async listApiKeys(tenantId: string, page: PageRequest = {}): Promise<Page<ApiKeyRecord>> {
      const out = await queryPage(db, {
        tenantId,
        keyCondition: 'pk = :pk',
        names: {},
        values: { ':pk': tenantKey(tenantId, 'APIKEY') },
        limit: pageSize(page.limit),
        cursor: page.cursor,
      });
      return mapPage(out, toApiKey);
    },

    /** Revokes a key: it stops authenticating at once (its hash leaves the lookup index). */
    async revokeApiKey(tenantId: string, keyId: string): Promise<void> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: keyId },
            UpdateExpression: 'SET revokedAt = :now REMOVE gsi1pk, gsi1sk',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':now': clock.now().toISOString() },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('API key', keyId);
        throw error;
      }
    },

    async deleteApiKey(tenantId: string, keyId: string): Promise<void> {
      await db.doc.send(
        new DeleteCommand({ TableName: db.tableName, Key: { pk: tenantKey(tenantId, 'APIKEY'), sk: keyId } }),
      );
    },

    /** ApiKeyLookup (functions/api/middleware/auth.ts): SHA-256 hex of the presented key -> its tenant. */
    findApiKey: (keyHash: string) => findApiKey(db, keyHash),
  };
  return keys;
};
