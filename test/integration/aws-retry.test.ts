import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSfnEngine } from '../../functions/adapters/sfn-engine';
import { AWS_MAX_ATTEMPTS, AWS_RETRY } from '../../functions/shared/retry';

/**
 * The one retry of AWS calls is the SDK's (functions/shared/retry.ts). This plays Step Functions on 127.0.0.1 with
 * the real JSON protocol: it answers ThrottlingException a given number of times, then succeeds, and counts what
 * arrives. The clients are built as the adapters build them.
 */
let server: Server;
let endpoint: string;
let throttles = 0;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', () => {
      received.push(String(req.headers['x-amz-target']));
      if (throttles > 0) {
        throttles -= 1;
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-errortype': 'ThrottlingException',
        });
        res.end(JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }));
        return;
      }
      const target = String(req.headers['x-amz-target']);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(
        target.endsWith('StartExecution')
          ? JSON.stringify({
              executionArn: `arn:aws:states:eu-central-1:123456789012:execution:wf:${JSON.parse(body).name}`,
              startDate: 1_764_064_800,
            })
          : '{}',
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
  throttles = 0;
});

const engine = () =>
  createSfnEngine({
    client: new SFNClient({
      ...AWS_RETRY,
      endpoint,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    }),
  });

const start = () =>
  engine().startExecution({
    stateMachineArn: 'arn:aws:states:eu-central-1:123456789012:stateMachine:wf',
    name: 'evt-1',
    input: { trigger: {}, context: {} },
  });

describe('retries of AWS calls', () => {
  it('GIVEN StartExecution throttled twice WHEN a run is started THEN the SDK retries and the third attempt starts it', async () => {
    throttles = 2;
    const result = await start();
    expect(result.executionArn).toMatch(/:execution:wf:evt-1$/);
    expect(received).toStrictEqual(Array(3).fill('AWSStepFunctions.StartExecution'));
  });

  it('GIVEN Step Functions keeps throttling WHEN a run is started THEN exactly AWS_MAX_ATTEMPTS (3) calls are made and the error surfaces', async () => {
    throttles = 100;
    await expect(start()).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(AWS_MAX_ATTEMPTS).toBe(3);
    expect(received).toHaveLength(AWS_MAX_ATTEMPTS);
  });

  it('GIVEN SendTaskSuccess throttled once WHEN a wait is resumed THEN the SDK retries it once and it succeeds', async () => {
    throttles = 1;
    await engine().sendTaskSuccess('token-1', { ok: true });
    expect(received).toStrictEqual(Array(2).fill('AWSStepFunctions.SendTaskSuccess'));
  });
});
