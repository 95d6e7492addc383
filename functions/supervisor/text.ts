import type { ExecutionContext } from '../../statemachines/contracts';

/** How the supervisor words what happened, for run logs and events. */

export const truncate = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Lambda error causes are JSON (`{"errorType","errorMessage",…}`); a person wants the message. */
export const readableCause = (cause: string | undefined): string | null => {
  if (!cause) return null;
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: unknown; errorType?: unknown };
    if (typeof parsed.errorMessage === 'string') return parsed.errorMessage;
  } catch {
    // plain text cause
  }
  return cause;
};

export const TRIGGER_WORDS: Record<ExecutionContext['triggerType'], string> = {
  event: 'an event',
  schedule: 'its schedule',
  manual: 'hand',
  webhook: 'a webhook',
};

/** `42s`, `3m 5s`, `5h 0m`, `2d 0h`. */
export const secondsText = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h ${m % 60}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
};

export const durationText = (fromIso: string, to: Date): string =>
  secondsText((to.getTime() - new Date(fromIso).getTime()) / 1000);

/** Step ids whose result is an error recorded with onError: continue. */
export const erroredSteps = (steps: Record<string, unknown>): string[] =>
  Object.entries(steps)
    .filter(
      ([, v]) => v !== null && typeof v === 'object' && 'error' in v && (v as { error?: unknown }).error,
    )
    .map(([k]) => k);

export const rejection = (
  steps: Record<string, unknown>,
): { by?: string; comment?: string | null } | undefined => {
  for (const value of Object.values(steps)) {
    if (value && typeof value === 'object' && (value as { approved?: unknown }).approved === false) {
      return value as { by?: string; comment?: string | null };
    }
  }
  return undefined;
};
