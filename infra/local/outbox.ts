import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { IDEMPOTENCY_HEADER } from '../../functions/adapters/ses-mailer';
import type { Clock, HttpFetch, Mailer, OutgoingEmail } from '../../functions/shared/ports';
import { BoundedLog } from './bounded-log';
import { isObject, readJsonLines, storageWrite } from './data-files';

/**
 * What the local system would have sent: every email, Slack message and outgoing HTTP request, with its content,
 * so a person can see the effects of a run (GET /outbox). URLs that are configured to be real (SLACK_WEBHOOK_URL,
 * DYNARIS_HTTP_PASSTHROUGH prefixes) are still really called, and recorded with the answer they got.
 */

export type OutboxKind = 'email' | 'slack' | 'http';

export interface OutboxMessage {
  readonly id: string;
  readonly kind: OutboxKind;
  /** Tenant on whose behalf it was sent (known for emails and for anything sent from a task). */
  readonly tenantId: string | undefined;
  readonly at: string;
  /** Email */
  readonly from?: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly replyTo?: string;
  readonly subject?: string;
  readonly text?: string;
  readonly html?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly messageId?: string;
  /** Slack / HTTP */
  readonly url?: string;
  readonly method?: string;
  readonly body?: unknown;
  /** Whether it really left this machine, and what came back. */
  readonly delivered: boolean;
  readonly response?: { readonly status: number };
  readonly error?: string;
}

/** The tenant a piece of work runs for; the local invoker sets it around every task so fetch calls are tagged. */
export const tenantScope = new AsyncLocalStorage<string>();

/** Messages held in memory, in bytes of JSON: about 750 lead follow-up emails, reached before 1k lead runs. */
const MAX_HELD_BYTES = 1024 * 1024;
/** Idempotency keys remembered: the window in which a retried send finds its first one (see Outbox). */
const MAX_KEYS = 3_000;

export class Outbox {
  /**
   * The newest messages as their JSON text: a string costs its length, the message as objects about 1.4 times
   * its JSON (5.8 MB of heap for 4 MiB of JSON, heap snapshot at 4k lead runs). GET /outbox parses them.
   */
  private readonly messages: BoundedLog<string>;
  /**
   * The message id of the email recorded first for each tenant and idempotency key, the newest `maxKeys` keys: every
   * send looks its key up. Kept apart from the messages, so the window of de-duplication does not shrink with what
   * memory holds of their content (3,000 keys: the emails of a minute at 50 a second).
   */
  private readonly keyed = new Map<string, string>();

  /**
   * With a file (--data-dir), every message is appended to it before the send returns, and reloaded by load(). In
   * memory the newest `max` messages within `maxBytes` of JSON (1 MiB); the file keeps all of them.
   */
  constructor(
    max = 10_000,
    private readonly file?: string,
    maxBytes = MAX_HELD_BYTES,
    private readonly maxKeys = MAX_KEYS,
  ) {
    this.messages = new BoundedLog(max, maxBytes);
  }

  private index(message: OutboxMessage): void {
    const k = keyOf(message);
    if (k === undefined || message.messageId === undefined || this.keyed.has(k)) return;
    this.keyed.set(k, message.messageId);
    if (this.keyed.size > this.maxKeys) this.keyed.delete(this.keyed.keys().next().value as string);
  }

  private hold(messages: readonly OutboxMessage[]): void {
    this.messages.replace([]);
    for (const m of messages) {
      const json = JSON.stringify(m);
      this.messages.push(json, json.length);
    }
  }

  /** What earlier runs of the runtime recorded (the file's newest messages, within the bounds). */
  async load(): Promise<void> {
    if (!this.file) return;
    const stored = await readJsonLines(this.file, isOutboxMessage, 'the outbox starts empty');
    this.hold(stored);
    this.keyed.clear();
    for (const m of stored) this.index(m);
  }

  record(message: Omit<OutboxMessage, 'id'>): OutboxMessage {
    const stored = { id: randomUUID(), ...message };
    // Durable before the sender hears "sent": a restart knows what left (and does not send it twice).
    const file = this.file;
    const json = JSON.stringify(stored);
    if (file) storageWrite('The outbox', () => appendFileSync(file, `${json}\n`, 'utf8'));
    this.messages.push(json, json.length);
    this.index(stored);
    return stored;
  }

  list(filter: { tenantId?: string; kind?: OutboxKind } = {}): OutboxMessage[] {
    const out: OutboxMessage[] = [];
    for (const json of this.messages.all) {
      const m = JSON.parse(json) as OutboxMessage;
      if ((!filter.tenantId || m.tenantId === filter.tenantId) && (!filter.kind || m.kind === filter.kind))
        out.push(m);
    }
    return out;
  }

  /** The email already recorded for this idempotency key (a retried step whose send was not yet acknowledged). */
  emailWithKey(tenantId: string, key: string): { readonly messageId: string } | undefined {
    const messageId = this.keyed.get(`${tenantId}\u0000${key}`);
    return messageId === undefined ? undefined : { messageId };
  }

