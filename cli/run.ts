import { randomUUID } from 'node:crypto';
import { createDynarisClient, type Schemas } from '@dynaris/client';
import { stepInput, stepResult } from '../functions/engine/steps';
import type { WorkflowDefinition } from '../statemachines/schema';
import { type CommandDef, type CommandInput, runCommand, usageError } from './command';
import { printError } from './errors';
import { loadWorkflow } from './load-workflow';
import { applySeed, missingRecordHint, type Seed, SeedError } from './seed';
import { resolveRunInputs } from './template-example';

type SettingsUpdate = Schemas['SettingsUpdate'];
type WorkflowBody = Schemas['WorkflowDefinition'];

/** Exit codes of `dynaris run`. */
export const RUN_EXIT = { succeeded: 0, failed: 1, unusable: 2 } as const;

export interface RunStep {
  readonly id: string;
  readonly action: string;
  readonly status: string;
  readonly input: unknown;
  readonly output: unknown;
  readonly error?: { error: string; cause?: string };
  readonly itemIndex?: number;
  readonly startedAt: string;
  readonly endedAt?: string;
  readonly retries?: number;
}

export interface RunResult {
  readonly status: string;
  /** The run as recorded: succeeded, failed, rejected, cancelled… */
  readonly outcome?: string;
  readonly runId: string;
  readonly steps: RunStep[];
  readonly error?: { error: string; cause?: string };
  readonly startedAt: string;
  readonly endedAt: string;
  /** Emails, Slack messages and HTTP calls the run would have sent. */
  readonly outbox: unknown[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const triggerOf = (event: unknown): Record<string, unknown> => {
  if (isRecord(event) && isRecord(event.detail) && ('detail-type' in event || 'detailType' in event))
    return event.detail;
  return isRecord(event) ? event : { value: event };
};

/**
 * Runs a validated workflow once in an in-memory local runtime with virtual time and returns what happened.
 * The trigger is given as-is (the run starts directly, as the dispatcher would start it for a matching event).
 */
export const runWorkflowOnce = async (
  definition: WorkflowDefinition,
  event: unknown,
  options: { log?: (line: string) => void; seed?: Seed } = {},
): Promise<RunResult> => {
  const { startLocalRuntime } = await import('../infra/local/runtime');
  const { stateMachineName } = await import('../functions/provisioner/names');
  const { LOCAL_PREFIX } = await import('../infra/local/functions');
  const { inProcessFetch } = await import('../infra/local/in-process-fetch');
  const runtime = await startLocalRuntime({
    clock: 'virtual',
    http: false,
    log: options.log ?? (() => {}),
    env: {},
  });
  // The typed API client, answered in-process by the runtime (the same routes as over HTTP, no socket).
  const api = createDynarisClient({
    baseUrl: 'http://dynaris.local',
    apiKey: runtime.apiKey,
    fetch: inProcessFetch(runtime.request, { now: () => runtime.clock.now() }),
  });
  try {
    if (options.seed?.settings) {
      const saved = await api.PUT('/settings', { body: options.seed.settings as SettingsUpdate });
      if (saved.error) throw new SeedError(`seed.settings: ${JSON.stringify(saved.error)}`);
    }
    if (options.seed) await applySeed(runtime.platform, runtime.tenantId, options.seed);
    const created = await api.POST('/workflows', { body: definition as WorkflowBody });
    if (!created.data) throw new Error(`Saving the workflow failed: ${JSON.stringify(created.error)}`);
    const { workflowId } = created.data.workflow;
    const enabled = await api.POST('/workflows/{id}/enable', { params: { path: { id: workflowId } } });
    if (enabled.error) throw new Error(`Enabling the workflow failed: ${JSON.stringify(enabled.error)}`);
    await runtime.waitForIdle();

    const trigger = triggerOf(event);
    const runId = `run-${randomUUID()}`;
    const startedAt = runtime.clock.now().toISOString();
    let { executionArn } = await runtime.engine.startExecution({
      stateMachineArn: runtime.engine.stateMachineArn(
        stateMachineName(LOCAL_PREFIX, runtime.tenantId, workflowId),
      ),
      name: runId,
      input: {
        trigger,
        context: {
          tenantId: runtime.tenantId,
          workflowId,
          workflowVersion: 1,
          triggerType: definition.trigger.type,
          ...(definition.trigger.type === 'event' || definition.trigger.type === 'webhook'
            ? { eventId: `run-${runId}` }
            : {}),
        },
      },
    });

    // Approvals are approved through the API (as a person would) before any time passes; then virtual time jumps
    // to the next due timer (waits, retries, timeouts) until the run ends or nothing more can happen. An Express run
    // approved before its execution started continues in the execution the approval started (its run record says
    // which).
    const { isVirtualClock } = await import('../functions/engine/clock');
    for (let step = 0; step < 10_000; step++) {
      await runtime.waitForIdle();
      const current = (await api.GET('/runs/{runId}', { params: { path: { runId } } })).data?.run.executionId;
      if (current && current !== executionArn) {
        executionArn = current;
        continue;
      }
      const pending = await api.GET('/approvals');
      const ids = (pending.data?.items ?? []).map((approval) => approval.approvalId);
      if (ids.length > 0) {
        for (const id of ids)
          await api.POST('/approvals/{id}/approve', {
            params: { path: { id } },
            body: { comment: 'approved by dynaris run' },
          });
        continue;
      }
      if (runtime.engine.inspectExecution(executionArn)?.status !== 'RUNNING') break;
      if (!isVirtualClock(runtime.clock) || !runtime.engine.hasExecutionTimers()) break;
      runtime.clock.fireNext();
    }
    let description = runtime.engine.inspectExecution(executionArn);
    if (description?.status === 'RUNNING') {
      runtime.engine.abortExecution(
        executionArn,
        'dynaris run: nothing more can happen without outside input',
      );
      description = await runtime.engine.waitForExecution(executionArn);
    }

    const steps: RunStep[] = [];
    for (const s of await runtime.engine.getSteps(executionArn)) {
      if (!s.stepId) continue;
      const action = s.action ?? 'step';
      const output = stepResult(s.output, s.stepId) ?? null;
      // A wait for an event or a decision that ran out of time took its timeout path: not a failure.
      const timedOut = s.error?.error === 'States.Timeout' && (action === 'waitFor' || action === 'approval');
      steps.push({
        id: s.stepId,
        action,
        status: timedOut ? 'timed_out' : s.status,
        input: stepInput(action, s.parameters),
        output: timedOut
          ? action === 'waitFor'
            ? { received: false, event: null }
            : { approved: false, by: null, at: null, comment: null }
          : s.status === 'succeeded'
            ? output
            : null,
        ...(s.error && !timedOut ? { error: s.error } : {}),
        ...(s.itemIndex !== undefined ? { itemIndex: s.itemIndex } : {}),
        startedAt: s.startedAt,
        ...(s.endedAt ? { endedAt: s.endedAt } : {}),
        ...(s.retries ? { retries: s.retries } : {}),
      });
    }
    const record = await api.GET('/runs/{runId}', { params: { path: { runId } } });
    const outcome = record.data?.run.status;
    return {
      status: description?.status ?? 'FAILED',
      ...(outcome ? { outcome } : {}),
      runId,
      steps,
      ...(description?.error ? { error: description.error } : {}),
      startedAt,
      endedAt: runtime.clock.now().toISOString(),
      outbox: runtime.outbox.list(),
    };
  } finally {
    await runtime.stop();
  }
};

const SYMBOL: Record<string, string> = {
  succeeded: '✓',
  failed: '✗',
  running: '…',
  waiting: '⏸',
  timed_out: '⌛',
};

const oneLine = (value: unknown, max = 100): string => {
  const text = value === null || value === undefined ? '' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const elapsed = (from: string, to: string): string => {
  const s = Math.round((Date.parse(to) - Date.parse(from)) / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.round(s / 60)}m`;
  if (s < 172_800) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86_400)}d`;
};

export const formatRun = (result: RunResult): string => {
  const lines = [
    `Run ${result.runId}: ${result.status} (virtual time ${elapsed(result.startedAt, result.endedAt)})`,
  ];
  for (const step of result.steps) {
    const at = `+${elapsed(result.startedAt, step.startedAt)}`.padStart(5);
    const index = step.itemIndex !== undefined ? `[${step.itemIndex}]` : '';
    const retries = step.retries ? ` (${step.retries} retries)` : '';
    lines.push(
      `  ${SYMBOL[step.status] ?? '?'} ${at} ${`${step.id}${index}`.padEnd(18)} ${step.action.padEnd(20)} ${oneLine(step.input)}${retries}`,
    );
    if (step.error) lines.push(`            ${step.error.error}: ${step.error.cause ?? ''}`);
  }
  if (result.error)
    lines.push(`Error: ${result.error.error}${result.error.cause ? `: ${result.error.cause}` : ''}`);
  if (result.outbox.length) lines.push(`Outbox: ${result.outbox.length} message(s) would have been sent`);
  return lines.join('\n');
};

export const command: CommandDef = {
  name: 'run',
  synopsis: 'FILE|TEMPLATE [--event FILE] [--seed FILE] [--json] [--verbose]',
  summary: 'run a workflow once locally (virtual time)',
  help: `  FILE          a workflow definition (JSON), or the name of a shipped template (lead-follow-up, …)
  --event FILE  what triggers the run: the event detail (or a whole bus event with "detail"), the webhook
                payload, or the manual input, as JSON. Optional for a shipped template: its example event is used
  --seed FILE   records to put in the simulated store first, as JSON: { "leads": [...], "bookings": [...],
                "invoices": [...], "contacts": [...], "knowledge": [...] } (leads, bookings and invoices keep their
                "id", so an event can name them). Added to a template's example records
  --json        print { status, steps: [{ id, action, status, input, output }] }
  --verbose     also print the live run log on stderr
Runs the workflow once in the local runtime (in memory, virtual time: waits pass at once; approvals are approved,
events awaited with waitFor do not arrive, so their timeouts apply). A step that needs a record the store does not
have fails, and the message names that record. Exit code: 0 succeeded, 1 failed, 2 bad input.`,
  options: {
    event: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  run: (input) => run(input),
};

export const runRun = (args: readonly string[]): Promise<number> => runCommand(command, args);

const run = async ({ values, positionals: [given = ''] }: CommandInput): Promise<number> => {
  const json = values.json === true;
  const verbose = values.verbose === true;
  const inputs = await resolveRunInputs(given, {
    ...(typeof values.event === 'string' ? { event: values.event } : {}),
    ...(typeof values.seed === 'string' ? { seed: values.seed } : {}),
  });
  if ('usage' in inputs) return usageError(command, inputs.usage.message, inputs.usage.path);
  if ('exitCode' in inputs) return inputs.exitCode;
  // Explains an unreadable file, invalid JSON or an invalid workflow on stderr, as every command does.
  const loaded = await loadWorkflow(inputs.file);
  if (!loaded.ok) return RUN_EXIT.unusable;
  let result: RunResult;
  try {
    result = await runWorkflowOnce(loaded.definition, inputs.event, {
      ...(inputs.seed ? { seed: inputs.seed } : {}),
      ...(verbose ? { log: (line: string) => process.stderr.write(`${line}\n`) } : {}),
    });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    printError({ code: 'InvalidSeed', message: error.message });
    return RUN_EXIT.unusable;
  }
  if (json) {
    const steps = result.steps.map(({ id, action, status, input, output, error }) => ({
      id,
      action,
      status,
      input,
      output,
      ...(error ? { error } : {}),
    }));
    process.stdout.write(
      `${JSON.stringify(
        {
          status: result.status,
          ...(result.outcome ? { outcome: result.outcome } : {}),
          steps,
          ...(result.error ? { error: result.error } : {}),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(`${formatRun(result)}\n`);
  }
  const hint = missingRecordHint(
    [result.error?.cause, ...result.steps.map((step) => step.error?.cause)].find((c) => missingRecordHint(c)),
  );
  if (hint) process.stderr.write(`${hint}\n`);
  return result.status === 'SUCCEEDED' ? RUN_EXIT.succeeded : RUN_EXIT.failed;
};
