import * as Stock from '@aws-sdk/client-eventbridge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventBridgeClient } from '../../functions/adapters/aws-lean/eventbridge';
import * as Lean from '../../functions/adapters/aws-lean/eventbridge-rules';
import { createRoutingRules, type RuleCalls } from '../../functions/adapters/eventbridge-bus';
import { command } from '../support/aws-lean-sfn';
import {
  type Answer,
  both,
  expectSameErrors,
  settle,
  wireComparison,
  wireSubject,
} from '../support/aws-lean-wire';

/**
 * The lean EventBridge rule calls of the provisioner's dispatch rule check against the stock EventBridge client, on
 * the wire (test/support/aws-lean-wire.ts): every member they model, errors and retries.
 */

wireComparison();

const subject = <I extends object>(
  StockCommand: new (input: I) => unknown,
  LeanCommand: new (input: I) => unknown,
) => wireSubject<I>(Stock.EventBridgeClient, StockCommand, EventBridgeClient, command(LeanCommand));

const LIST = subject<Stock.ListRuleNamesByTargetCommandInput>(
  Stock.ListRuleNamesByTargetCommand,
  Lean.ListRuleNamesByTargetCommand,
);
const DESCRIBE = subject<Stock.DescribeRuleCommandInput>(Stock.DescribeRuleCommand, Lean.DescribeRuleCommand);
const PUT_RULE = subject<Stock.PutRuleCommandInput>(Stock.PutRuleCommand, Lean.PutRuleCommand);
const PUT_TARGETS = subject<Stock.PutTargetsCommandInput>(Stock.PutTargetsCommand, Lean.PutTargetsCommand);

const BUS = 'dynaris-dev-bus';
const DISPATCHER = 'arn:aws:lambda:eu-west-1:111122223333:function:dynaris-dev-dispatcher';
const ok = (body: unknown): Answer => ({ status: 200, body: JSON.stringify(body) });
const EMPTY: Answer = { status: 200, body: '{}' };
const text = fc.string({ unit: 'binary', maxLength: 24 });

