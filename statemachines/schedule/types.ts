/** Shapes shared by the schedule modules. */

export interface ScheduleSpec {
  readonly cron?: string | undefined;
  readonly rate?: string | undefined;
  readonly at?: string | undefined;
  readonly timezone?: string | undefined;
}

export interface ScheduleProblem {
  /** The trigger key at fault: `cron`, `rate`, `at`, `timezone`, or `` for the trigger as a whole. */
  readonly field: 'cron' | 'rate' | 'at' | 'timezone' | '';
  readonly message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
