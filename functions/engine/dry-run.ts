import type { z } from 'zod';
import { businessDeadline, type WorkingCalendar } from '../../statemachines/business-days';
import { getAction } from '../../statemachines/catalogue';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import type { ExecutionContext, ExecutionInput, ResourceResolver } from '../../statemachines/contracts';
import { EVENT_DETAILS } from '../../statemachines/event-details';
import { relativeDeadline } from '../../statemachines/relative-time';
import type { WorkflowDefinition } from '../../statemachines/schema';
import { DEFAULT_BUSINESS_HOURS } from '../../statemachines/working-week';
import { shapeOutput } from '../agents/output-shape';
import { currentDetail } from '../shared/event-upgrades';
import type { ExecutionStatus } from '../shared/ports';
import { VirtualClock } from './clock';
import { dryRunStartDecision } from './dry-run-approval';
import { type DryRunFiles, dryRunFiles, serveS3, synthesizeOutput } from './dry-run-files';
import { type DryRunStep, describeSteps, type RecordedCall } from './dry-run-steps';
import { EngineCore } from './engine-core';
import type { TaskInvocation } from './engine-types';
import { synthesize } from './synthesize';

/**
 * Runs a workflow without touching anything: it is compiled as for deployment and executed by the local engine on
 * a virtual clock, with every task replaced by a recorder. Actions are recorded with the input they would have
 * received and answer with an output shaped like their catalogue output; waitFor steps see their event arrive
 * (unless told otherwise), approvals are approved, and waits pass at once. Used by POST /workflows/{id}/test and
 * by tests of compiled behaviour.
 */

export type WaitForOutcome = { outcome: 'event'; event?: Record<string, unknown> } | { outcome: 'timeout' };

export interface DryRunOptions {
  readonly tenantId?: string;
  readonly workflowId?: string;
  readonly triggerType?: ExecutionContext['triggerType'];
  readonly timezone?: string;
  /** The working week and holidays business-day waits count in. @default Mon-Fri 09:00-17:00, no holidays */
  readonly calendar?: Omit<WorkingCalendar, 'timeZone'>;
  /** Start of the virtual clock. @default now */
  readonly now?: Date;
  /** Whether the Auto Mode gate asks for approval. @default false */
  readonly needsApproval?: boolean;
  /**
   * Per waitFor step id, or per wait (step id and resolved match: one item's wait in a loop). @default the event
   * arrives, with a detail built from the step's match
   */
  readonly waitFor?:
    | Readonly<Record<string, WaitForOutcome>>
    | ((stepId: string, match: Record<string, unknown>) => WaitForOutcome | undefined);
  /** Per approval step id (`_run` for the Auto Mode gate). @default approve */
  readonly approvals?: Readonly<Record<string, 'approve' | 'reject' | 'timeout'>>;
  /** Outputs to use instead of synthesised ones, per step id. */
  readonly outputs?: Readonly<Record<string, Record<string, unknown>>>;
  /** Steps that fail (every attempt), per step id. */
  readonly failures?: Readonly<Record<string, { error: string; cause?: string }>>;
  readonly resolver?: ResourceResolver;
  /** The files bucket (Distributed Map items and results). @default in memory, empty */
  readonly files?: DryRunFiles;
  /**
   * Actions the dry run performs for real because they change nothing outside it (crm.exportLeads writing its file
   * into `files`); undefined from the hook = synthesize as usual.
   */
  readonly perform?: (
    action: string,
    input: unknown,
    meta: Record<string, unknown>,
  ) => Promise<Record<string, unknown>> | undefined;
  /**
   * Ends the dry run when aborted (the local runtime's deadline, functions/api/dry-run-limits.ts): the execution
   * stops where it is, no further task is invoked, and the dry run rejects with the signal's reason.
   */
  readonly signal?: AbortSignal;
  /**
   * Called synchronously before every state the run enters, every task and every step of the answer: it aborts
   * `signal` once the run is past its deadline (withDryRunDeadline), so that a run that never yields to the event
   * loop (where the deadline's timer cannot fire) stops there too.
   */
  readonly checkpoint?: () => void;
}

