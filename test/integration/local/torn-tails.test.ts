import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBus } from '../../../infra/local/bus';
import { openDataDir } from '../../../infra/local/data-dir';
import { StartJournal } from '../../../infra/local/start-journal';

/**
 * A kill can cut the last line of an append-only file of the data dir. At the next start, runs resumed from the
 * executions snapshot publish events (and start workflows) before the start-up reads the archive, the delivery log
 * and the start journal: appended after the torn line, the first of them was glued to it, and the start after read a
 * damaged line in the middle of the file (DataFileError: the runtime would not start until the file was moved aside,
 * every event and start in it lost). The torn lines are dropped when the data dir is opened, before anything appends.
 */

const CLOCK = { now: () => new Date('2026-12-05T10:00:00.000Z') };
const event = (id: string) => ({
  id,
  source: 'dynaris.crm',
  detailType: 'lead.created',
  time: '2026-12-05T10:00:00.000Z',
  detail: { tenantId: 't', lead: { id } },
  publishedAt: '2026-12-05T10:00:00.000Z',
});
const MACHINE = 'arn:aws:states:us-east-1:000000000000:stateMachine:m';
const start = (name: string) => ({
  executionArn: `${MACHINE.replace(':stateMachine:', ':execution:')}:${name}`,
  stateMachineArn: MACHINE,
  name,
  input: { context: { tenantId: 't' } },
});

describe('append-only files of a data dir whose last line a kill cut short', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dynaris-torn-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('GIVEN an archive and a delivery log ending with a cut line WHEN the data dir is opened and a resumed run publishes before the start-up reads them THEN every event is read and the event is delivered', async () => {
    const archive = path.join(dir, 'events.jsonl');
    const deliveries = path.join(dir, 'deliveries.jsonl');
    await writeFile(archive, `${JSON.stringify(event('e1'))}\n{"id":"e2","sou`);
    await writeFile(deliveries, `{"id":"e1","target":"other"}\n{"id":"e1","tar`);
    await openDataDir(dir);
    const delivered: string[] = [];
    const bus = new LocalBus({ clock: CLOCK, archiveFile: archive, deliveryFile: deliveries });
    bus.addTarget({ name: 'dispatcher', handle: async (e) => void delivered.push(e.id) });
    await bus.publish([{ ...event('e3'), id: 'e3' }]);
    await bus.flush();
    await bus.deliverPending();
    await bus.flush();
    expect(delivered.sort()).toEqual(['e1', 'e3']);
    expect((await readFile(archive, 'utf8')).split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('GIVEN a start journal ending with a cut line WHEN the data dir is opened and a start is recorded before the journal is read THEN the journal reads that start', async () => {
    const file = path.join(dir, 'starts.jsonl');
    await writeFile(file, `${JSON.stringify(start('a'))}\n{"executionArn":"arn:aws:sta`);
    await openDataDir(dir);
    const journal = new StartJournal(file);
    await journal.record(start('b'));
    expect((await journal.load()).map((e) => e.name).sort()).toEqual(['a', 'b']);
  });

  it('GIVEN a file whose last record was written without its newline WHEN the data dir is opened THEN the record is kept and the next append starts a line of its own', async () => {
    const file = path.join(dir, 'starts.jsonl');
    await writeFile(file, JSON.stringify(start('a')));
    await openDataDir(dir);
    await appendFile(file, `${JSON.stringify(start('b'))}\n`);
    expect((await new StartJournal(file).load()).map((e) => e.name)).toEqual(['a', 'b']);
  });
});
