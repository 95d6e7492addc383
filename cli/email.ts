import { readFile } from 'node:fs/promises';
import type { CommandDef } from './command';

/** Exit codes of `dynaris email receive`. */
export const EMAIL_EXIT = { accepted: 0, dropped: 1, error: 2 } as const;

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultOutput: Output = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
};

export interface ReceiveOptions {
  /** @default http://localhost:$PORT (PORT defaults to 3000) */
  readonly url?: string | undefined;
  /** @default $DYNARIS_API_KEY */
  readonly apiKey?: string | undefined;
}

/** POSTs a raw message to the running local runtime's /inbound/email; returns the exit code. */
export const receiveEmail = async (
  file: string,
  options: ReceiveOptions = {},
  io: Output = defaultOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> => {
  const apiKey = options.apiKey ?? env.DYNARIS_API_KEY;
  if (!apiKey) {
    io.err('No API key: pass --api-key or set DYNARIS_API_KEY (npm start prints it)');
    return EMAIL_EXIT.error;
  }
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    io.err(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return EMAIL_EXIT.error;
  }
  const base = options.url ?? `http://localhost:${env.PORT ?? 3000}`;
  let res: Response;
  try {
    res = await fetch(new URL('/inbound/email', base), {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', 'x-api-key': apiKey },
      body: new Uint8Array(raw),
    });
  } catch (error) {
    io.err(
      `cannot reach the local runtime at ${base} (is \`npm start\` running?): ${(error as Error).message}`,
    );
    return EMAIL_EXIT.error;
  }
  const body = (await res.json().catch(() => ({}))) as {
    eventId?: string;
    duplicate?: boolean;
    leadId?: string | null;
    error?: { message?: string };
  };
  if (res.status === 202) {
    io.out(body.eventId ?? '');
    io.err(
      `${body.duplicate ? 'already received' : 'email.received published'}${body.leadId ? ` (lead ${body.leadId})` : ''}`,
    );
    return EMAIL_EXIT.accepted;
  }
  io.err(`${res.status}: ${body.error?.message ?? 'refused'}`);
  return res.status === 422 ? EMAIL_EXIT.dropped : EMAIL_EXIT.error;
};

export const command: CommandDef = {
  name: 'email receive',
  synopsis: 'FILE.eml [--url URL] [--api-key KEY]',
  summary: 'feed a raw email to the running local runtime (POST /inbound/email)',
  help: `  FILE.eml   a raw RFC 822 message; it goes through the same ingest SES mail goes through on AWS: parsed,
             correlated to the lead and the email it answers, published as email.received
  --url      the local runtime (default http://localhost:$PORT, PORT defaults to 3000)
  --api-key  the tenant's API key (default $DYNARIS_API_KEY)
Exit code: 0 accepted (prints the event id), 1 dropped (prints why: malformed, auto-reply, bounce…), 2 usage or
connection error.`,
  options: { url: { type: 'string' }, 'api-key': { type: 'string' } },
  positionals: { min: 1, max: 1, names: ['FILE.eml'] },
  run: ({ values, positionals: [file = ''] }) =>
    receiveEmail(file, {
      url: typeof values.url === 'string' ? values.url : undefined,
      apiKey: typeof values['api-key'] === 'string' ? values['api-key'] : undefined,
    }),
};
