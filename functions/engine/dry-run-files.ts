import { getAction } from '../../statemachines/catalogue';
import { itemFileElement } from '../../statemachines/catalogue/spec';
import { synthesize } from './synthesize';

/**
 * The files bucket as a dry run sees it: what the run writes (the ResultWriter's results, the item files of
 * actions it did not perform) stays in memory, and reads fall through to `read` (the tenant's own store, when the
 * dry runner gives one). A dry run leaves nothing behind.
 */

export interface DryRunFiles {
  get(key: string): Promise<string | undefined>;
  put(key: string, body: string): Promise<void>;
}

/** Thrown for a key the dry run may not read: Step Functions' error name for an S3 refusal. */
export class DryRunFileError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** In-memory writes over an optional reader of the real store. */
export const dryRunFiles = (read?: (key: string) => Promise<string | undefined>): DryRunFiles => {
  const written = new Map<string, string>();
  return {
    async get(key) {
      return written.get(key) ?? (await read?.(key));
    },
    async put(key, body) {
      written.set(key, body);
    },
  };
};

/** How many items a dry run puts in an item file it synthesizes (enough to show the per-item steps). */
export const SYNTHESIZED_ITEMS = 2;

/**
 * The output of an action the dry run did not perform, synthesized from the catalogue; an item file in it (a
 * crm.exportLeads `leads`) is written too, with SYNTHESIZED_ITEMS items of the file's element shape, so a forEach
 * with itemsFrom has items to run.
 */
export const synthesizeOutput = async (
  action: string,
  stepId: string,
  tenantId: string,
  files: DryRunFiles,
): Promise<Record<string, unknown>> => {
  const spec = getAction(action);
  if (!spec) return {};
  const output = synthesize(spec.output, stepId) as Record<string, unknown>;
  const shape = (spec.output as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  for (const [field, schema] of Object.entries(shape)) {
    const element = itemFileElement(schema);
    if (!element) continue;
    const items = Array.from({ length: SYNTHESIZED_ITEMS }, (_, i) =>
      synthesize(element, `${stepId}.${field}[${i}]`),
    );
    const key = `exports/${tenantId}/dry-run-${stepId}-${field}.jsonl`;
    await files.put(key, items.map((item) => JSON.stringify(item)).join('\n'));
    output[field] = { key, count: items.length };
    if (typeof output.count === 'number') output.count = items.length;
  }
  return output;
};

/** `arn:aws:states:::s3:getObject` / `putObject` of a Distributed Map (ItemReader, ResultWriter) over the files. */
export const serveS3 = async (
  resource: string,
  payload: Record<string, unknown>,
  files: DryRunFiles,
): Promise<unknown> => {
  const key = String(payload.Key);
  if (resource === 'arn:aws:states:::s3:getObject') {
    const body = await files.get(key);
    if (body === undefined)
      throw new DryRunFileError('S3.NoSuchKeyException', `The specified key does not exist: ${key}`);
    return { Body: body };
  }
  if (resource === 'arn:aws:states:::s3:putObject') {
    await files.put(
      key,
      typeof payload.Body === 'string' ? payload.Body : JSON.stringify(payload.Body ?? null),
    );
    return {};
  }
  return undefined;
};