export type { DryRunStep } from './dry-run-steps';

export interface DryRunResult {
  readonly status: ExecutionStatus;
  /** How the supervisor would have closed the run. */
  readonly outcome: 'succeeded' | 'rejected' | 'failed' | 'incomplete';
  readonly steps: DryRunStep[];
  readonly error?: { error: string; cause?: string };
  readonly startedAt: string;
  readonly endedAt: string;
  /** Virtual time the run took (waits included). */
  readonly elapsedSeconds: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ pk: { S: "x" }, n: { N: "1" } }` -> `{ pk: "x", n: 1 }` (the attribute types a compiled log item uses). */
const fromAttributeMap = (item: unknown): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  if (!isRecord(item)) return out;
  for (const [k, v] of Object.entries(item)) {
    if (!isRecord(v)) continue;
    if ('S' in v) out[k] = v.S;
    else if ('N' in v) out[k] = Number(v.N);
    else if ('BOOL' in v) out[k] = v.BOOL;
    else if ('NULL' in v) out[k] = null;
  }
  return out;
};

/** `{ "invoice.id": "x" }` applied to an object: nested fields set in place. */
const setPath = (target: Record<string, unknown>, dotted: string, value: unknown): void => {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) ?? dotted] = value;
};

/** The event a waitFor receives in a dry run: shaped like the real detail, with the awaited match values. */
const eventDetailFor = (
  event: string,
  match: Record<string, unknown>,
  tenantId: string,
): Record<string, unknown> => {
  const schema = (EVENT_DETAILS as Partial<Record<string, z.core.$ZodType>>)[event];
  const synthesized = schema ? synthesize(schema, event) : {};
  const detail = isRecord(synthesized) ? synthesized : {};
  for (const [path, value] of Object.entries(match)) setPath(detail, path, value);
  detail.tenantId = tenantId;
  // A match on a list field (email.received `to`) is one of its elements.
  return currentDetail(event, detail);
};

/** `given` laid over `base`: nested objects merged key by key, anything else taken from `given`. */
const overlay = (base: unknown, given: unknown): unknown => {
  if (!isRecord(base) || !isRecord(given)) return given;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(given)) out[key] = overlay(base[key], value);
  return out;
};

/**
 * The trigger of an event-started dry run: the given fields over a detail shaped like the event's contract, so a
 * reference the validator accepted (every field of the event, e.g. `{{trigger.lead.company}}`) points to a value
 * even when the person testing gave only a few fields.
 */
const triggerFor = (
  definition: WorkflowDefinition,
  given: Record<string, unknown>,
  tenantId: string,
): Record<string, unknown> => {
  if (definition.trigger.type !== 'event') return given;
  const schema = (EVENT_DETAILS as Partial<Record<string, z.core.$ZodType>>)[definition.trigger.event];
  if (!schema) return given;
  const shaped = overlay(
    { ...(synthesize(schema, 'trigger') as object), tenantId },
    currentDetail(definition.trigger.event, given),
  );
  return isRecord(shaped) ? shaped : given;
};

class DryRunError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export const dryRunWorkflow = async (
  definition: WorkflowDefinition,
  trigger: Record<string, unknown>,
  options: DryRunOptions = {},
): Promise<DryRunResult> => {
  const resolver = options.resolver ?? placeholderResolver;
  const compiled = compileWorkflow(definition, { resolver });
  const clock = new VirtualClock(options.now ?? new Date());
  const supervisorArn = resolver.supervisorFunction();
  const recorded: RecordedCall[] = [];
  let outcome: DryRunResult['outcome'] = 'incomplete';
  const tenantId = options.tenantId ?? 'dry-run';
  const workflowId = options.workflowId ?? 'dry-run';
  const triggerType = options.triggerType ?? (definition.trigger.type as ExecutionContext['triggerType']);
  const files = options.files ?? dryRunFiles();
  const { signal } = options;
  const checkpoint = (): void => {
    options.checkpoint?.();
    signal?.throwIfAborted();
  };
  checkpoint();

  // The engine without redrive, snapshots and resume (EngineCore): a dry run ends with its request.
  const engine: EngineCore = new EngineCore({
    clock,
    random: () => 1,
    ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
    invoke: async (call: TaskInvocation) => {
      checkpoint();
      const payload = isRecord(call.payload) ? call.payload : {};
      if (call.kind === 'service') {
        const stepId = engine.stepIdOf(call.executionArn, call.stateName) ?? call.stateName;
        if (call.resource.startsWith('arn:aws:states:::dynamodb:')) {
          const item = fromAttributeMap(payload.Item);
          recorded.push({
            stepId,
            itemIndex: typeof item.itemIndex === 'number' ? item.itemIndex : undefined,
            input: { level: item.level, message: item.message },
            output: {},
          });
          return {};
        }
        if (call.resource.startsWith('arn:aws:states:::events:')) {
          const entries = Array.isArray(payload.Entries) ? payload.Entries : [];
          const entry = isRecord(entries[0]) ? entries[0] : {};
          recorded.push({
            stepId,
            itemIndex: undefined,
            input: { event: entry.DetailType, detail: entry.Detail },
            output: {},
          });
          return { Entries: entries.map((_, i) => ({ EventId: `dry-run-${i}` })), FailedEntryCount: 0 };
        }
        const served = await serveS3(call.resource, payload, files);
        if (served !== undefined) return served;
        throw new DryRunError('NonRetriableError', `Unsupported integration ${call.resource}`);
      }

      if (call.resource === supervisorArn) {
        switch (payload.op) {
          case 'start': {
            const context: ExecutionContext = {
              tenantId,
              workflowId,
              workflowVersion: 1,
              workflowName: definition.name,
              runId: call.executionArn.split(':').pop() ?? 'dry-run',
              triggerType,
              dryRun: true,
              timezone: options.timezone ?? 'UTC',
              startedAt:
                typeof payload.startedAt === 'string' ? payload.startedAt : clock.now().toISOString(),
              ...dryRunStartDecision(
                payload,
                options.needsApproval ?? false,
                options.approvals?._run,
                clock.now(),
              ),
            };
            return context;
          }
          case 'finish':
            outcome = payload.outcome === 'rejected' ? 'rejected' : 'succeeded';
            return {};
          case 'fail':
            outcome = 'failed';
            return {};
          case 'requestApproval': {
            const stepId = String(payload.stepId);
            const decision = options.approvals?.[stepId] ?? 'approve';
            const token = call.taskToken ?? '';
            const decided = { by: 'dry-run', at: clock.now().toISOString(), comment: null };
            // The engine registers the token before invoking, so answering from inside the invocation is safe.
            if (decision === 'approve') await engine.sendTaskSuccess(token, { approved: true, ...decided });
            if (decision === 'reject')
              await engine.sendTaskFailure(token, 'ApprovalRejected', JSON.stringify(decided));
            return null;
          }
          case 'registerWait': {
            const stepId = String(payload.stepId);
            const match = isRecord(payload.match) ? payload.match : {};
            const chosen =
              typeof options.waitFor === 'function'
                ? options.waitFor(stepId, match)
                : options.waitFor?.[stepId];
            const wanted = chosen ?? { outcome: 'event' };
            if (wanted.outcome === 'event') {
              const detail = wanted.event ?? eventDetailFor(String(payload.event), match, tenantId);
              const token = call.taskToken ?? '';
              await engine.sendTaskSuccess(token, {
                event: detail,
                eventId: `dry-run-${stepId}`,
                receivedAt: clock.now().toISOString(),
              });
            }
            return null;
          }
          case 'relativeDeadline': {
            const r = relativeDeadline(
              payload.at,
              Number(payload.offsetSeconds),
              String(payload.from),
              options.timezone ?? 'UTC',
            );
            if (!r.ok)
              throw new DryRunError(
                'NonRetriableError',
                `Step "${String(payload.stepId)}": the time to wait from ${r.message}`,
              );
            return { until: r.until, seconds: r.seconds, late: r.late };
          }
          case 'businessDeadline': {
            const r = businessDeadline(String(payload.from), Number(payload.businessDays), {
              timeZone: options.timezone ?? 'UTC',
              businessHours: options.calendar?.businessHours ?? DEFAULT_BUSINESS_HOURS,
              holidays: options.calendar?.holidays,
            });
            if (!r.ok)
              throw new DryRunError('NonRetriableError', `Step "${String(payload.stepId)}": ${r.message}`);
            return { until: r.until, seconds: r.seconds };
          }
          case 'route':
            return performAction(payload);
          default:
            throw new DryRunError('NonRetriableError', `Unknown supervisor op ${String(payload.op)}`);
        }
      }
      return performAction(payload);
    },
  });

  /** What the agent runner hands Step Functions: every declared key, null when absent; other performers as given. */
  const asAgentReturns = (action: string, output: Record<string, unknown>): Record<string, unknown> => {
    const spec = getAction(action);
    return spec?.performer.kind === 'agent' ? shapeOutput(spec, output) : output;
  };

  const performAction = async (payload: Record<string, unknown>): Promise<unknown> => {
    const meta = isRecord(payload.meta) ? payload.meta : {};
    const stepId = String(meta.stepId ?? '');
    const itemIndex = typeof meta.itemIndex === 'number' && meta.itemIndex >= 0 ? meta.itemIndex : undefined;
    const action = String(payload.action ?? '');
    const entry: RecordedCall = { stepId, itemIndex, input: payload.input };
    recorded.push(entry);
    const failure = options.failures?.[stepId];
    if (failure) throw new DryRunError(failure.error, failure.cause ?? `${action} failed (simulated)`);
    const given = options.outputs?.[stepId] ?? (await options.perform?.(action, payload.input, meta));
    const output =
      given === undefined
        ? await synthesizeOutput(action, stepId, tenantId, files)
        : asAgentReturns(action, given);
    entry.output = output;
    return output;
  };

  const arn = engine.stateMachineArn('dry-run');
  // Compiler output: the ASL schema check would cost more than the whole dry run.
  engine.registerStateMachine(arn, compiled.definition, compiled.type, {
    stateNames: compiled.stateNames,
    validate: false,
  });
  const input: ExecutionInput = {
    trigger: triggerFor(definition, trigger, tenantId),
    context: { tenantId, workflowId, triggerType, dryRun: true },
  };
  const startedAt = clock.now();
  // Every wait of the execution ends at once (a task under way finishes unheard): nothing runs after the abort.
  const stop = (): void => engine.close();
  signal?.addEventListener('abort', stop, { once: true });
  let executionArn: string;
  try {
    ({ executionArn } = await engine.startExecution({ stateMachineArn: arn, name: 'dry-run', input }));
    await engine.runUntilSettled();
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  signal?.throwIfAborted();
  let description = engine.inspectExecution(executionArn);
  if (description?.status === 'RUNNING') {
    // Only a callback nobody answers can leave it running; the dry run reports it as incomplete.
    engine.abortExecution(executionArn, 'Dry run: nothing answered a callback');
    description = await engine.waitForExecution(executionArn);
  }

  const steps = await describeSteps(engine, executionArn, recorded, checkpoint);
  const endedAt = clock.now();
  const status = description?.status ?? 'FAILED';
  return {
    status,
    outcome: status === 'FAILED' ? 'failed' : outcome,
    steps,
    ...(description?.error ? { error: description.error } : {}),
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    elapsedSeconds: Math.round((endedAt.getTime() - startedAt.getTime()) / 1000),
  };
};
