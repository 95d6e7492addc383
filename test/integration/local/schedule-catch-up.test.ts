import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import type { ScheduleSpec } from '../../../functions/shared/deployment-ports';
import { DataFileError } from '../../../infra/local/data-files';
import { openScheduleLedger } from '../../../infra/local/schedule-ledger';
import { LocalScheduler, type ScheduleFire } from '../../../infra/local/scheduler';

const START = new Date('2026-03-02T08:00:00.000Z');
const MINUTE = 60_000;
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};

const spec = (name: string, expression: string, over: Partial<ScheduleSpec> = {}): ScheduleSpec => ({
  name,
  groupName: 'g',
  expression,
  timezone: 'UTC',
  description: name,
  flexibleWindow: { mode: 'OFF' },
  target: {
    arn: 'arn:sm',
    roleArn: 'arn:role',
    input: JSON.stringify({ trigger: { scheduledTime: '<aws.scheduler.scheduled-time>' } }),
    retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 10 },
  },
  state: 'ENABLED',
  ...over,
});

/** One process's scheduler on the data dir's ledger: what it started and what it reported. */
const processOn = async (file: string, clock: VirtualClock) => {
  const started: string[] = [];
  const fires: ScheduleFire[] = [];
  const scheduler = new LocalScheduler({
    clock,
    ledger: await openScheduleLedger(file),
    onFire: (fire) => void fires.push(fire),
    engine: {
      startExecution: async (request) => {
        started.push((request.input as { trigger: { scheduledTime: string } }).trigger.scheduledTime);
        return { executionArn: `arn:${request.name}`, alreadyStarted: false };
      },
    },
  });
  return { scheduler, started, fires };
};

const runUntil = async (clock: VirtualClock, until: Date) => {
  await settle();
  while ((clock.nextDue() ?? Number.POSITIVE_INFINITY) <= until.getTime()) {
    clock.fireNext();
    await settle();
  }
  clock.advanceTo(until);
  await settle();
};

const ledgerFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'dynaris-ledger-')), 'schedules.json');

