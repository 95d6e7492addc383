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

/**
 * Every call the console makes, and nothing else talks to the server: the public HTTP API (GET /openapi.json), over
 * fetch, with the signed-in user's credentials. A generated client can take this module's place.
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

const withQuery = (path: string, query: Query = {}): string => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

const id = (value: string): string => encodeURIComponent(value);

export const createApiClient = (options: ApiClientOptions) => {
  const doFetch = options.fetch ?? fetch.bind(globalThis);

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(await options.credentials()),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    };
    let res: Response;
    try {
      res = await doFetch(`${options.baseUrl}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(0, 'NetworkError', `The API could not be reached (${(error as Error).message})`);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!res.ok) {
      const err = (parsed as { error?: { code?: string; message?: string; details?: ErrorDetail[] } })?.error;
      if (res.status === 401) options.onUnauthorized?.();
      throw new ApiError(
        res.status,
        err?.code ?? `Http${res.status}`,
        err?.message ?? `The API answered ${res.status}`,
        err?.details ?? [],
      );
    }
    return parsed as T;
  };

  const get = <T>(path: string, query?: Query) => call<T>('GET', withQuery(path, query));
  const post = <T>(path: string, body?: unknown) => call<T>('POST', path, body);
  const put = <T>(path: string, body: unknown) => call<T>('PUT', path, body);

  return {
    /** Succeeds when the credentials are accepted (the sign-in check). */
    whoAmI: () => get<Settings>('/settings'),

    listWorkflows: (query: Options<{ limit: number; cursor: string }> = {}) =>
      get<Page<Workflow>>('/workflows', query),
    getWorkflow: (workflowId: string) =>
      get<{ workflow: Workflow; validation: WorkflowCheck; diagram: string }>(`/workflows/${id(workflowId)}`),
    createWorkflow: (definition: unknown) => post<{ workflow: Workflow }>('/workflows', definition),
    saveWorkflow: (workflowId: string, expectedVersion: number, definition: unknown, comment?: string) =>
      put<{ workflow: Workflow }>(`/workflows/${id(workflowId)}`, {
        expectedVersion,
        definition,
        ...(comment ? { comment } : {}),
      }),
    enableWorkflow: (workflowId: string) => post<Workflow>(`/workflows/${id(workflowId)}/enable`),
    disableWorkflow: (workflowId: string) => post<Workflow>(`/workflows/${id(workflowId)}/disable`),
    deleteWorkflow: (workflowId: string) => call<unknown>('DELETE', `/workflows/${id(workflowId)}`),
    validateWorkflow: (definition: unknown) => post<WorkflowCheck>('/workflows/validate', { definition }),
    dryRun: (workflowId: string, trigger: JsonObject) =>
      post<DryRunResult>(`/workflows/${id(workflowId)}/test`, { trigger }),
    listVersions: (workflowId: string, query: Options<{ limit: number; cursor: string }> = {}) =>
      get<Page<WorkflowVersion>>(`/workflows/${id(workflowId)}/versions`, query),
    getVersion: (workflowId: string, version: number) =>
      get<WorkflowVersion>(`/workflows/${id(workflowId)}/versions/${version}`),
    startRun: (workflowId: string, input: JsonObject) =>
      post<{ runId: string }>(`/workflows/${id(workflowId)}/runs`, { input }),

    listRuns: (
      query: Options<{ status: RunStatus; workflowId: string; limit: number; cursor: string }> = {},
    ) => get<Page<Run>>('/runs', query),
    getRun: (runId: string) => get<RunDetail>(`/runs/${id(runId)}`),
    cancelRun: (runId: string) => post<Run>(`/runs/${id(runId)}/cancel`),
    redriveRun: (runId: string) => post<Run>(`/runs/${id(runId)}/redrive`),

    listApprovals: (query: Options<{ limit: number; cursor: string }> = {}) =>
      get<Page<Approval>>('/approvals', query),
    decide: (approvalId: string, decision: 'approve' | 'reject', comment?: string) =>
      post<Approval>(`/approvals/${id(approvalId)}/${decision}`, comment ? { comment } : {}),

    listEvents: (
      query: Options<{
        since: string;
        cursor: string;
        type: string;
        workflowId: string;
        leadId: string;
        limit: number;
      }>,
    ) => get<ActivityPage>('/events', query),
    listSchedules: () => get<{ items: ScheduleEntry[] }>('/schedules'),

    getSettings: () => get<Settings>('/settings'),
    saveSettings: (patch: JsonObject) => put<Settings>('/settings', patch),

    askAssistant: (prompt: string) => post<AssistantResult>('/assistant/workflows', { prompt }),

    listData: (module: DataModule, query: Query = {}) => get<Page<JsonObject>>(`/${module}`, query),
    createData: (module: DataModule, body: JsonObject) => post<JsonObject>(`/${module}`, body),
    deleteData: async (module: DataModule, itemId: string) => {
      await call<unknown>('DELETE', `/${module}/${id(itemId)}`);
      return true as const;
    },
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
