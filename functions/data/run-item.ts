import type { Item } from './platform-store';
import { tenantKey } from './table';

/**
 * How a run record is stored once it has ended (functions/data/runs.ts). Its item and both index entries (by workflow,
 * all runs; the indexes project ALL) bill 1 write unit per started KB each, and an ended run holds its steps' results:
 * the lead follow-up's was 1,216 bytes, 6 units for its finish update, though about 250 of them only repeated what its
 * keys say. The update that ends a run removes what the keys already hold, and the reader puts it back:
 *
 * - `tenantId` (every key starts `T#<tenantId>#`; every reader knows the tenant), `runId` (the partition key ends with
 *   it), `workflowId` (the by-workflow index key: `T#<t>#WF#<workflowId>#RUNS`), `startedAt` (both index sort keys:
 *   `<startedAt>#<runId>`);
 * - `updatedAt` when it is the run's end (`endedAt`), `error` when there is none, `stepsTruncated` when false;
 * - in `executionId` (an ARN of up to ~200 characters that names the tenant, the workflow and the run), those ids as
 *   `{t}`, `{w}` and `{r}`: kept only when expanding gives the ARN back exactly (an ARN holds no braces).
 *
 * A running record keeps all of it (the local runtime's recovery scans running records raw), and reopening a run
 * (a redrive) puts `tenantId` and `runId` back. Records written before are read as they were.
 */

const TOKENS = [
  ['{r}', 'runId'],
  ['{w}', 'workflowId'],
  ['{t}', 'tenantId'],
] as const;
type RunIds = { readonly tenantId: string; readonly runId: string; readonly workflowId: string };

/** The ARN with the run's ids as tokens; undefined when that would not give it back exactly, or be no shorter. */
export const compactExecutionId = (executionId: string, ids: RunIds): string | undefined => {
  if (executionId.includes('{') || TOKENS.some(([, k]) => ids[k].includes('{'))) return undefined;
  let compact = executionId;
  for (const [token, k] of TOKENS) if (ids[k] !== '') compact = compact.split(ids[k]).join(token);
  return compact.length < executionId.length && expandExecutionId(compact, ids) === executionId
    ? compact
    : undefined;
};

/** The stored `executionId` as the ARN (unchanged when it holds no token: every record written before). */
export const expandExecutionId = (stored: string, ids: RunIds): string => {
  if (!stored.includes('{')) return stored;
  let arn = stored;
  for (const [token, k] of [...TOKENS].reverse()) if (ids[k] !== '') arn = arn.split(token).join(ids[k]);
  return arn;
};

const after = (value: unknown, prefix: string, suffix = ''): string | undefined =>
  typeof value === 'string' &&
  value.startsWith(prefix) &&
  value.endsWith(suffix) &&
  value.length > prefix.length + suffix.length
    ? value.slice(prefix.length, value.length - suffix.length)
    : undefined;

/** The ids and start of a run item, from its attributes or, where an ended run left them out, from its keys. */
export const runItemIds = (tenantId: string, i: Item): RunIds & { readonly startedAt: string } => {
  const runId: string = i.runId ?? after(i.pk, `${tenantKey(tenantId, 'RUN')}#`) ?? '';
  const workflowId: string = i.workflowId ?? after(i.gsi1pk, `${tenantKey(tenantId, 'WF')}#`, '#RUNS') ?? '';
  const startedAt: string = i.startedAt ?? after(i.gsi1sk, '', `#${runId}`) ?? '';
  return { tenantId: i.tenantId ?? tenantId, runId, workflowId, startedAt };
};

/** Attributes an update that ends a run removes (the reader puts them back from the keys). */
export const ENDED_RUN_REMOVES = ['tenantId', 'runId', 'workflowId', 'startedAt', 'updatedAt'] as const;