  /**
   * Forgets what was recorded (of one tenant, or all); returns how many messages memory dropped. With a file, the
   * file loses the tenant's messages and keeps every other one, also those memory no longer holds.
   */
  clear(tenantId?: string): number {
    const held = this.list();
    const kept = tenantId ? held.filter((m) => m.tenantId !== tenantId) : [];
    const file = this.file;
    if (file) {
      const text = tenantId ? keptLines(file, tenantId) : '';
      storageWrite('The outbox', () => writeFileSync(file, text, 'utf8'));
    }
    this.hold(kept);
    if (tenantId) {
      for (const k of [...this.keyed.keys()]) if (k.startsWith(`${tenantId}\u0000`)) this.keyed.delete(k);
    } else this.keyed.clear();
    return held.length - kept.length;
  }
}

/** The outbox file's lines without those of `tenantId` (a line that does not parse is kept as it is). */
const keptLines = (file: string, tenantId: string): string => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => {
      if (line === '') return false;
      try {
        return (JSON.parse(line) as { tenantId?: unknown }).tenantId !== tenantId;
      } catch {
        return true;
      }
    })
    .map((line) => `${line}\n`)
    .join('');
};

/** An email's tenant and idempotency key, as emailWithKey looks them up. */
const keyOf = (m: OutboxMessage): string | undefined => {
  const key = m.kind === 'email' ? m.headers?.[IDEMPOTENCY_HEADER] : undefined;
  return key === undefined || m.tenantId === undefined ? undefined : `${m.tenantId}\u0000${key}`;
};

const isOutboxMessage = (value: unknown): value is OutboxMessage =>
  isObject(value) &&
  typeof value.id === 'string' &&
  typeof value.kind === 'string' &&
  typeof value.at === 'string';

export const createOutboxMailer = (outbox: Outbox, clock: Clock): Mailer => ({
  async send(email: OutgoingEmail) {
    // SES does not de-duplicate; locally the idempotency header lets a retried send find the first one.
    const key = email.headers?.[IDEMPOTENCY_HEADER];
    const earlier = key ? outbox.emailWithKey(email.tenantId, key) : undefined;
    if (earlier?.messageId) return { messageId: earlier.messageId };
    const messageId = `local-${randomUUID()}@dynaris.local`;
    outbox.record({
      kind: 'email',
      tenantId: email.tenantId,
      at: clock.now().toISOString(),
      from: email.from,
      to: [...email.to],
      ...(email.cc ? { cc: [...email.cc] } : {}),
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      subject: email.subject,
      ...(email.text !== undefined ? { text: email.text } : {}),
      ...(email.html !== undefined ? { html: email.html } : {}),
      ...(email.headers ? { headers: { ...email.headers } } : {}),
      messageId,
      delivered: false,
    });
    return { messageId };
  },
});

/** The placeholder Slack webhook the local tenant gets when SLACK_WEBHOOK_URL is not set: recorded, never sent. */
export const LOCAL_SLACK_URL = 'http://outbox.localhost/slack/local';

export interface OutboxFetchOptions {
  readonly clock: Clock;
  /** URLs (prefixes) that are really called. */
  readonly passthrough?: readonly string[];
  /** URLs (prefixes) recorded as Slack messages. */
  readonly slackUrls?: readonly string[];
  readonly realFetch?: typeof fetch;
}

const parsedText = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** The request body as a person reads it: JSON parsed, text as text. */
const bodyOf = (body: RequestInit['body']): unknown => {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return parsedText(body);
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return parsedText(Buffer.from(body).toString('utf8'));
  if (ArrayBuffer.isView(body))
    return parsedText(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  return String(body);
};

const headersOf = (headers: RequestInit['headers']): Record<string, string> => {
  const out: Record<string, string> = {};
  new Headers(headers).forEach((value, key) => {
    out[key] = /authorization|api-key|token|secret/i.test(key) ? '***' : value;
  });
  return out;
};

export const createOutboxFetch = (outbox: Outbox, options: OutboxFetchOptions): HttpFetch => {
  const realFetch = options.realFetch ?? fetch;
  const matches = (url: string, prefixes: readonly string[] | undefined) =>
    (prefixes ?? []).some((p) => p !== '' && url.startsWith(p));
  return async (url, init = {}) => {
    const kind: OutboxKind =
      matches(url, options.slackUrls) || url.startsWith('https://hooks.slack.com/') ? 'slack' : 'http';
    const base = {
      kind,
      tenantId: tenantScope.getStore(),
      at: options.clock.now().toISOString(),
      url,
      method: (init.method ?? 'GET').toUpperCase(),
      headers: headersOf(init.headers),
      body: bodyOf(init.body),
    };
    if (!matches(url, options.passthrough)) {
      outbox.record({ ...base, delivered: false, response: { status: 200 } });
      return new Response(kind === 'slack' ? 'ok' : JSON.stringify({ ok: true, outbox: true }), {
        status: 200,
        headers: { 'content-type': kind === 'slack' ? 'text/plain' : 'application/json' },
      });
    }
    try {
      const response = await realFetch(url, init);
      outbox.record({ ...base, delivered: true, response: { status: response.status } });
      return response;
    } catch (error) {
      outbox.record({
        ...base,
        delivered: false,
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  };
};
