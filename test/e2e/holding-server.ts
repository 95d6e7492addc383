import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A service that holds the requests a run's http.request step makes, so a test can take a kill at that point. */
export interface HoldingServer {
  readonly url: string;
  /** Resolves once a request arrived while holding. */
  readonly received: Promise<void>;
  /** While failing (see `failing`), every request is answered 503; from now on requests are held. */
  hold(): void;
  /** From now on every request is answered 200 (held ones too). */
  release(): void;
  close(): Promise<void>;
}

/** Holds every request until `release()`; with `failing`, answers 503 until `hold()`. */
export const holdingServer = async (options: { failing?: boolean } = {}): Promise<HoldingServer> => {
  let failing = options.failing ?? false;
  let holding = true;
  const held: ServerResponse[] = [];
  let arrived: () => void = () => {};
  const received = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const answer = (res: ServerResponse) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      if (failing) return res.writeHead(503).end();
      if (!holding) return answer(res);
      held.push(res);
      arrived();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    hold() {
      failing = false;
    },
    release() {
      holding = false;
      for (const res of held.splice(0)) answer(res);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
