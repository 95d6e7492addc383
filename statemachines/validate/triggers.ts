import { isDeclaredDetailPath } from '../event-details';
import { EVENT_NAMES, type EventName } from '../events';
import { validateFilter } from '../patterns';
import { validateSchedule } from '../schedule';
import { checkFixedValues } from './comparison-types';
import type { ValidationContext } from './context';
import { detailChildren, filterDetailPath, isEventName } from './event-fields';
import { isRecord, type Path } from './issues';
import { closest, didYouMean, list } from './messages';
import { filterFacts } from './presence';
import { eventDetailShape, triggerShape, walkShape } from './shapes';

/**
 * Triggers: the event exists, the filter is a valid EventBridge pattern over fields the event carries, the
 * schedule is a valid cron/rate/at in a real time zone. Sets what the trigger makes available to references.
 */
export const checkTrigger = (ctx: ValidationContext, trigger: unknown): void => {
  ctx.triggerData = triggerShape(trigger);
  if (!isRecord(trigger)) return;
  const filterKey = 'filter';
  if (trigger.type === 'event' && typeof trigger.event === 'string') {
    ctx.triggerEvent = trigger.event;
    if (!(EVENT_NAMES as readonly string[]).includes(trigger.event)) {
      ctx.add(
        ['trigger', 'event'],
        'unknown-event',
        `unknown event "${trigger.event}"${didYouMean(trigger.event, EVENT_NAMES)} Events: ${list(EVENT_NAMES)}`,
      );
    }
  }
  if ((trigger.type === 'event' || trigger.type === 'webhook') && trigger[filterKey] !== undefined) {
    ctx.triggerFiltered = isRecord(trigger[filterKey]) && Object.keys(trigger[filterKey]).length > 0;
    if (isRecord(trigger[filterKey])) {
      for (const p of validateFilter(trigger[filterKey])) {
        const sub =
          p.path === '' ? [] : p.path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
        ctx.add(
          ['trigger', 'filter', ...sub.map((s) => (/^\d+$/.test(s) ? Number(s) : s))],
          'bad-filter',
          p.message,
        );
      }
      if (trigger.type === 'event' && isEventName(trigger.event)) {
        filterFields(ctx, trigger.event, trigger[filterKey], [], ['trigger', filterKey]);
        ctx.triggerPresent = new Set(filterFacts(trigger[filterKey]).map((f) => `trigger.${f}`));
      }
    }
  }
  if (trigger.type === 'schedule') {
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    for (const p of validateSchedule({
      cron: str(trigger.cron),
      rate: str(trigger.rate),
      at: str(trigger.at),
      timezone: str(trigger.timezone),
    })) {
      ctx.add(p.field === '' ? ['trigger'] : ['trigger', p.field], `bad-${p.field || 'schedule'}`, p.message);
    }
    const city = typeof trigger.timezone === 'string' ? FIXED_OFFSET_ZONES[trigger.timezone] : undefined;
    if (city)
      ctx.warn(
        ['trigger', 'timezone'],
        'fixed-offset-zone',
        `"${trigger.timezone}" is the IANA zone that keeps standard time all year, without daylight saving (${city.offset} in summer too); for the local time of ${city.place}, which changes in summer, write "${city.zone}"`,
      );
  }
};

/** Legacy zones Scheduler takes that never change to summer time, unlike the places people mean by them. */
const FIXED_OFFSET_ZONES: Readonly<Record<string, { offset: string; place: string; zone: string }>> = {
  EST: { offset: 'UTC-5', place: 'New York', zone: 'America/New_York' },
  MST: { offset: 'UTC-7', place: 'Denver', zone: 'America/Denver' },
};

/** Every field a trigger filter tests must be one the event carries (EVENT_DETAIL_PATHS), or it never matches. */
const filterFields = (
  ctx: ValidationContext,
  event: EventName,
  filter: Record<string, unknown>,
  prefix: string[],
  path: Path,
): void => {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or') {
      if (Array.isArray(value))
        value.forEach((branch, i) => {
          if (isRecord(branch)) filterFields(ctx, event, branch, prefix, [...path, key, i]);
        });
      continue;
    }
    const segments = [...prefix, ...key.split('.')];
    if (isRecord(value)) {
      filterFields(ctx, event, value, segments, [...path, key]);
      continue;
    }
    const detailPath = filterDetailPath(event, segments);
    if (isDeclaredDetailPath(event, detailPath)) {
      // exact values on a field that holds one of a fixed set (`lead.status`) must be in it
      const field = walkShape(eventDetailShape(event), segments, event);
      if (Array.isArray(value) && field.ok)
        checkFixedValues(ctx, [...path, key], segments.join('.'), field.shape, value, true);
      continue;
    }
    const shown = segments.join('.');
    // the first segment the event does not carry: the suggestion is for it (`changes.stauts.to` → `changes.status`)
    let known = 0;
    while (
      known < segments.length - 1 &&
      detailChildren(event, segments.slice(0, known + 1).join('.')).length
    )
      known++;
    const parent = segments.slice(0, known).join('.');
    const siblings = detailChildren(event, parent);
    const last = segments[known] ?? '';
    const guess = closest(last, siblings);
    ctx.add(
      [...path, key],
      'unknown-field',
      `the "${event}" event has no field "${shown}", so this filter never matches` +
        `${guess ? `; did you mean "${[...segments.slice(0, known), guess, ...segments.slice(known + 1)].join('.')}"?` : '.'}` +
        `${siblings.length ? ` ${parent ? `"${parent}" has` : 'Its fields are'}: ${list(siblings)}` : ''}`,
    );
  }
};
