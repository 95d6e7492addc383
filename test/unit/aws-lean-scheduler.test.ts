import * as Stock from '@aws-sdk/client-scheduler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Lean from '../../functions/adapters/aws-lean/scheduler';
import { scheduleInput } from '../../functions/adapters/scheduler';
import {
  CREATE,
  DELETE,
  EMPTY,
  GET,
  GROUP,
  NAME,
  ok,
  ROLE,
  SCHEDULE,
  SCHEDULE_ARN,
  TARGET_ARN,
  UPDATE,
} from '../support/aws-lean-scheduler';
import { type Answer, both, expectSameErrors, settle, wireComparison } from '../support/aws-lean-wire';

/**
 * The lean EventBridge Scheduler calls against the stock Scheduler client, on the wire
 * (test/support/aws-lean-wire.ts): every member of the requests and answers of the four operations, the path,
 * query and idempotency token bindings, errors and retries.
 */

wireComparison();

const text = fc.string({ unit: 'binary', maxLength: 24 });
const seconds = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800 }),
  fc.double({ min: 0, max: 4_102_444_800, noNaN: true }),
);

/** Any schedule body the model allows (strings of any characters, every target kind, dates as Date). */
const scheduleBody = fc.record(
  {
    ScheduleExpression: text,
    Target: fc.record(
      {
        Arn: text,
        RoleArn: text,
        DeadLetterConfig: fc.record({ Arn: text }, { requiredKeys: [] }),
        RetryPolicy: fc.record(
          {
            MaximumEventAgeInSeconds: fc.integer({ min: 60, max: 86_400 }),
            MaximumRetryAttempts: fc.nat(185),
          },
          { requiredKeys: [] },
        ),
        Input: text,
        EcsParameters: fc.record(
          {
            TaskDefinitionArn: text,
            TaskCount: fc.nat(10),
            Tags: fc.array(fc.dictionary(text, text, { maxKeys: 2 }), { maxLength: 2 }),
            NetworkConfiguration: fc.record({
              awsvpcConfiguration: fc.record(
                {
                  Subnets: fc.array(text, { maxLength: 2 }),
                  AssignPublicIp: fc.constantFrom('ENABLED', 'DISABLED'),
                },
                { requiredKeys: ['Subnets'] },
              ),
            }),
            CapacityProviderStrategy: fc.array(
              fc.record(
                { capacityProvider: text, weight: fc.nat(1000), base: fc.nat(100000) },
                { requiredKeys: [] },
              ),
              { maxLength: 2 },
            ),
            EnableECSManagedTags: fc.boolean(),
          },
          { requiredKeys: ['TaskDefinitionArn'] },
        ),
        EventBridgeParameters: fc.record({ DetailType: text, Source: text }),
        EventBridgePutRawEventsParameters: fc.record({ Metadata: fc.dictionary(text, text, { maxKeys: 2 }) }),
        SqsParameters: fc.record({ MessageGroupId: text }, { requiredKeys: [] }),
      },
      { requiredKeys: ['Arn', 'RoleArn'] },
    ),
    FlexibleTimeWindow: fc.record(
      { Mode: fc.constantFrom('OFF', 'FLEXIBLE'), MaximumWindowInMinutes: fc.integer({ min: 1, max: 1440 }) },
      { requiredKeys: ['Mode'] },
    ),
    GroupName: text,
    StartDate: seconds.map((s) => new Date(Math.round(s * 1000))),
    EndDate: seconds.map((s) => new Date(Math.round(s * 1000))),
    Description: text,
    ScheduleExpressionTimezone: text,
    State: fc.constantFrom('ENABLED', 'DISABLED'),
    KmsKeyArn: text,
    ClientToken: text.filter((t) => t.length > 0),
    ActionAfterCompletion: fc.constantFrom('NONE', 'DELETE'),
  },
  { requiredKeys: ['ScheduleExpression', 'Target', 'FlexibleTimeWindow'] },
);

