import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../functions/engine/clock';
import { LocalBus } from '../../../infra/local/bus';
import { answerSoon, currentLane, inLane, urgentWhile } from '../../../infra/local/dynalite/callbacks';
import { ReadWriteLock } from '../../../infra/local/dynalite/lock';
import { serveHttp } from '../../../infra/local/http-server';
import { createLocalInvoker } from '../../../infra/local/invoker';

/**
 * The local runtime's two lanes of storage callbacks (infra/local/dynalite/callbacks.ts): a run's task invocations
 * are background work, whose storage steps give the event loop its turn every few milliseconds; HTTP requests and
 * the bus's deliveries (the dispatcher's starts) are the front, whose steps never wait behind them.
 */

/** Keeps the CPU busy past the background slice (4 ms), so that background callbacks are deferred. */
const spin = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
};

describe('storage callbacks: the front lane and the background', () => {
  it('GIVEN background work past its slice of the loop turn WHEN a front request and more background work are answered THEN the front one runs first, before the deferred background ones, which still all run', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      setImmediate(() => {
        // A fresh turn of the loop: its slice starts now.
        inLane('background', () => {
          answerSoon(() => order.push('background early'));
          spin(10);
          answerSoon(() => order.push('background late 1'));
          answerSoon(() => order.push('background late 2'));
        });
        inLane('front', () => answerSoon(() => order.push('front')));
        setImmediate(() => setImmediate(resolve));
      });
    });
    await done;
    expect(order).toEqual(['background early', 'front', 'background late 1', 'background late 2']);
  });

  it('GIVEN more deferred background callbacks than one slice can answer WHEN the loop turns THEN other work queued for the next turn gets in between them, and every one is answered once, in order', async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        inLane('background', () => {
          answerSoon(() => order.push('opens the slice'));
          spin(10); // this turn's slice is over: every answer below is deferred
          for (let i = 0; i < 20; i++)
            answerSoon(() => {
              order.push(`b${i}`);
              spin(1);
            });
        });
        setImmediate(() => order.push('next turn'));
        const wait = () =>
          order.filter((o) => o.startsWith('b')).length < 20 ? setImmediate(wait) : resolve();
        setImmediate(wait);
      });
    });
    const marker = order.indexOf('next turn');
    expect(marker).toBeGreaterThan(0);
    expect(marker).toBeLessThan(order.length - 1);
    expect(order.filter((o) => o !== 'next turn')).toEqual([
      'opens the slice',
      ...Array.from({ length: 20 }, (_, i) => `b${i}`),
    ]);
  });

  it('GIVEN a callback deferred in the background with its async context WHEN it is answered in a later turn THEN it runs in that context', async () => {
    const seen: (string | undefined)[] = [];
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        inLane('background', () => {
          answerSoon(() => undefined);
          spin(10);
          answerSoon(() => {
            seen.push(currentLane());
            resolve();
          });
        });
      });
    });
    expect(seen).toEqual(['background']);
  });

  it('GIVEN the local invoker WHEN it runs a task THEN the task runs as background work', async () => {
    const seen: (string | undefined)[] = [];
    const invoke = createLocalInvoker({
      functions: new Map([
        [
          'arn:aws:lambda:us-east-1:000000000000:function:probe',
          async () => {
            seen.push(currentLane());
            return {};
          },
        ],
      ]),
      dynamodb: {} as DynamoDBClient,
      bus: { publish: async () => {} },
    });
    await invoke({
      kind: 'function',
      resource: 'arn:aws:lambda:us-east-1:000000000000:function:probe',
      payload: { tenantId: 't1' },
      executionArn: 'arn:x',
      stateName: 'Probe',
      attempt: 0,
    });
    expect(seen).toEqual(['background']);
  });

  it('GIVEN an event a task publishes in the background WHEN the bus delivers it THEN its target (the dispatcher) runs in the front lane', async () => {
    const bus = new LocalBus({ clock: new VirtualClock(new Date('2026-03-02T08:00:00.000Z')) });
    const seen: (string | undefined)[] = [];
    bus.addTarget({ name: 'dispatcher', handle: async () => void seen.push(currentLane()) });
    await inLane('background', () =>
      bus.publish([{ detailType: 'lead.created', source: 'dynaris.lead', detail: { tenantId: 't1' } }]),
    );
    await bus.flush();
    expect(seen).toEqual(['front']);
  });
  it('GIVEN work in no lane (a timer, a sweep) past its slice WHEN front work is answered after it THEN the front one runs first: only HTTP requests and deliveries are front work', async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        answerSoon(() => order.push('sweep early'));
        spin(10);
        answerSoon(() => order.push('sweep late'));
        inLane('front', () => answerSoon(() => order.push('front')));
        setImmediate(() => setImmediate(resolve));
      });
    });
    expect(order).toEqual(['sweep early', 'front', 'sweep late']);
  });

  it('GIVEN the local HTTP server WHEN a request comes in THEN its handler runs in the front lane', async () => {
    const seen: (string | undefined)[] = [];
    const server = await serveHttp({
      port: 0,
      handle: async () => {
        seen.push(currentLane());
        return { statusCode: 200, body: '' };
      },
    });
    try {
      await inLane('background', () => fetch(`${server.url}/hello`).then((res) => res.arrayBuffer()));
    } finally {
      await server.close();
    }
    expect(seen).toEqual(['front']);
  });
  it('GIVEN deferred background callbacks WHEN a transaction waits for the store lock THEN they are all answered in the next turn, without yielding between them (the front waits for them through the lock)', async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        inLane('background', () => {
          answerSoon(() => order.push('opens the slice'));
          spin(10);
          for (let i = 0; i < 10; i++)
            answerSoon(() => {
              order.push(`b${i}`);
              spin(1);
            });
        });
        const calm = urgentWhile();
        setImmediate(() => order.push('next turn'));
        setImmediate(() =>
          setImmediate(() => {
            calm();
            resolve();
          }),
        );
      });
    });
    expect(order).toEqual(['opens the slice', ...Array.from({ length: 10 }, (_, i) => `b${i}`), 'next turn']);
  });

  it('GIVEN a writer waiting for the store lock behind a background reader WHEN the next storage step of the reader comes past its slice THEN it is answered at once, and deferred again once the writer is done', async () => {
    const lock = new ReadWriteLock();
    const order: string[] = [];
    /** One background step past the slice, then a tick queued after it: which runs first says if it was deferred. */
    const stepPastSlice = (label: string) =>
      new Promise<void>((resolve) => {
        setImmediate(() => {
          inLane('background', () => {
            answerSoon(() => undefined);
            spin(10);
            answerSoon(() => order.push(label));
          });
          process.nextTick(() => order.push('tick'));
          setImmediate(() => setImmediate(resolve));
        });
      });
    const releaseReader = await lock.acquire(false);
    const writer = lock.acquire(true);
    await stepPastSlice('while the writer waits');
    releaseReader();
    (await writer)();
    await stepPastSlice('after the writer');
    expect(order).toEqual(['while the writer waits', 'tick', 'tick', 'after the writer']);
  });
  it('GIVEN no background work waiting WHEN front work comes past its slice THEN it waits its turn like any other (nothing to pass)', async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      setImmediate(() => {
        inLane('front', () => {
          answerSoon(() => order.push('front early'));
          spin(10);
          answerSoon(() => order.push('front late'));
        });
        process.nextTick(() => order.push('tick'));
        setImmediate(() => setImmediate(resolve));
      });
    });
    expect(order).toEqual(['front early', 'tick', 'front late']);
  });
});
