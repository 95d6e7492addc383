import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FinishedExecution, MemoryFinishedExecutions } from '../../../functions/engine/finished';
import { SpilledFinishedExecutions } from '../../../infra/local/finished-spill';

/**
 * `dynaris serve --tiered-store`'s and `--disk-store`'s finished executions (infra/local/finished-spill.ts) answer as the engine's in-memory store: the
 * same records read back, the same ones forgotten at the same bounds, the same summaries; only the newest JSON stays
 * in the heap, the rest is in files written a batch at a time, and a file is deleted once all in it are forgotten.
 */

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'finished-spill-test-'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const record = (n: number, size: number, redrives = 0): FinishedExecution =>
  ({
    arn: `arn:aws:states:eu-west-1:000000000000:execution:machine:run-${n}`,
    name: `run-${n}`,
    stateMachineArn: 'arn:aws:states:eu-west-1:000000000000:stateMachine:machine',
    machine: { type: 'STANDARD', version: 'v1' },
    input: JSON.stringify({ n, pad: 'x'.repeat(size) }),
    startDate: 1_000 + n,
    stopDate: 2_000 + n,
    status: 'SUCCEEDED',
    output: '{"ok":true}',
    redriveCount: redrives,
    timeline: [],
    history: [{ type: 'ExecutionStarted', n }],
    mapRuns: [],
  }) as unknown as FinishedExecution;

let folders = 0;

describe("dynaris serve's finished executions, mostly in files", () => {
  it('GIVEN random puts and re-puts (redrives) of executions of random sizes WHEN each is read back, as they are written and after THEN every answer, the forgotten ones and the summaries equal the in-memory store', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ n: fc.integer({ min: 0, max: 30 }), size: fc.integer({ min: 0, max: 3000 }) }), {
          minLength: 1,
          maxLength: 60,
        }),
        async (puts) => {
          const limits = { maxBytes: 20_000, maxCount: 12 };
          const memory = new MemoryFinishedExecutions(limits);
          folders += 1;
          const folder = path.join(parent, `f${folders}`);
          const spilled = new SpilledFinishedExecutions(folder, { ...limits, heapBytes: 3_000 });
          const check = () => {
            for (let n = 0; n <= 30; n++) {
              const arn = record(n, 0).arn;
              expect(spilled.has(arn)).toBe(memory.has(arn));
              expect(spilled.get(arn)).toEqual(memory.get(arn));
            }
            expect([...spilled.summaries()]).toEqual([...memory.summaries()]);
          };
          for (const [i, { n, size }] of puts.entries()) {
            memory.put(record(n, size, i));
            spilled.put(record(n, size, i));
            check();
          }
          await spilled.idle();
          check();
          expect(spilled.size.heapBytes).toBeLessThanOrEqual(3_000 + 3_500);
          // A file per held execution whose JSON left the heap, none for the forgotten ones.
          const files = await readdir(folder);
          expect(files.length).toBeLessThanOrEqual(spilled.size.count);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('GIVEN 50 executions of 1 KB with 5 KB of heap WHEN they are written THEN all but the newest few are read back from files', async () => {
    const folder = path.join(parent, 'fifty');
    const spilled = new SpilledFinishedExecutions(folder, { heapBytes: 5_000 });
    for (let n = 0; n < 50; n++) spilled.put(record(n, 1_000));
    await spilled.idle();
    expect(spilled.size.count).toBe(50);
    expect(spilled.size.heapBytes).toBeLessThanOrEqual(5_000);
    expect((await readdir(folder)).length).toBe(spilled.size.files);
    for (let n = 0; n < 50; n++) expect(spilled.get(record(n, 0).arn)).toEqual(record(n, 1_000));
  });

  it('GIVEN 1,000 executions of 1 KB with 64 KB of heap, the store keeping 300 WHEN they are written THEN their JSON goes to disk in batches, a file per batch of at least 16 KB, and the files of forgotten ones are deleted', async () => {
    const folder = path.join(parent, 'batches');
    const spilled = new SpilledFinishedExecutions(folder, { heapBytes: 64_000, maxCount: 300 });
    for (let n = 0; n < 1_000; n++) spilled.put(record(n, 1_000));
    await spilled.idle();
    const files = await readdir(folder);
    expect(files.length).toBe(spilled.size.files);
    // 300 held of ~1.2 KB, 64 KB of them in the heap: ~280 KB on disk, in files of at least 16 KB (the oldest partly forgotten); a file each would be ~240.
    expect(files.length).toBeLessThanOrEqual(25);
    expect(spilled.get(record(699, 0).arn)).toBeUndefined();
    for (let n = 700; n < 1_000; n++) expect(spilled.get(record(n, 0).arn)).toEqual(record(n, 1_000));
  });
});
