import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { detectLocalStack, isLoopback, localStackEndpoint, STACK_SERVICES } from '../../infra/localstack';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

const listen = async (handler: Parameters<typeof createServer>[1]): Promise<string> => {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const closedPort = async (): Promise<string> => {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return `http://127.0.0.1:${port}`;
};

describe('LocalStack detection', () => {
  it('GIVEN nothing listens at the endpoint WHEN detecting THEN it reports not reachable, with the endpoint and what to do', async () => {
    const endpoint = await closedPort();
    const status = await detectLocalStack(endpoint);
    expect(status.reachable).toBe(false);
    expect(status.message).toContain(`LocalStack is not reachable at ${endpoint} (ECONNREFUSED)`);
    expect(status.message).toContain('set AWS_ENDPOINT_URL');
  });

  it('GIVEN a LocalStack health endpoint WHEN detecting THEN it is reachable and lists the stack services it lacks', async () => {
    const services = Object.fromEntries(STACK_SERVICES.map((svc) => [svc, 'available']));
    services.scheduler = 'disabled';
    const endpoint = await listen((req, res) => {
      if (req.url !== '/_localstack/health') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ services, edition: 'community', version: '4.0.0' }));
    });
    const status = await detectLocalStack(`${endpoint}/`);
    expect(status).toMatchObject({
      reachable: true,
      edition: 'community',
      version: '4.0.0',
      missingServices: ['scheduler'],
    });
    expect(status.message).toBe(`LocalStack 4.0.0 (community) at ${endpoint}/; not available: scheduler.`);
  });

  it('GIVEN another HTTP server at the endpoint WHEN detecting THEN it is not taken for LocalStack', async () => {
    const endpoint = await listen((_req, res) =>
      res.writeHead(404, { 'content-type': 'text/plain' }).end('nope'),
    );
    const status = await detectLocalStack(endpoint);
    expect(status.reachable).toBe(false);
    expect(status.message).toContain("not LocalStack's health endpoint: HTTP 404");
  });

  it('GIVEN a server that never answers WHEN detecting with a short timeout THEN it reports the timeout', async () => {
    const endpoint = await listen(() => undefined);
    const status = await detectLocalStack(endpoint, { timeoutMs: 150 });
    expect(status.reachable).toBe(false);
    expect(status.message).toContain('(timed out)');
  });

  it('GIVEN endpoint settings WHEN resolved THEN AWS_ENDPOINT_URL wins, then LOCALSTACK_ENDPOINT, then the default', () => {
    expect(localStackEndpoint({ AWS_ENDPOINT_URL: 'http://127.0.0.1:4510/' })).toBe('http://127.0.0.1:4510');
    expect(localStackEndpoint({ LOCALSTACK_ENDPOINT: 'http://localhost:4599' })).toBe(
      'http://localhost:4599',
    );
    expect(localStackEndpoint({})).toBe('http://localhost:4566');
    expect(isLoopback('http://localhost:4566')).toBe(true);
    expect(isLoopback('http://[::1]:4566')).toBe(true);
    expect(isLoopback('http://localstack:4566')).toBe(false);
  });
});

describe('the configured LocalStack', () => {
  it('GIVEN AWS_ENDPOINT_URL (or the default) WHEN probed THEN it is either used for a real call or reported as not reachable', async () => {
    const endpoint = localStackEndpoint();
    if (!isLoopback(endpoint)) {
      console.info(
        `LocalStack at ${endpoint} is not on loopback: the test suite only contacts loopback addresses.`,
      );
      expect(isLoopback(endpoint)).toBe(false);
      return;
    }
    const status = await detectLocalStack(endpoint);
    console.info(status.message);
    if (!status.reachable) {
      expect(status.message).toMatch(/^LocalStack is not reachable at /);
      return;
    }
    const client = new DynamoDBClient({
      endpoint,
      region: process.env.AWS_REGION ?? 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    const tables = await client.send(new ListTablesCommand({}));
    const stage = process.env.DYNARIS_STAGE ?? 'dev';
    console.info(
      tables.TableNames?.includes(`dynaris-${stage}`)
        ? `The dynaris-${stage} stack is deployed on LocalStack.`
        : `LocalStack answers, but dynaris-${stage} is not deployed there: run npm run deploy:local.`,
    );
    expect(Array.isArray(tables.TableNames)).toBe(true);
  });
});
