import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from '../../functions/webhooks/webhooks';
import { clientFor } from './harness';

/**
 * The real thing: `dynaris serve --data-dir` as a child process, killed with SIGKILL while leads and webhook
 * deliveries are being written and their runs are in flight, then started again on the same data dir. Every
 * acknowledged write must be there and every run must have completed exactly once (one email per run, counted in the
 * outbox). Bounded: two kills, about 60 writes, 127.0.0.1 only.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/dynaris.js');
const ENV = {
  DYNARIS_API_KEY: 'dyn_local_crash_key_0123456789',
  DYNARIS_WEBHOOK_SECRET: 'crash-webhook-secret-0123456789',
  DYNARIS_TENANT_ID: 'local',
  HOST: '127.0.0.1',
};

interface Served {
  readonly child: ChildProcess;
  readonly url: string;
  readonly output: () => string;
}

const serve = (dataDir: string): Promise<Served> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir], {
      cwd: ROOT,
      env: { ...process.env, ...ENV, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`serve did not start within 300 s:\n${output}`)),
      180_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running locally at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before it was ready:\n${output}`));
    });
  });

const kill9 = (served: Served): Promise<void> =>
  new Promise((resolve) => {
    served.child.removeAllListeners('exit');
    served.child.once('exit', () => resolve());
    served.child.kill('SIGKILL');
  });

const LEAD_WORKFLOW = {
  name: 'Welcome leads',
  trigger: { type: 'event', event: 'lead.created' },
  steps: [
    {
      id: 'welcome',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Welcome', body: 'Hello {{trigger.lead.name}}' },
    },
    { id: 'note', action: 'crm.addNote', input: { leadId: '{{trigger.lead.id}}', text: 'welcomed' } },
  ],
};
const FORM_WORKFLOW = {
  name: 'Thank form senders',
  trigger: { type: 'webhook', source: 'tally' },
  steps: [
    {
      id: 'thanks',
      action: 'email.send',
      input: { to: '{{trigger.lead.email}}', subject: 'Thanks', body: 'We got your form' },
    },
  ],
};

interface Acknowledged {
  readonly leads: string[];
  readonly forms: string[];
}

/** Writes from `workers` loops until `until()` says stop; records what was acknowledged (201 / 202). */
const drive = async (served: Served, prefix: string, acked: Acknowledged, until: () => boolean) => {
  const api = clientFor(served.url, ENV.DYNARIS_API_KEY);
  let next = 0;
  const one = async (i: number) => {
    const email = `${prefix}-${i}@example.com`;
    try {
      if (i % 3 === 2) {
        const raw = JSON.stringify({
          data: { fields: [{ key: 'email', label: 'Email', type: 'INPUT_EMAIL', value: email }] },
        });
        const t = Math.floor(Date.now() / 1000);
        const res = await fetch(`${served.url}/webhooks/${ENV.DYNARIS_TENANT_ID}/tally`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: signatureHeader(
              ENV.DYNARIS_WEBHOOK_SECRET,
              t,
              { tenantId: ENV.DYNARIS_TENANT_ID, source: 'tally' },
              raw,
            ),
            [DELIVERY_HEADER]: randomUUID(),
          },
          body: raw,
        });
        if (res.status === 202) acked.forms.push(email);
      } else {
        const res = await api.post('/leads', { email, name: `${prefix} ${i}` });
        if (res.status === 201) acked.leads.push(email);
      }
    } catch {
      // The process was killed under this request: not acknowledged.
    }
  };
  const worker = async () => {
    while (!until() && next < 200) await one(next++);
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
};

interface Run {
  readonly runId: string;
  readonly status: string;
  readonly error: unknown;
}

