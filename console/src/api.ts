import { createDynarisClient, type Schemas } from '@dynaris/client';
import type {
  ActivityPage,
  Approval,
  AssistantResult,
  DataModule,
  DryRunResult,
  JsonObject,
  Page,
  Run,
  RunDetail,
  RunStatus,
  ScheduleEntry,
  Settings,
  Workflow,
  WorkflowCheck,
  WorkflowVersion,
} from './types';

type WorkflowBody = Schemas['WorkflowDefinition'];

/**
 * Every call the console makes, and nothing else talks to the server: the public HTTP API through the typed client
 * generated from its OpenAPI document (@dynaris/client, packages/client): paths, parameters and bodies are checked
 * against the API at compile time, and so is each answer against the shape the views read (types.ts).
 */

export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/** An answer other than 2xx, with the API's error body (`{ error: { code, message, details } }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** '' for the same origin (the local runtime); the API's URL on AWS. */
  readonly baseUrl: string;
  /** Headers that authenticate a request (x-api-key, or Authorization with the Cognito ID token). */
  readonly credentials: () => Promise<Record<string, string>>;
  /** Called on 401 (expired or revoked credentials). */
  readonly onUnauthorized?: () => void;
  readonly fetch?: typeof fetch;
}

type Query = Record<string, string | number | undefined>;
/** Query options: an undefined value is left out of the address. */
type Options<T> = { [K in keyof T]?: T[K] | undefined };

/** The query without its unset values (the client's types, like the API, have no "undefined" parameter). */
const query = <T extends object>(options: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== '')) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

/** What every call of the typed client answers. */
interface Answer<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

