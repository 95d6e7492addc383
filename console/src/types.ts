/**
 * The shapes the console reads from the public API (GET /openapi.json describes them all). Only the fields the
 * views use: api.ts checks each answer of the typed client (@dynaris/client) against them at compile time.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, unknown>;

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor?: string;
}

export type WorkflowStatus = 'draft' | 'enabled' | 'disabled' | 'error' | 'deleting';
export type RunStatus = 'running' | 'waiting_approval' | 'succeeded' | 'failed' | 'rejected' | 'cancelled';
export type TriggerType = 'event' | 'schedule' | 'manual' | 'webhook';

export interface Trigger {
  readonly type: TriggerType;
  readonly event?: string;
  readonly source?: string;
  readonly cron?: string;
  readonly rate?: string;
  readonly at?: string;
  readonly timezone?: string;
}

export interface WorkflowDefinition {
  readonly name: string;
  readonly description?: string;
  readonly trigger: Trigger;
  readonly steps: JsonObject[];
  readonly [key: string]: unknown;
}

export interface Workflow {
  readonly workflowId: string;
  readonly name: string;
  readonly description: string | null;
  readonly status: WorkflowStatus;
  readonly statusReason: string | null;
  readonly trigger: Trigger;
  readonly autoMode: boolean | null;
  readonly definition: WorkflowDefinition;
  readonly currentVersion: number;
  readonly deployed: { readonly version: number; readonly deployedAt: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface GraphNode {
  readonly id: string;
  readonly kind: 'Task' | 'Pass' | 'Wait' | 'Choice' | 'Parallel' | 'Map' | 'Succeed' | 'Fail' | 'Join';
  readonly stepId?: string;
  readonly parent?: string;
  readonly comment?: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'next' | 'choice' | 'default' | 'catch' | 'branch' | 'join';
  readonly label?: string;
}

export interface StateGraph {
  readonly startAt: string;
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

export interface WorkflowCheck {
  readonly valid: boolean;
  readonly issues: ValidationIssue[];
  /** Never affect `valid` or saving: a value that may be missing at run time, a fixed-offset time zone. */
  readonly warnings: ValidationIssue[];
  readonly graph: StateGraph | null;
  readonly diagram: string;
}

export interface WorkflowVersion {
  readonly workflowId: string;
  readonly version: number;
  readonly definition: WorkflowDefinition;
  readonly savedAt: string;
  readonly savedBy: string | null;
  readonly comment: string | null;
}

export interface DryRunStep {
  readonly id: string;
  readonly action: string;
  readonly status: 'succeeded' | 'failed' | 'running' | 'waiting';
  readonly input: unknown;
  readonly output?: unknown;
  readonly error?: { readonly error: string; readonly cause?: string };
  readonly itemIndex?: number;
  readonly sideEffect?: boolean;
}

export interface DryRunResult {
  readonly outcome: 'succeeded' | 'rejected' | 'failed' | 'incomplete';
  readonly steps: DryRunStep[];
  readonly error?: { readonly error: string; readonly cause?: string };
  readonly elapsedSeconds: number;
}

export interface Run {
  readonly runId: string;
  readonly workflowId: string;
  readonly workflowName: string;
  readonly version: number;
  readonly status: RunStatus;
  readonly triggerType: TriggerType;
  readonly dryRun: boolean;
  readonly startedAt: string;
  readonly endedAt: string | null;
  readonly error: { readonly error: string; readonly cause: string | null } | null;
}

export interface TimelineEntry {
  readonly name: string;
  readonly stepId?: string;
  readonly type: string;
  readonly status: 'running' | 'succeeded' | 'failed' | 'waiting';
  readonly input?: unknown;
  readonly output?: unknown;
  readonly error?: { readonly error: string; readonly cause?: string };
  readonly startedAt: string;
  readonly endedAt?: string;
  readonly retries?: number;
}

export interface Approval {
  readonly approvalId: string;
  readonly runId: string;
  readonly workflowId: string;
  readonly workflowName: string;
  readonly stepId: string;
  readonly message: string;
  readonly willDo: string[];
  readonly approvers: string[];
  readonly status: 'pending' | 'approved' | 'rejected' | 'expired';
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly comment: string | null;
}

export interface RunDetail {
  readonly run: Run;
  readonly timeline: TimelineEntry[];
  readonly approvals: Approval[];
}

export interface ActivityEvent {
  readonly eventId: string;
  readonly type: string;
  readonly source: string;
  readonly time: string;
  readonly detail: JsonObject;
  readonly workflowId?: string;
  readonly runId?: string;
  readonly leadId?: string;
}

export interface ActivityPage extends Page<ActivityEvent> {
  readonly newestCursor?: string;
}

export interface ScheduleEntry {
  readonly workflowId: string;
  readonly name: string;
  readonly status: string;
  readonly expression: string;
  readonly timezone: string;
  readonly nextFireTimes: string[];
  readonly lastRun: { readonly runId: string; readonly status: string; readonly startedAt: string } | null;
  readonly problem?: string;
}

export interface BusinessHoursRange {
  readonly start: string;
  readonly end: string;
}

export interface Settings {
  readonly tenantId: string;
  readonly autoMode: boolean;
  readonly timezone: string;
  readonly businessHours: Record<string, BusinessHoursRange[]>;
  readonly integrations: Record<string, Record<string, unknown>>;
  readonly webhookSecretConfigured: boolean;
  readonly version: number;
}

export interface AssistantResult {
  readonly definition: WorkflowDefinition;
  readonly explanation: string;
  readonly diagram: string;
  readonly validation: {
    readonly valid: boolean;
    readonly issues: ValidationIssue[];
    readonly warnings: ValidationIssue[];
  };
}

export type DataModule = 'leads' | 'contacts' | 'bookings' | 'invoices' | 'files' | 'knowledge';
