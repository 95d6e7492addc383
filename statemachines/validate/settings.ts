import { MAX_EXPRESS_DURATION_SECONDS } from '../limits';
import type { ValidationContext } from './context';
import { checkDuration } from './durations';
import { isRecord } from './issues';

/** Settings: the run timeout, and what an EXPRESS workflow cannot do (run longer than 5 minutes, wait). */
export const checkSettings = (ctx: ValidationContext, def: Record<string, unknown>): void => {
  const settings = def.settings;
  if (!isRecord(settings)) return;
  ctx.express = settings.type === 'EXPRESS';
  if (typeof settings.timeout === 'string') {
    const seconds = checkDuration(ctx, settings.timeout, ['settings', 'timeout']);
    if (seconds !== undefined) {
      ctx.timeoutSeconds = seconds;
      if (ctx.express && seconds > MAX_EXPRESS_DURATION_SECONDS) {
        ctx.add(
          ['settings', 'timeout'],
          'express-timeout',
          'an EXPRESS workflow runs at most 5 minutes (PT5M); use STANDARD for longer runs',
        );
      }
    }
  }
  const trigger = isRecord(def.trigger) ? def.trigger : {};
  if (ctx.express && def.autoMode !== true && trigger.type !== 'manual') {
    ctx.add(
      ['settings', 'type'],
      'express-cannot-wait',
      'runs started by events, schedules or webhooks may have to wait for approval first (Auto Mode off), which an EXPRESS workflow cannot do; set "autoMode": true, or use STANDARD',
    );
  }
};