describe('lean EventBridge Scheduler calls against the stock client', () => {
  it('GIVEN the provisioner’s four calls as its adapter makes them WHEN both clients send them THEN the signed requests and the outputs (dates as Date) are identical', async () => {
    const spec = scheduleInput({
      name: NAME,
      groupName: GROUP,
      expression: 'cron(0 9 * * ? *)',
      timezone: 'Europe/London',
      description: 'Daily at 9',
      state: 'ENABLED',
      flexibleWindow: { mode: 'FLEXIBLE', maximumWindowInMinutes: 15 },
      target: {
        arn: TARGET_ARN,
        roleArn: ROLE,
        input: '{"tenantId":"t-1"}',
        retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
        deadLetterArn: 'arn:aws:sqs:eu-west-1:111122223333:dlq',
      },
    });
    const cases = [
      [GET, { Name: NAME, GroupName: GROUP }, ok(SCHEDULE)],
      [CREATE, spec, ok({ ScheduleArn: SCHEDULE_ARN })],
      [CREATE, { ...spec, ClientToken: 'given-token' }, ok({ ScheduleArn: SCHEDULE_ARN })],
      [UPDATE, spec, ok({ ScheduleArn: SCHEDULE_ARN })],
      [DELETE, { Name: NAME, GroupName: GROUP }, EMPTY],
      [DELETE, { Name: NAME }, EMPTY],
      [GET, { Name: "needs escaping/ ()!*'é" }, ok({})],
    ] as const;
    for (const [subject, input, answer] of cases) {
      const { stock, lean } = await both(subject as never, input, [answer]);
      expect(stock.sent[0]?.url.startsWith('https://scheduler.eu-west-1.amazonaws.com/schedules/')).toBe(
        true,
      );
      expect(lean.error, JSON.stringify(input)).toBeUndefined();
      expect(lean.sent).toStrictEqual(stock.sent);
      expect(lean.result).toStrictEqual(stock.result);
    }
  });

  it('GIVEN any schedule bodies, names and tokens WHEN both clients create and update THEN the requests are identical', async () => {
    await fc.assert(
      fc.asyncProperty(text, scheduleBody, async (name, body) => {
        const input = { Name: name, ...body } as Stock.CreateScheduleCommandInput;
        for (const subject of [CREATE, UPDATE]) {
          const r = await both(subject as never, input, [ok({ ScheduleArn: SCHEDULE_ARN })]);
          expect(r.lean.sent).toStrictEqual(r.stock.sent);
          expect(r.lean.result).toStrictEqual(r.stock.result);
          expect(r.lean.error === undefined).toBe(r.stock.error === undefined);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('GIVEN any names, groups and tokens WHEN both clients get and delete THEN the requests are identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        async (name, group, token) => {
          const id = { Name: name, ...(group === undefined ? {} : { GroupName: group }) };
          const g = await both(GET, id, [EMPTY]);
          expect(g.lean.sent).toStrictEqual(g.stock.sent);
          expect(g.lean.result).toStrictEqual(g.stock.result);
          const d = await both(DELETE, { ...id, ...(token === undefined ? {} : { ClientToken: token }) }, [
            EMPTY,
          ]);
          expect(d.lean.sent).toStrictEqual(d.stock.sent);
          expect(d.lean.result).toStrictEqual(d.stock.result);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('GIVEN any GetSchedule answers (members present or not, any times) WHEN both clients read them THEN the outputs are identical', async () => {
    const answer = fc.record(
      {
        Arn: text,
        Name: text,
        State: fc.constantFrom('ENABLED', 'DISABLED'),
        StartDate: seconds,
        CreationDate: seconds,
        LastModificationDate: seconds,
        Target: fc.record(
          {
            Arn: text,
            RetryPolicy: fc.record({ MaximumRetryAttempts: fc.nat(185) }, { requiredKeys: [] }),
            EventBridgePutRawEventsParameters: fc.record({
              Metadata: fc.dictionary(text, text, { maxKeys: 2 }),
            }),
          },
          { requiredKeys: [] },
        ),
        FlexibleTimeWindow: fc.record({
          Mode: fc.constantFrom('OFF', 'FLEXIBLE'),
          MaximumWindowInMinutes: fc.nat(1440),
        }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(answer, async (body) => {
        const g = await both(GET, { Name: NAME, GroupName: GROUP }, [ok(body)]);
        expect(g.lean.result).toStrictEqual(g.stock.result);
      }),
      { numRuns: 40 },
    );
  });

  it('GIVEN Scheduler error answers (modelled or not, any status) WHEN both clients call THEN the requests, retries and errors (name, message, fault, metadata, members) are the same', async () => {
    const cases: (Answer | Answer[])[] = [
      {
        status: 404,
        body: '{"Message":"Schedule t-1 does not exist."}',
        headers: {
          'x-amzn-errortype':
            'ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.scheduler/',
        },
      },
      { status: 409, body: '{"Message":"exists"}', headers: { 'x-amzn-errortype': 'ConflictException' } },
      {
        status: 400,
        body: '{"message":"","Message":"capital"}',
        headers: { 'x-amzn-errortype': 'ValidationException' },
      },
      {
        status: 400,
        body: '{"message":"bad","Message":"Bad"}',
        headers: { 'x-amzn-errortype': 'ValidationException' },
      },
      {
        status: 402,
        body: '{"Message":"quota"}',
        headers: { 'x-amzn-errortype': 'ServiceQuotaExceededException' },
      },
      { status: 400, body: '{"code":"SomethingNew","message":"unmodelled","extra":{"a":1}}' },
      { status: 403, body: '', headers: { 'x-amzn-errortype': 'AccessDeniedException' } },
      { status: 400, body: '{"__type":"ResourceNotFoundException","Message":"typed"}' },
      [
        {
          status: 429,
          body: '{"Message":"Rate exceeded"}',
          headers: { 'x-amzn-errortype': 'ThrottlingException' },
        },
        {
          status: 429,
          body: '{"Message":"Rate exceeded"}',
          headers: { 'x-amzn-errortype': 'ThrottlingException' },
        },
        {
          status: 429,
          body: '{"Message":"Rate exceeded"}',
          headers: { 'x-amzn-errortype': 'ThrottlingException' },
        },
      ],
      [
        {
          status: 500,
          body: '{"Message":"oops"}',
          headers: { 'x-amzn-errortype': 'InternalServerException' },
        },
        { status: 503, body: '{}' },
        {
          status: 500,
          body: '{"Message":"oops"}',
          headers: { 'x-amzn-errortype': 'InternalServerException' },
        },
      ],
    ];
    const members = ['Message', 'code', 'extra', '__type'];
    await expectSameErrors(GET, { Name: NAME, GroupName: GROUP }, cases, members);
    await expectSameErrors(DELETE, { Name: NAME, GroupName: GROUP }, cases.slice(0, 3), members);
  });

  it('GIVEN a throttle then a 5xx then an answer WHEN both clients create THEN they retry alike (one token for every attempt) and return the same output', async () => {
    const answers: Answer[] = [
      {
        status: 429,
        body: '{"Message":"Rate exceeded"}',
        headers: { 'x-amzn-errortype': 'ThrottlingException' },
      },
      { status: 500, body: '{}', headers: { 'x-amzn-errortype': 'InternalServerException' } },
      ok({ ScheduleArn: SCHEDULE_ARN }),
    ];
    const input = {
      Name: NAME,
      ScheduleExpression: 'rate(1 hour)',
      FlexibleTimeWindow: { Mode: 'OFF' as const },
      Target: { Arn: TARGET_ARN, RoleArn: ROLE },
    };
    const { stock, lean } = await settle(() => both(CREATE, input, answers));
    expect(stock.sent).toHaveLength(3);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN Scheduler’s modelled errors in the SDK WHEN the lean client lists them THEN it has the same ones with the same faults', () => {
    const modelled = Object.entries(Stock)
      .filter(([name, schema]) => name.endsWith('$') && Array.isArray(schema) && schema[0] === -3)
      .filter(([name]) => name !== 'SchedulerServiceException$')
      .map(([, schema]) => [
        (schema as unknown[])[2] as string,
        ((schema as unknown[])[3] as { error: string }).error,
      ]);
    expect([...Lean.SCHEDULER_MODELED_ERRORS].sort()).toStrictEqual([...modelled].sort());
  });

  it('GIVEN an input member the lean client does not model or no name WHEN it is sent THEN it is refused naming it, never sent without it', async () => {
    const client = new Lean.SchedulerClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      retryMode: 'standard',
      requestHandler: { handle: async () => ({ response: {} }) } as never,
    });
    await expect(
      client.run(new Lean.GetScheduleCommand({ Name: NAME, extra: 1 } as Stock.GetScheduleCommandInput)),
    ).rejects.toThrow(/GetSchedule: member\(s\) extra not supported/);
    await expect(
      client.run(new Lean.GetScheduleCommand({} as Stock.GetScheduleCommandInput)),
    ).rejects.toThrow(/No value provided for input HTTP label: Name/);
  });
});
