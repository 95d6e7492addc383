import { wholeReference } from '../references';
import type { ForEachStep } from '../schema';
import { bodyIds, type CompileContext, MAP_KEYS, type Scope, stepPath, type Target } from './context';
import { CompileError } from './templates';

/**
 * A forEach over an item file (`itemsFrom`, written by crm.exportLeads) as a Step Functions Distributed Map:
 * the items are read from S3 by the Map itself (ItemReader, JSON Lines), never held in the run's state; each item
 * runs as a child execution of its own (STANDARD: the body may wait for days, and a redrive of the run redrives
 * only the children that failed), all at once unless `concurrency` says otherwise, so waits overlap across items;
 * the children's results go to S3 (ResultWriter) instead of into the state, which keeps it far under 256 KiB
 * whatever the number of items; and `toleratedFailurePercent` lets some items fail without failing the step.
 */

/** S3 API actions of a Distributed Map (the state machine role needs s3:GetObject and s3:PutObject). */
export const ITEM_READER_RESOURCE = 'arn:aws:states:::s3:getObject';
export const RESULT_WRITER_RESOURCE = 'arn:aws:states:::s3:putObject';
/** Where the children's results are written in the files bucket (Step Functions adds the Map Run's id). */
export const MAP_RESULTS_PREFIX = 'map-results';
/** Map Run labels: at most 40 characters, no spaces (a step id qualifies once cut). */
const LABEL_MAX = 40;

export const compileDistributedForEach = (
  ctx: CompileContext,
  step: ForEachStep,
  scope: Scope,
  next: Target,
): void => {
  const name = ctx.name(step);
  const ref = step.forEach.itemsFrom ? wholeReference(step.forEach.itemsFrom) : undefined;
  if (!ref)
    throw new CompileError(
      `step "${step.id}": forEach.itemsFrom must be a whole reference such as {{steps.export.leads}}`,
    );
  if (scope.local !== undefined)
    throw new CompileError(`step "${step.id}": a forEach with itemsFrom cannot be inside another forEach`);
  const body: Scope = {
    kind: 'map',
    keys: MAP_KEYS,
    local: bodyIds(step.forEach.steps),
    states: {},
    label: name,
  };
  const processor = ctx.machine(step.forEach.steps, body);
  const catchers = ctx.containerCatchers(step, scope);
  const bucket = ctx.resolver.filesBucket();
  scope.states[name] = {
    Type: 'Map',
    ...(step.description ? { Comment: step.description } : {}),
    Label: step.id.slice(0, LABEL_MAX),
    ItemReader: {
      Resource: ITEM_READER_RESOURCE,
      ReaderConfig: { InputType: 'JSONL' },
      Parameters: { Bucket: bucket, 'Key.$': `${ctx.pathOf(scope)(ref)}.key` },
    },
    ...(step.forEach.concurrency ? { MaxConcurrency: step.forEach.concurrency } : {}),
    ToleratedFailurePercentage: step.forEach.toleratedFailurePercent ?? 0,
    ItemSelector: {
      'trigger.$': '$.trigger',
      'context.$': '$.context',
      'outer.$': '$.steps',
      steps: {},
      'item.$': '$$.Map.Item.Value',
      'index.$': '$$.Map.Item.Index',
    },
    ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, ...processor },
    ResultWriter: {
      Resource: RESULT_WRITER_RESOURCE,
      Parameters: { Bucket: bucket, Prefix: MAP_RESULTS_PREFIX },
    },
    ResultSelector: { 'mapRunArn.$': '$.MapRunArn', 'results.$': '$.ResultWriterDetails' },
    ResultPath: stepPath(step.id),
    ...(catchers.length ? { Catch: catchers } : {}),
    ...ctx.flow(next, scope),
  };
};