export const createApiClient = (options: ApiClientOptions) => {
  const doFetch = options.fetch ?? fetch.bind(globalThis);
  const api = createDynarisClient({ baseUrl: options.baseUrl, fetch: (request) => doFetch(request) });
  api.use({
    async onRequest({ request }) {
      request.headers.set('accept', 'application/json');
      for (const [name, value] of Object.entries(await options.credentials()))
        request.headers.set(name, value);
      return request;
    },
  });

  /** The answer's body on 2xx; an ApiError with the API's code, message and details otherwise. */
  const answer = async <T>(call: Promise<Answer<T>>): Promise<T> => {
    let result: Answer<T>;
    try {
      result = await call;
    } catch (error) {
      throw new ApiError(0, 'NetworkError', `The API could not be reached (${(error as Error).message})`);
    }
    const { response } = result;
    if (response.ok) return result.data as T;
    const err = (result.error as { error?: { code?: string; message?: string; details?: ErrorDetail[] } })
      ?.error;
    if (response.status === 401) options.onUnauthorized?.();
    throw new ApiError(
      response.status,
      err?.code ?? `Http${response.status}`,
      err?.message ?? `The API answered ${response.status}`,
      err?.details ?? [],
    );
  };

  /** An answer the API documents as an open object: its shape is the one the views read. */
  const openAnswer = <T>(call: Promise<Answer<unknown>>): Promise<T> => answer(call) as Promise<T>;

  const workflow = (workflowId: string) => ({ params: { path: { id: workflowId } } });
  const run = (runId: string) => ({ params: { path: { runId } } });

  return {
    /** Succeeds when the credentials are accepted (the sign-in check). */
    whoAmI: (): Promise<Settings> => answer(api.GET('/settings')),

    listWorkflows: (q: Options<{ limit: number; cursor: string }> = {}): Promise<Page<Workflow>> =>
      answer(api.GET('/workflows', { params: { query: query(q) } })),
    getWorkflow: (
      workflowId: string,
    ): Promise<{
      workflow: Workflow;
      validation: Pick<WorkflowCheck, 'valid' | 'issues' | 'warnings'>;
      diagram: string;
    }> => answer(api.GET('/workflows/{id}', workflow(workflowId))),
    createWorkflow: (definition: unknown): Promise<{ workflow: Workflow }> =>
      answer(api.POST('/workflows', { body: definition as WorkflowBody })),
    saveWorkflow: (
      workflowId: string,
      expectedVersion: number,
      definition: unknown,
      comment?: string,
    ): Promise<{ workflow: Workflow }> =>
      answer(
        api.PUT('/workflows/{id}', {
          ...workflow(workflowId),
          body: { expectedVersion, definition: definition as WorkflowBody, ...(comment ? { comment } : {}) },
        }),
      ),
    enableWorkflow: (workflowId: string): Promise<Workflow> =>
      answer(api.POST('/workflows/{id}/enable', workflow(workflowId))),
    disableWorkflow: (workflowId: string): Promise<Workflow> =>
      answer(api.POST('/workflows/{id}/disable', workflow(workflowId))),
    deleteWorkflow: (workflowId: string): Promise<unknown> =>
      answer(api.DELETE('/workflows/{id}', workflow(workflowId))),
    validateWorkflow: (definition: unknown): Promise<WorkflowCheck> =>
      answer(api.POST('/workflows/validate', { body: { definition: definition as WorkflowBody } })),
    dryRun: (workflowId: string, trigger: JsonObject): Promise<DryRunResult> =>
      openAnswer(api.POST('/workflows/{id}/test', { ...workflow(workflowId), body: { trigger } })),
    listVersions: (
      workflowId: string,
      q: Options<{ limit: number; cursor: string }> = {},
    ): Promise<Page<WorkflowVersion>> =>
      answer(api.GET('/workflows/{id}/versions', { params: { path: { id: workflowId }, query: query(q) } })),
    getVersion: (workflowId: string, version: number): Promise<WorkflowVersion> =>
      answer(
        api.GET('/workflows/{id}/versions/{version}', { params: { path: { id: workflowId, version } } }),
      ),
    startRun: (workflowId: string, input: JsonObject): Promise<{ runId: string }> =>
      answer(api.POST('/workflows/{id}/runs', { ...workflow(workflowId), body: { input } })),

    listRuns: (
      q: Options<{ status: RunStatus; workflowId: string; limit: number; cursor: string }> = {},
    ): Promise<Page<Run>> => answer(api.GET('/runs', { params: { query: query(q) } })),
    getRun: (runId: string): Promise<RunDetail> => answer(api.GET('/runs/{runId}', run(runId))),
    cancelRun: (runId: string): Promise<Run> => answer(api.POST('/runs/{runId}/cancel', run(runId))),
    redriveRun: (runId: string): Promise<Run> => answer(api.POST('/runs/{runId}/redrive', run(runId))),

    listApprovals: (q: Options<{ limit: number; cursor: string }> = {}): Promise<Page<Approval>> =>
      answer(api.GET('/approvals', { params: { query: query(q) } })),
    decide: (approvalId: string, decision: 'approve' | 'reject', comment?: string): Promise<Approval> =>
      answer(
        api.POST(decision === 'approve' ? '/approvals/{id}/approve' : '/approvals/{id}/reject', {
          params: { path: { id: approvalId } },
          body: comment ? { comment } : {},
        }),
      ),

    listEvents: (
      q: Options<{
        since: string;
        cursor: string;
        type: string;
        workflowId: string;
        leadId: string;
        limit: number;
      }> = {},
    ): Promise<ActivityPage> => answer(api.GET('/events', { params: { query: query(q) } })),
    listSchedules: (): Promise<{ items: ScheduleEntry[] }> => answer(api.GET('/schedules')),

    getSettings: (): Promise<Settings> => answer(api.GET('/settings')),
    saveSettings: (patch: JsonObject): Promise<Settings> =>
      answer(api.PUT('/settings', { body: patch as Schemas['SettingsUpdate'] })),

    askAssistant: (prompt: string): Promise<AssistantResult> =>
      openAnswer(api.POST('/assistant/workflows', { body: { prompt } })),

    // The six data collections share one shape of route; the client is typed per path, so these go through the
    // leads routes' types (the paths themselves are the module's).
    listData: (module: DataModule, q: Query = {}): Promise<Page<JsonObject>> =>
      answer(api.GET(`/${module}` as '/leads', { params: { query: query(q) } })),
    createData: (module: DataModule, body: JsonObject): Promise<JsonObject> =>
      answer(api.POST(`/${module}` as '/leads', { body: body as Schemas['NewLead'] })),
    deleteData: async (module: DataModule, itemId: string) => {
      await answer(api.DELETE(`/${module}/{id}` as '/leads/{id}', { params: { path: { id: itemId } } }));
      return true as const;
    },
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
