/**
 * The business data layer under contention, on dynalite behind the transaction shim (loopback; absolute figures
 * are local, the shape is what counts): booking and invoice-number transactions that race, lead creation, and a
 * knowledge search over 500 entries.
 *
 *   npx tsx bench/data.ts
 */
import { performance } from 'node:perf_hooks';
import { createBookingRepository } from '../functions/data/bookings';
import { createInvoiceRepository } from '../functions/data/invoices';
import { createKnowledgeRepository } from '../functions/data/knowledge';
import { createLeadRepository } from '../functions/data/leads';
import { startTestDatabase } from '../test/support/dynalite';

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

const main = async () => {
  const db = await startTestDatabase();
  const clock = { now: () => new Date() };
  try {
    const leads = createLeadRepository({ db, clock });
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++)
      latencies.push(
        (await timed(() => leads.create('bench', { email: `l${i}@x.io`, tags: ['a', 'b'] })))[1],
      );
    latencies.sort((a, b) => a - b);

    const invoices = createInvoiceRepository({ db, clock });
    const line = { description: 'x', quantity: 1, unitPriceCents: 100 };
    const [created, invoiceMs] = await timed(() =>
      Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          invoices.create('bench', { customerEmail: `c${i}@x.io`, currency: 'EUR', lines: [line] }),
        ),
      ),
    );
    const numbers = created.map((c) => c.sequence ?? 0).sort((a, b) => a - b);
    const gapless = numbers.every((n, i) => n === i + 1);

    const bookings = createBookingRepository({ db, clock });
    let wins = 0;
    const [, raceMs] = await timed(async () => {
      for (let race = 0; race < 20; race++) {
        const start = new Date(Date.UTC(2027, 0, 1 + race, 10)).toISOString();
        const end = new Date(Date.UTC(2027, 0, 1 + race, 11)).toISOString();
        const outcomes = await Promise.allSettled(
          Array.from({ length: 5 }, () => bookings.create('bench', { title: 'x', start, end })),
        );
        wins += outcomes.filter((o) => o.status === 'fulfilled').length;
      }
    });

    const kb = createKnowledgeRepository({ db, clock });
    const words =
      'booking invoice refund price schedule meeting lead contact policy shipping support hours'.split(' ');
    for (let i = 0; i < 500; i++) {
      await kb.create('bench', {
        title: `Entry ${i} ${words[i % words.length]}`,
        body: Array.from({ length: 120 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' '),
      });
    }
    const searches: number[] = [];
    for (let i = 0; i < 30; i++)
      searches.push((await timed(() => kb.search('bench', 'refund policy for bookings')))[1]);
    searches.sort((a, b) => a - b);

    console.log(
      [
        'Business data (dynalite + transaction shim, loopback)',
        `  lead create (3-item transaction)     p50 ${fmt(percentile(latencies, 50))}  p99 ${fmt(percentile(latencies, 99))}`,
        `  20 concurrent invoice creates        ${fmt(invoiceMs)} total; numbers 1..20 gapless: ${gapless}`,
        `  20 races of 5 bookings for one slot  ${fmt(raceMs)} total; winners ${wins} (expected 20)`,
        `  knowledge search over 500 entries    p50 ${fmt(percentile(searches, 50))}  p99 ${fmt(percentile(searches, 99))}`,
        '',
      ].join('\n'),
    );
    if (!gapless || wins !== 20) process.exitCode = 1;
  } finally {
    await db.close();
  }
};

await main();