describe('lean EventBridge rule calls against the stock client', () => {
  it('GIVEN the dispatch rule check’s four calls as the provisioner makes them WHEN both clients send them THEN the signed requests and the outputs are identical', async () => {
    const cases = [
      [
        LIST,
        { TargetArn: DISPATCHER, EventBusName: BUS, NextToken: 'n==', Limit: 50 },
        ok({ RuleNames: ['dynaris-dispatch-lead-created'], NextToken: 'next' }),
      ],
      [
        DESCRIBE,
        { Name: 'dynaris-dispatch-lead-created', EventBusName: BUS },
        ok({
          Name: 'dynaris-dispatch-lead-created',
          Arn: 'arn:aws:events:eu-west-1:111122223333:rule/dynaris-dev-bus/dynaris-dispatch-lead-created',
          EventPattern: '{"source":[{"prefix":"dynaris."}],"detail-type":["lead.created"]}',
          ScheduleExpression: 'rate(1 hour)',
          State: 'ENABLED',
          Description: 'Dispatch lead.created',
          RoleArn: 'arn:aws:iam::111122223333:role/r',
          ManagedBy: 'm',
          EventBusName: BUS,
          CreatedBy: '111122223333',
          NotInTheModel: 'dropped by both',
        }),
      ],
      [
        PUT_RULE,
        {
          Name: 'dynaris-dispatch-lead-created',
          EventBusName: BUS,
          EventPattern: '{"detail-type":["lead.created"]}',
          State: 'ENABLED',
          Description: 'héllo “quoted” \u2028',
          Tags: [{ Key: 'k', Value: 'v' }],
        },
        ok({ RuleArn: 'arn:aws:events:eu-west-1:111122223333:rule/x' }),
      ],
      [
        PUT_TARGETS,
        {
          Rule: 'dynaris-dispatch-lead-created',
          EventBusName: BUS,
          Targets: [
            {
              Id: 'dispatcher',
              Arn: DISPATCHER,
              RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 21_600 },
              DeadLetterConfig: { Arn: 'arn:aws:sqs:eu-west-1:111122223333:dlq' },
            },
            {
              Id: 'other',
              Arn: DISPATCHER,
              RoleArn: 'r',
              Input: '{}',
              InputPath: '$.detail',
              InputTransformer: { InputPathsMap: { a: '$.a' }, InputTemplate: '{"a":<a>}' },
            },
          ],
        },
        ok({
          FailedEntryCount: 1,
          FailedEntries: [{ TargetId: 'other', ErrorCode: 'E', ErrorMessage: 'm' }],
        }),
      ],
    ] as const;
    for (const [s, input, answer] of cases) {
      const { stock, lean } = await both(s as never, input, [answer]);
      expect(stock.sent[0]?.url).toBe('https://events.eu-west-1.amazonaws.com/');
      expect(lean.error, JSON.stringify(input)).toBeUndefined();
      expect(lean.sent).toStrictEqual(stock.sent);
      expect(lean.result).toStrictEqual(stock.result);
    }
  });

  it('GIVEN any names, patterns, targets and pages WHEN both clients send the four calls THEN the requests and outputs are identical', async () => {
    const target = fc.record(
      {
        Id: text,
        Arn: text,
        RoleArn: text,
        Input: text,
        InputPath: text,
        InputTransformer: fc.record(
          { InputPathsMap: fc.dictionary(text, text, { maxKeys: 2 }), InputTemplate: text },
          { requiredKeys: ['InputTemplate'] },
        ),
        DeadLetterConfig: fc.record({ Arn: text }, { requiredKeys: [] }),
        RetryPolicy: fc.record(
          {
            MaximumRetryAttempts: fc.nat(185),
            MaximumEventAgeInSeconds: fc.integer({ min: 60, max: 86_400 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ['Id', 'Arn'] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { TargetArn: text, EventBusName: text, NextToken: text, Limit: fc.integer({ min: 1, max: 100 }) },
          { requiredKeys: ['TargetArn'] },
        ),
        fc.record(
          {
            Name: text,
            ScheduleExpression: text,
            EventPattern: text,
            State: fc.constantFrom('ENABLED', 'DISABLED'),
            Description: text,
            RoleArn: text,
            Tags: fc.array(fc.record({ Key: text, Value: text }), { maxLength: 2 }),
            EventBusName: text,
          },
          { requiredKeys: ['Name'] },
        ),
        fc.record(
          { Rule: text, Targets: fc.array(target, { maxLength: 3 }), EventBusName: text },
          {
            requiredKeys: ['Rule', 'Targets'],
          },
        ),
        fc.record({ RuleNames: fc.array(text, { maxLength: 3 }), NextToken: text }, { requiredKeys: [] }),
        async (list, rule, targets, page) => {
          const runs = [
            [LIST, list, ok(page)],
            [
              DESCRIBE,
              { Name: rule.Name, ...(rule.EventBusName ? { EventBusName: rule.EventBusName } : {}) },
              ok(rule),
            ],
            [PUT_RULE, rule, ok({ RuleArn: 'a' })],
            [PUT_TARGETS, targets, EMPTY],
          ] as const;
          for (const [s, input, answer] of runs) {
            const { stock, lean } = await both(s as never, input, [answer]);
            expect(lean.sent).toStrictEqual(stock.sent);
            expect(lean.result).toStrictEqual(stock.result);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('GIVEN EventBridge error answers (modelled or not, any status) WHEN both clients call THEN the requests, retries and errors (name, message, fault, metadata, members) are the same', async () => {
    const cases: (Answer | Answer[])[] = [
      { status: 400, body: '{"__type":"ResourceNotFoundException","message":"Rule x does not exist."}' },
      {
        status: 400,
        body: '{"__type":"InvalidEventPatternException","message":"Event pattern is not valid."}',
      },
      { status: 400, body: '{"__type":"LimitExceededException","message":"","Message":"capital"}' },
      { status: 400, body: '{"__type":"ManagedRuleException"}' },
      { status: 400, body: '{"__type":"SomethingNew","message":"unmodelled","extra":{"a":1}}' },
      { status: 403, body: '', headers: { 'x-amzn-errortype': 'AccessDeniedException:http://x' } },
      [
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      ],
      [
        { status: 500, body: '{"__type":"InternalException","message":"oops"}' },
        { status: 503, body: '{}' },
        { status: 500, body: '{"__type":"InternalException","message":"oops"}' },
      ],
    ];
    const members = ['__type', 'extra', 'Message', 'code'];
    await expectSameErrors(DESCRIBE, { Name: 'r', EventBusName: BUS }, cases, members);
    await expectSameErrors(PUT_RULE, { Name: 'r', EventPattern: '{}' }, cases.slice(0, 3), members);
  });

  it('GIVEN a throttle then a 5xx then an answer WHEN both clients put targets THEN they retry alike and return the same output', async () => {
    const answers: Answer[] = [
      { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      { status: 500, body: '{"__type":"InternalException"}' },
      ok({ FailedEntryCount: 0, FailedEntries: [] }),
    ];
    const input = { Rule: 'r', Targets: [{ Id: 'dispatcher', Arn: DISPATCHER }] };
    const { stock, lean } = await settle(() => both(PUT_TARGETS, input, answers));
    expect(stock.sent).toHaveLength(3);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN EventBridge’s modelled errors in the SDK WHEN the lean rule calls list them THEN they have the same ones with the same faults', () => {
    const modelled = Object.entries(Stock)
      .filter(([name, schema]) => name.endsWith('$') && Array.isArray(schema) && schema[0] === -3)
      .filter(([name]) => name !== 'EventBridgeServiceException$')
      .map(([, schema]) => [
        (schema as unknown[])[2] as string,
        ((schema as unknown[])[3] as { error: string }).error,
      ]);
    expect([...Lean.EVENTBRIDGE_MODELED_ERRORS].sort()).toStrictEqual([...modelled].sort());
  });

  it('GIVEN a target parameter the lean client does not model WHEN it is put THEN it is refused naming it, never sent without it', async () => {
    const client = new EventBridgeClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      retryMode: 'standard',
      requestHandler: { handle: async () => ({ response: {} }) } as never,
    });
    await expect(
      client.run(
        new Lean.PutTargetsCommand({
          Rule: 'r',
          Targets: [{ Id: 'q', Arn: 'arn:aws:sqs:eu-west-1:1:q', SqsParameters: { MessageGroupId: 'g' } }],
        }),
      ),
    ).rejects.toThrow(/PutTargets\.Targets\[0\]: member\(s\) SqsParameters not supported/);
  });

  it('GIVEN the routing rules port given the lean rule calls WHEN a Lambda environment checks and adds a dispatch rule THEN the lean calls make them, and with a client given the client does', async () => {
    Object.assign(process.env, {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AK',
      AWS_SECRET_ACCESS_KEY: 'SK',
    });
    const made: string[] = [];
    const lean = (): RuleCalls => ({
      listRuleNamesByTarget: async () => {
        made.push('list');
        return { RuleNames: ['r1'], $metadata: {} };
      },
      describeRule: async () => {
        made.push('describe');
        return { State: 'ENABLED', EventPattern: '{}', $metadata: {} };
      },
      putRule: async () => {
        made.push('putRule');
        return { $metadata: {} };
      },
      putTargets: async () => {
        made.push('putTargets');
        return { $metadata: {} };
      },
    });
    const rules = createRoutingRules({ eventBusName: BUS, dispatcherArn: DISPATCHER, lean });
    expect(await rules.listDispatchRules()).toStrictEqual([{ name: 'r1', pattern: '{}' }]);
    await rules.createDispatchRule({ name: 'r2', pattern: '{}' }, 'd');
    expect(made).toStrictEqual(['list', 'describe', 'putRule', 'putTargets']);
    const given = {
      send: async (c: object) => {
        made.push(`client ${c.constructor.name}`);
        return { RuleNames: [] };
      },
    } as unknown as Stock.EventBridgeClient;
    await createRoutingRules({
      eventBusName: BUS,
      dispatcherArn: DISPATCHER,
      lean,
      client: given,
    }).listDispatchRules();
    expect(made.slice(4)).toStrictEqual(['client ListRuleNamesByTargetCommand']);
  });
});