const listAll = async <T>(api: ReturnType<typeof clientFor>, route: string): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const sep = route.includes('?') ? '&' : '?';
    const page = await api.get<{ items: T[]; nextCursor?: string }>(
      `${route}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
};

describe('crash recovery of the local runtime', () => {
  const dirs: string[] = [];
  const children: Served[] = [];
  let failed = false;
  afterEach(async () => {
    for (const served of children) {
      if (served.child.exitCode === null && served.child.signalCode === null) await kill9(served);
    }
    // A failure keeps the data dir (and each start's console output in it) for the post-mortem.
    for (const dir of dirs.splice(0)) {
      if (!failed) await rm(dir, { recursive: true, force: true });
      else {
        for (const [n, served] of children.entries())
          await writeFile(`${dir}/serve-${n}.log`, served.output());
        process.stderr.write(`crash-recovery: failed; data dir kept at ${dir}\n`);
      }
    }
    children.splice(0);
    failed = false;
  });

  it('GIVEN dynaris serve --data-dir with event and webhook workflows WHEN it is killed with SIGKILL twice during writes and runs and started again THEN every acknowledged write is present and every run completed exactly once', async () => {
    onTestFailed(() => {
      failed = true;
    });
    const dataDir = await mkdtemp(path.join(tmpdir(), 'dynaris-crash-'));
    dirs.push(dataDir);
    const start = async () => {
      const served = await serve(dataDir);
      children.push(served);
      return served;
    };
    const acked: Acknowledged = { leads: [], forms: [] };

    const t0 = Date.now();
    const mark = (what: string) => process.stderr.write(`crash-recovery: ${what} at ${Date.now() - t0} ms\n`);
    let served = await start();
    mark('started');
    let api = clientFor(served.url, ENV.DYNARIS_API_KEY);
    const ids: string[] = [];
    for (const definition of [LEAD_WORKFLOW, FORM_WORKFLOW]) {
      const created = await api.post<{ workflow: { workflowId: string } }>('/workflows', definition);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.workflow.workflowId;
      expect((await api.post(`/workflows/${id}/enable`)).status).toBe(200);
      ids.push(id);
    }

    for (const [round, target] of [
      ['a', 24],
      ['b', 48],
    ] as const) {
      let killed = false;
      let done = false;
      const writes = drive(served, round, acked, () => killed).finally(() => {
        done = true;
      });
      while (!done && acked.leads.length + acked.forms.length < target)
        await new Promise((r) => setTimeout(r, 5));
      await kill9(served);
      killed = true;
      await writes;
      mark(`killed in round ${round}`);
      served = await start();
      mark('restarted');
    }

    api = clientFor(served.url, ENV.DYNARIS_API_KEY);
    const emails = async () =>
      (await api.get<{ items: { to: string[]; subject: string }[] }>('/outbox?kind=email')).body.items.map(
        (m) => `${m.subject} ${m.to.join(',')}`,
      );
    const runsOf = async (id: string) => listAll<Run>(api, `/workflows/${id}/runs`);
    // Settled: every acknowledged write's email is out and no run is still going. The bound only stops a test that
    // would otherwise wait forever; on a loaded machine the runs resumed after the last start take their time.
    const deadline = Date.now() + 300_000;
    for (;;) {
      const runs = [...(await runsOf(ids[0] as string)), ...(await runsOf(ids[1] as string))];
      const sent = await emails();
      const allSent = [
        ...acked.leads.map((e) => `Welcome ${e}`),
        ...acked.forms.map((e) => `Thanks ${e}`),
      ].every((e) => sent.includes(e));
      if (allSent && runs.every((r) => r.status !== 'running')) break;
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }

    mark('settled');
    const leads = await listAll<{ email: string }>(api, '/leads');
    const stored = leads.map((l) => l.email);
    for (const email of acked.leads) expect(stored, `lead ${email}`).toContain(email);
    expect(new Set(stored).size, 'no lead stored twice').toBe(stored.length);

    const sent = await emails();
    const count = (line: string) => sent.filter((s) => s === line).length;
    const expected = [...acked.leads.map((e) => `Welcome ${e}`), ...acked.forms.map((e) => `Thanks ${e}`)];
    const [leadRuns, formRuns] = [await runsOf(ids[0] as string), await runsOf(ids[1] as string)];
    mark(
      `acknowledged ${acked.leads.length} leads + ${acked.forms.length} webhooks; stored ${stored.length} leads; ` +
        `${leadRuns.length + formRuns.length} runs, ${sent.length} emails`,
    );
    const notOnce = expected.filter((line) => count(line) !== 1).map((line) => `${line} x${count(line)}`);
    const unfinished = [...leadRuns, ...formRuns]
      .filter((r) => r.status !== 'succeeded')
      .map((r) => `${r.runId} ${r.status} ${JSON.stringify(r.error)}`);
    // What went wrong, with the last start's console, in the failure message.
    expect({ notOnce, unfinished }, served.output().slice(-6_000)).toEqual({ notOnce: [], unfinished: [] });
    expect(new Set(sent).size, 'no email sent twice').toBe(sent.length);
    // One run per event, one email per run: nothing ran twice.
    expect(leadRuns.length).toBe(sent.filter((s) => s.startsWith('Welcome ')).length);
    expect(formRuns.length).toBe(sent.filter((s) => s.startsWith('Thanks ')).length);
    expect(acked.leads.length + acked.forms.length).toBeGreaterThanOrEqual(48);
  }, 900_000);
});
