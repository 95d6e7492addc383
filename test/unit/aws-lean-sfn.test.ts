import type * as Stock from '@aws-sdk/client-sfn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARN,
  CREATE,
  DEFINITION,
  DELETE,
  DESCRIBE,
  DESCRIBED,
  EMPTY,
  LIST_EXECUTIONS,
  LIST_TAGS,
  LOGGING,
  ok,
  ROLE,
  TAG,
  UPDATE,
} from '../support/aws-lean-sfn';
import { both, wireComparison } from '../support/aws-lean-wire';

/**
 * The lean Step Functions state-machine calls against the stock SFN client, on the wire
 * (test/support/aws-lean-wire.ts): every member of the requests and answers of the seven operations.
 */

wireComparison();

describe('lean Step Functions state-machine calls against the stock client', () => {
  it('GIVEN the provisioner’s seven calls WHEN both clients send them THEN the signed requests and the outputs (dates as Date) are identical', async () => {
    const cases = [
      [DESCRIBE, { stateMachineArn: ARN }, ok(DESCRIBED)],
      [LIST_TAGS, { resourceArn: ARN }, ok({ tags: [{ key: 'dynaris:tenant', value: 't-1' }] })],
      [
        CREATE,
        {
          name: 'dynaris-dev-t-1-wf-1-a',
          definition: DEFINITION,
          roleArn: ROLE,
          type: 'EXPRESS',
          loggingConfiguration: LOGGING,
          tracingConfiguration: { enabled: true },
          tags: [{ key: 'dynaris:tenant', value: 't-1' }],
        },
        ok({ stateMachineArn: ARN, creationDate: 1733420130.5, stateMachineVersionArn: `${ARN}:1` }),
      ],
      [
        UPDATE,
        {
          stateMachineArn: ARN,
          definition: DEFINITION,
          roleArn: ROLE,
          loggingConfiguration: { level: 'OFF', includeExecutionData: false },
          tracingConfiguration: { enabled: false },
        },
        ok({ updateDate: 1733420131, revisionId: 'rev-2' }),
      ],
      [TAG, { resourceArn: ARN, tags: [{ key: 'k', value: 'v' }] }, EMPTY],
      [
        LIST_EXECUTIONS,
        { stateMachineArn: ARN, statusFilter: 'RUNNING', maxResults: 1 },
        ok({
          executions: [
            {
              executionArn: `${ARN.replace(':stateMachine:', ':execution:')}:run-1`,
              stateMachineArn: ARN,
              name: 'run-1',
              status: 'RUNNING',
              startDate: 1733420000.001,
              stopDate: 1733420001,
              mapRunArn: 'm',
              itemCount: 3,
              stateMachineVersionArn: `${ARN}:1`,
              stateMachineAliasArn: `${ARN}:live`,
              redriveCount: 1,
              redriveDate: 1733420002.5,
            },
          ],
          nextToken: 'next==',
        }),
      ],
      [DELETE, { stateMachineArn: ARN }, EMPTY],
    ] as const;
    for (const [subject, input, answer] of cases) {
      const { stock, lean } = await both(subject as never, input, [answer]);
      expect(stock.sent[0]?.url).toBe('https://states.eu-west-1.amazonaws.com/');
      expect(stock.sent[0]?.headers['content-type']).toBe('application/x-amz-json-1.0');
      expect(lean.error, JSON.stringify(input)).toBeUndefined();
      expect(lean.sent).toStrictEqual(stock.sent);
      expect(lean.result).toStrictEqual(stock.result);
    }
  });

  it('GIVEN any definitions, names, tags, logging, tracing, versions and encryption WHEN both clients create and update THEN the requests are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 24 });
    const tags = fc.array(fc.record({ key: text, value: text }, { requiredKeys: [] }), { maxLength: 3 });
    const logging = fc.record(
      {
        level: fc.constantFrom('ALL', 'ERROR', 'FATAL', 'OFF'),
        includeExecutionData: fc.boolean(),
        destinations: fc.array(
          fc.record({ cloudWatchLogsLogGroup: fc.record({ logGroupArn: text }, { requiredKeys: [] }) }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );
    const encryption = fc.record(
      {
        type: fc.constantFrom('AWS_OWNED_KEY', 'CUSTOMER_MANAGED_KMS_KEY'),
        kmsKeyId: text,
        kmsDataKeyReusePeriodSeconds: fc.integer({ min: 60, max: 900 }),
      },
      { requiredKeys: ['type'] },
    );
    const common = {
      definition: text,
      roleArn: text,
      loggingConfiguration: logging,
      tracingConfiguration: fc.record({ enabled: fc.boolean() }, { requiredKeys: [] }),
      publish: fc.boolean(),
      versionDescription: text,
      encryptionConfiguration: encryption,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { name: text, type: fc.constantFrom('STANDARD', 'EXPRESS'), tags, ...common },
          { requiredKeys: ['name', 'definition', 'roleArn'] },
        ),
        fc.record({ stateMachineArn: text, ...common }, { requiredKeys: ['stateMachineArn'] }),
        async (create, update) => {
          const c = await both(CREATE, create as Stock.CreateStateMachineCommandInput, [
            ok({ stateMachineArn: ARN, creationDate: 1 }),
          ]);
          expect(c.lean.sent).toStrictEqual(c.stock.sent);
          expect(c.lean.result).toStrictEqual(c.stock.result);
          const u = await both(UPDATE, update as Stock.UpdateStateMachineCommandInput, [
            ok({ updateDate: 2 }),
          ]);
          expect(u.lean.sent).toStrictEqual(u.stock.sent);
          expect(u.lean.result).toStrictEqual(u.stock.result);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN any ARNs, filters, pages and tags WHEN both clients describe, list, tag and delete THEN the requests are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 24 });
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.option(fc.constantFrom('API_DEFINITION', 'ALL_DATA'), { nil: undefined }),
        fc.record(
          {
            statusFilter: fc.constantFrom('RUNNING', 'SUCCEEDED', 'FAILED'),
            maxResults: fc.integer({ min: 0, max: 1000 }),
            nextToken: text,
            mapRunArn: text,
            redriveFilter: fc.constantFrom('REDRIVEN', 'NOT_REDRIVEN'),
          },
          { requiredKeys: [] },
        ),
        fc.array(fc.record({ key: text, value: text }), { maxLength: 3 }),
        async (arn, includedData, filters, tags) => {
          const runs = [
            [DESCRIBE, { stateMachineArn: arn, ...(includedData ? { includedData } : {}) }],
            [LIST_TAGS, { resourceArn: arn }],
            [LIST_EXECUTIONS, { stateMachineArn: arn, ...filters }],
            [TAG, { resourceArn: arn, tags }],
            [DELETE, { stateMachineArn: arn }],
          ] as const;
          for (const [subject, input] of runs) {
            const { stock, lean } = await both(subject as never, input, [EMPTY]);
            expect(lean.sent).toStrictEqual(stock.sent);
            expect(lean.result).toStrictEqual(stock.result);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('GIVEN any DescribeStateMachine and ListExecutions answers (members present or not, any times) WHEN both clients read them THEN the outputs are identical', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 16 });
    const seconds = fc.oneof(
      fc.integer({ min: 0, max: 4_102_444_800 }),
      fc.double({ min: 0, max: 4_102_444_800, noNaN: true }),
    );
    const described = fc.record(
      {
        stateMachineArn: text,
        name: text,
        status: fc.constantFrom('ACTIVE', 'DELETING'),
        definition: text,
        roleArn: text,
        type: fc.constantFrom('STANDARD', 'EXPRESS'),
        creationDate: seconds,
        loggingConfiguration: fc.record(
          {
            level: fc.constantFrom('ALL', 'OFF'),
            includeExecutionData: fc.boolean(),
            destinations: fc.array(fc.record({ cloudWatchLogsLogGroup: fc.record({ logGroupArn: text }) }), {
              maxLength: 2,
            }),
          },
          { requiredKeys: [] },
        ),
        tracingConfiguration: fc.record({ enabled: fc.boolean() }),
        label: text,
        revisionId: text,
        description: text,
        variableReferences: fc.dictionary(text, fc.array(text, { maxLength: 2 }), { maxKeys: 2 }),
      },
      { requiredKeys: [] },
    );
    const execution = fc.record(
      {
        executionArn: text,
        stateMachineArn: text,
        name: text,
        status: fc.constantFrom('RUNNING', 'SUCCEEDED'),
        startDate: seconds,
        stopDate: seconds,
        itemCount: fc.integer({ min: 0, max: 10_000 }),
        redriveCount: fc.integer({ min: 0, max: 1000 }),
        redriveDate: seconds,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        described,
        fc.array(execution, { maxLength: 3 }),
        fc.option(text, { nil: undefined }),
        async (answer, executions, nextToken) => {
          const d = await both(DESCRIBE, { stateMachineArn: ARN }, [ok(answer)]);
          expect(d.lean.result).toStrictEqual(d.stock.result);
          const l = await both(LIST_EXECUTIONS, { stateMachineArn: ARN }, [
            ok({ executions, ...(nextToken === undefined ? {} : { nextToken }) }),
          ]);
          expect(l.lean.result).toStrictEqual(l.stock.result);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('GIVEN a DescribeStateMachine answer whose variableReferences has a state named __proto__ WHEN both clients read it THEN the outputs are identical (found by seed 1763191237)', async () => {
    const body = '{"variableReferences":{"__proto__":["x"],"B":["y"]}}';
    const d = await both(DESCRIBE, { stateMachineArn: ARN }, [{ status: 200, body }]);
    expect(d.lean.result).toStrictEqual(d.stock.result);
    const references = (result: unknown) => (result as { variableReferences: object }).variableReferences;
    expect(Object.getOwnPropertyDescriptor(references(d.lean.result), '__proto__')).toStrictEqual(
      Object.getOwnPropertyDescriptor(references(d.stock.result), '__proto__'),
    );
  });
});