describe('local scheduler across a restart of the process', () => {
  it('GIVEN a schedule whose fire fell while the process was stopped WHEN the next process arms it within the retry window THEN that fire is made up once, late, with its own scheduled time, and the schedule goes on', async () => {
    const file = ledgerFile();
    const clock = new VirtualClock(START);
    const first = await processOn(file, clock);
    await first.scheduler.create(spec('quarter', 'cron(0/15 * * * ? *)'));
    await runUntil(clock, new Date(START.getTime() + 20 * MINUTE));
    first.scheduler.stopAll();
    expect(first.started).toEqual(['2026-03-02T08:15:00.000Z']);

    clock.advanceTo(START.getTime() + 50 * MINUTE); // stopped over 08:30 and 08:45
    const second = await processOn(file, clock);
    await second.scheduler.create(spec('quarter', 'cron(0/15 * * * ? *)'));
    await runUntil(clock, new Date(START.getTime() + 61 * MINUTE));
    second.scheduler.stopAll();

    expect(second.started).toEqual([
      '2026-03-02T08:30:00.000Z',
      '2026-03-02T08:45:00.000Z',
      '2026-03-02T09:00:00.000Z',
    ]);
    expect(second.fires.map((f) => f.late ?? false)).toEqual([true, true, false]);

    const third = await processOn(file, clock);
    await third.scheduler.create(spec('quarter', 'cron(0/15 * * * ? *)'));
    await runUntil(clock, new Date(START.getTime() + 62 * MINUTE));
    expect(third.started).toEqual([]);
    third.scheduler.stopAll();
  });

  it('GIVEN fires missed longer ago than the target’s maximum event age WHEN the process starts again THEN only those Scheduler would still deliver are made up', async () => {
    const file = ledgerFile();
    const clock = new VirtualClock(START);
    const first = await processOn(file, clock);
    const hourly = spec('hourly', 'cron(0 * * * ? *)', {
      target: {
        ...spec('x', 'rate(1 hour)').target,
        retryPolicy: { maximumEventAgeInSeconds: 7200, maximumRetryAttempts: 3 },
      },
    });
    await first.scheduler.create(hourly);
    first.scheduler.stopAll();

    clock.advanceTo(new Date('2026-03-02T14:30:00.000Z')); // 09:00 … 14:00 missed; 2 h window from 12:30
    const second = await processOn(file, clock);
    await second.scheduler.create(hourly);
    await settle();
    second.scheduler.stopAll();
    expect(second.started).toEqual(['2026-03-02T13:00:00.000Z', '2026-03-02T14:00:00.000Z']);
  });

  it('GIVEN a rate schedule WHEN the process starts again THEN its fires keep counting from when it was created, not from the restart', async () => {
    const file = ledgerFile();
    const clock = new VirtualClock(new Date(START.getTime() + 7 * MINUTE));
    const first = await processOn(file, clock);
    await first.scheduler.create(spec('every-10', 'rate(10 minutes)'));
    first.scheduler.stopAll();

    clock.advanceTo(START.getTime() + 8 * MINUTE);
    const second = await processOn(file, clock);
    await second.scheduler.create(spec('every-10', 'rate(10 minutes)'));
    expect(second.scheduler.nextFire('g', 'every-10')?.toISOString()).toBe('2026-03-02T08:17:00.000Z');
    second.scheduler.stopAll();
  });

  it('GIVEN a schedule disabled while the process was stopped, and one deleted WHEN the process starts again THEN neither makes up a fire, and the deleted one leaves the ledger', async () => {
    const file = ledgerFile();
    const clock = new VirtualClock(START);
    const first = await processOn(file, clock);
    await first.scheduler.create(spec('paused', 'cron(0/15 * * * ? *)'));
    await first.scheduler.create(spec('gone', 'cron(0/15 * * * ? *)'));
    await first.scheduler.delete('g', 'gone');
    first.scheduler.stopAll();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).schedules)).toEqual(['g/paused']);

    clock.advanceTo(START.getTime() + 40 * MINUTE);
    const second = await processOn(file, clock);
    await second.scheduler.create(spec('paused', 'cron(0/15 * * * ? *)', { state: 'DISABLED' }));
    await second.scheduler.update(spec('paused', 'cron(0/15 * * * ? *)'));
    await runUntil(clock, new Date(START.getTime() + 46 * MINUTE));
    second.scheduler.stopAll();
    expect(second.started).toEqual(['2026-03-02T08:45:00.000Z']);
  });

  it('GIVEN a schedule the ledger remembers that no longer exists WHEN the next process has armed its schedules THEN the ledger forgets it, and a schedule created later under that name makes up no fire of the old one', async () => {
    const file = ledgerFile();
    const clock = new VirtualClock(START);
    const first = await processOn(file, clock);
    await first.scheduler.create(spec('kept', 'cron(0/15 * * * ? *)'));
    await first.scheduler.create(spec('orphan', 'cron(0/15 * * * ? *)'));
    first.scheduler.stopAll();

    clock.advanceTo(START.getTime() + 20 * MINUTE);
    const second = await processOn(file, clock);
    await second.scheduler.create(spec('kept', 'cron(0/15 * * * ? *)'));
    second.scheduler.forgetUnarmed();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).schedules)).toEqual(['g/kept']);
    await second.scheduler.create(spec('orphan', 'cron(0/15 * * * ? *)'));
    await runUntil(clock, new Date(START.getTime() + 21 * MINUTE));
    second.scheduler.stopAll();
    // Only kept's 08:15, missed while stopped, is made up; the new orphan fires from its creation on.
    expect(second.started).toEqual(['2026-03-02T08:15:00.000Z']);
  });

  it('GIVEN a damaged ledger file WHEN the data dir is opened THEN the start stops with an error naming the file, what to do and what is lost without it', async () => {
    const file = ledgerFile();
    writeFileSync(file, '{"schedules": {"g/x": {"createdAt": "yesterday"}}}');
    const opening = openScheduleLedger(file);
    await expect(opening).rejects.toBeInstanceOf(DataFileError);
    await expect(opening).rejects.toThrow(
      /schedules\.json: the entry of schedule g\/x is not valid.*missed while the process was down/,
    );
    writeFileSync(file, '{"schedules": 3}');
    await expect(openScheduleLedger(file)).rejects.toThrow(
      /schedules\.json: has no "schedules" object \(the file is damaged\)\. Move the file out of the data directory .*; without it schedules fire again/,
    );
  });
});
