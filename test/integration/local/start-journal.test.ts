import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartJournal } from '../../../infra/local/start-journal';

/**
 * The start journal's rewrite at the end of a start-up drops what the stopped process left and no execution took
 * over, but never a start this process is making: that one is recorded before its execution exists.
 */

const MACHINE = 'arn:aws:states:us-east-1:000000000000:stateMachine:m';
const entry = (name: string) => ({
  executionArn: `${MACHINE.replace(':stateMachine:', ':execution:')}:${name}`,
  stateMachineArn: MACHINE,
  name,
  input: { context: { tenantId: 't' } },
});

describe('the start journal rewritten at start-up', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-journal-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN a journal with a start the stopped process left and one resumed WHEN a start this process records is not in the engine yet as the file is rewritten with the running executions THEN the next start finds the new start and the resumed one, not the leftover', async () => {
    const file = path.join(dir, 'starts.jsonl');
    const stopped = new StartJournal(file);
    await stopped.record(entry('left-over'));
    await stopped.record(entry('resumed'));

    const journal = new StartJournal(file);
    expect((await journal.load()).map((e) => e.name)).toEqual(['left-over', 'resumed']);
    const recording = journal.record(entry('new-start'));
    // The engine runs only the resumed execution; the new start waits for its record before it runs.
    await journal.keepOnly((e) => e.executionArn === entry('resumed').executionArn);
    await recording;

    const next = new StartJournal(file);
    expect((await next.load()).map((e) => e.name).sort()).toEqual(['new-start', 'resumed']);
  });

  it('GIVEN a start this process recorded WHEN its execution ended THEN the next start does not make it again', async () => {
    const file = path.join(dir, 'starts.jsonl');
    const journal = new StartJournal(file);
    await journal.load();
    await journal.record(entry('done'));
    journal.onEngineEvent({
      type: 'ExecutionFinished',
      executionArn: entry('done').executionArn,
      name: 'done',
      status: 'SUCCEEDED',
      at: '2026-12-05T10:00:00.000Z',
    });
    await journal.keepOnly(() => false);
    expect(await new StartJournal(file).load()).toEqual([]);
  });
});
