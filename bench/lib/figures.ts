/**
 * What every benchmark reports: a figure with its unit and its target. Each is printed beside its target as it is
 * measured and, when BENCH_RESULTS names a file, appended to it as one JSON line, so `npm run bench` can print the
 * summary table at the end and `npm run bench -- --check` can fail when a target is missed.
 */
import { appendFileSync } from 'node:fs';

export interface Target {
  /** `max`: the figure must be at most `limit`; `min`: at least. */
  readonly kind: 'max' | 'min';
  readonly limit: number;
}

export interface Figure {
  /** Stable id (`runtime.throughput`), for the summary and for comparisons. */
  readonly id: string;
  /** What was measured, truthfully (how, on what, under which load). */
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** Absent: informational, never fails --check. */
  readonly target?: Target;
}

export interface FigureResult extends Figure {
  readonly met: boolean | undefined;
}

export const meets = (value: number, target: Target | undefined): boolean | undefined => {
  if (!target) return undefined;
  if (!Number.isFinite(value)) return false;
  return target.kind === 'max' ? value <= target.limit : value >= target.limit;
};

export const formatValue = (value: number, unit: string): string => {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
};

export const formatTarget = (target: Target | undefined, unit: string): string =>
  target ? `${target.kind === 'max' ? '<=' : '>='} ${formatValue(target.limit, unit)}` : '';

/** Prints the figure beside its target and records it for the summary. */
export const report = (figure: Figure): FigureResult => {
  const met = meets(figure.value, figure.target);
  const verdict = met === undefined ? '' : met ? '  ok' : '  MISSED';
  process.stdout.write(
    `  ${figure.label.padEnd(64)} ${formatValue(figure.value, figure.unit).padStart(12)}   target ${formatTarget(figure.target, figure.unit) || '-'}${verdict}\n`,
  );
  const result: FigureResult = { ...figure, met };
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(result)}\n`);
  return result;
};

/** A line of context under the figures (conditions, counts), not a figure. */
export const note = (text: string): void => {
  process.stdout.write(`    ${text}\n`);
};

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes of this machine. */
export const wallMs = (): number => performance.timeOrigin + performance.now();
