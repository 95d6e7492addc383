import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rememberTimedOut } from '../../functions/engine/execution';
import { BoundedLog } from '../../infra/local/bounded-log';
import { Outbox } from '../../infra/local/outbox';

describe('BoundedLog (what the local runtime keeps in memory of its bus archive and outbox)', () => {
  it('GIVEN a bound in count WHEN more entries are pushed THEN only the newest are kept, oldest first', () => {
    const log = new BoundedLog<number>(3, 1_000_000);
    for (let i = 1; i <= 5; i++) log.push(i);
    expect(log.all).toEqual([3, 4, 5]);
    expect(log.size).toEqual({ count: 3, bytes: 3 });
  });

  it('GIVEN a bound in bytes WHEN large entries are pushed THEN the bytes held stay within it and the newest is always kept', () => {
    const log = new BoundedLog<string>(1_000, 100);
    for (let i = 0; i < 10; i++) log.push(`${i}`.repeat(30));
    expect(log.size.bytes).toBeLessThanOrEqual(100);
    expect(log.all.at(-1)).toBe('9'.repeat(30));
    expect(log.all).toHaveLength(3);
    log.push('x'.repeat(500));
    expect(log.all).toEqual(['x'.repeat(500)]);
  });

  it('GIVEN entries already held WHEN replaced by a longer list THEN the newest of it within the bounds are kept', () => {
    const log = new BoundedLog<number>(2, 1_000);
    log.push(1);
    log.replace([7, 8, 9]);
    expect(log.all).toEqual([8, 9]);
    expect(log.size).toEqual({ count: 2, bytes: 2 });
  });
});

describe('timed-out task tokens the engine remembers', () => {
  it('GIVEN more than 10,000 timed-out tokens WHEN another times out THEN the oldest is forgotten and the newest kept', () => {
    const tokens = new Set<string>();
    for (let i = 0; i <= 10_000; i++) rememberTimedOut(tokens, `t${i}`);
    expect(tokens.size).toBe(10_000);
    expect(tokens.has('t0')).toBe(false);
    expect(tokens.has('t1')).toBe(true);
    expect(tokens.has('t10000')).toBe(true);
  });

  it('GIVEN the outbox as the runtime makes it WHEN 6 MiB of emails are recorded THEN memory keeps the newest within 1 MiB of JSON', () => {
    const outbox = new Outbox();
    const text = 'x'.repeat(3_000);
    for (let i = 0; i < 2_000; i++) {
      outbox.record({
        kind: 'email',
        tenantId: 't1',
        at: `${i}`,
        delivered: true,
        to: ['a@example.com'],
        subject: `#${i}`,
        text,
      });
    }
    const kept = outbox.list();
    const bytes = kept.reduce((sum, message) => sum + JSON.stringify(message).length, 0);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(1024 * 1024 - 4_000);
    expect(kept.length).toBeGreaterThan(300);
    expect(kept.at(-1)?.subject).toBe('#1999');
  });
});

/** An email the outbox records, sent with idempotency key `key` (also its time, so keys sort as sent). */
const emailWithKey = (tenantId: string, key: string) => ({
  kind: 'email' as const,
  tenantId,
  at: key,
  delivered: false,
  messageId: `m-${tenantId}-${key}`,
  headers: { 'X-Dynaris-Idempotency-Key': key },
});

describe('BoundedLog past its bounds, and the outbox index of emails by idempotency key', () => {
  it('GIVEN a log far past its count bound WHEN entries keep coming THEN it holds exactly the newest, tells of every dropped one in order, and its view stays oldest first', () => {
    const dropped: number[] = [];
    const log = new BoundedLog<number>(5, 1_000_000, (n) => dropped.push(n));
    for (let i = 0; i < 5_000; i++) {
      log.push(i);
      if (i % 997 === 0)
        expect(log.all).toEqual(Array.from({ length: Math.min(5, i + 1) }, (_, k) => i - Math.min(4, i) + k));
    }
    expect(log.all).toEqual([4995, 4996, 4997, 4998, 4999]);
    expect(log.size).toEqual({ count: 5, bytes: 20 });
    expect(dropped).toEqual(Array.from({ length: 4995 }, (_, k) => k));
  });

  it('GIVEN emails recorded with idempotency keys WHEN their messages leave memory THEN each key is found by its own tenant only until the newest keys push it out, and clearing a tenant forgets its keys', () => {
    const outbox = new Outbox(1, undefined, 1024 * 1024, 3);
    const email = (tenantId: string, key: string) => outbox.record(emailWithKey(tenantId, key));
    email('t1', 'k1');
    email('t2', 'k1');
    expect(outbox.list()).toHaveLength(1);
    expect(outbox.emailWithKey('t1', 'k1')?.messageId).toBe('m-t1-k1');
    expect(outbox.emailWithKey('t2', 'k1')?.messageId).toBe('m-t2-k1');
    expect(outbox.emailWithKey('t3', 'k1')).toBeUndefined();
    email('t1', 'k2');
    email('t1', 'k3');
    expect(outbox.emailWithKey('t1', 'k1')).toBeUndefined();
    expect(outbox.emailWithKey('t2', 'k1')?.messageId).toBe('m-t2-k1');
    outbox.clear('t2');
    expect(outbox.emailWithKey('t2', 'k1')).toBeUndefined();
    expect(outbox.emailWithKey('t1', 'k3')?.messageId).toBe('m-t1-k3');
  });

  it('GIVEN an outbox file holding more than memory WHEN one tenant is cleared THEN the file keeps every message of the others, and a restart finds their keys', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'outbox-'));
    try {
      const file = join(dir, 'outbox.jsonl');
      const outbox = new Outbox(2, file);
      for (const [tenantId, key] of [
        ['t1', 'a'],
        ['t2', 'a'],
        ['t1', 'b'],
        ['t2', 'b'],
        ['t2', 'c'],
      ] as const) {
        outbox.record(emailWithKey(tenantId, key));
      }
      expect(outbox.clear('t2')).toBe(2);
      const again = new Outbox(10, file);
      await again.load();
      expect(again.list().map((m) => m.messageId)).toEqual(['m-t1-a', 'm-t1-b']);
      expect(again.emailWithKey('t1', 'a')?.messageId).toBe('m-t1-a');
      expect(again.emailWithKey('t2', 'a')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
