import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock, Database } from '../shared/ports';
import { type ActivityEvent, activityFromItem } from './activity-item';
import { KEY, tenantKey } from './table';

/**
 * The newest events of these types in a lead's feed (all of them if several share the newest millisecond), expired
 * ones skipped: ActivityStore.newestForLead, on its own for a reader that writes no activity (crm.exportLeads' find in
 * a dry run) and so need not carry the activity writes.
 */
export const newestForLead = async (
  { db, clock }: { readonly db: Database; readonly clock: Clock },
  tenantId: string,
  leadId: string,
  types: readonly string[],
): Promise<ActivityEvent[]> => {
  const names: Record<string, string> = { '#pk': KEY.pk, '#ttl': KEY.ttl, '#eventType': 'eventType' };
  const values: Record<string, unknown> = {
    ':pk': tenantKey(tenantId, 'ACTIVITY', 'LEAD', leadId),
    ':now': Math.floor(clock.now().getTime() / 1000),
  };
  types.forEach((type, i) => {
    values[`:t${i}`] = type;
  });
  const ofTypes = types.map((_, i) => `#eventType = :t${i}`).join(' OR ');
  const newest: ActivityEvent[] = [];
  let millisecond: string | undefined;
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: `(${ofTypes}) AND (attribute_not_exists(#ttl) OR #ttl > :now)`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: 50,
        ExclusiveStartKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const sortKey = String(item[KEY.sk]);
      const at = sortKey.slice(0, sortKey.indexOf('#'));
      if (millisecond !== undefined && at !== millisecond) return newest;
      millisecond = at;
      newest.push(activityFromItem(tenantId, item));
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return newest;
};
