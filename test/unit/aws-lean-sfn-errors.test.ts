import * as Stock from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import * as Lean from '../../functions/adapters/aws-lean/sfn';
import { ARN, CREATE, DEFINITION, DELETE, DESCRIBE, ok, ROLE } from '../support/aws-lean-sfn';
import { type Answer, both, expectSameErrors, settle, wireComparison } from '../support/aws-lean-wire';

/** The lean Step Functions client's errors, retries and refusals against the stock SFN client, on the wire. */

wireComparison();

describe('lean Step Functions errors and retries against the stock client', () => {
  it('GIVEN Step Functions error answers (modelled or not, with their members, any status) WHEN both clients call THEN the requests, retries and errors (name, message, fault, metadata, members) are the same', async () => {
    const cases: (Answer | Answer[])[] = [
      { status: 400, body: '{"__type":"StateMachineDoesNotExist","message":"State Machine Does Not Exist"}' },
      {
        status: 400,
        body: '{"__type":"com.amazonaws.swf.service.v2.model#StateMachineAlreadyExists","message":"exists"}',
      },
      {
        status: 400,
        body: '{"__type":"ValidationException","message":"bad","reason":"CANNOT_UPDATE_COMPLETED_MAP_RUN"}',
      },
      { status: 400, body: '{"__type":"ResourceNotFound","message":"gone","resourceName":"arn:x"}' },
      { status: 400, body: '{"__type":"TooManyTags","Message":"too many","resourceName":"arn:y"}' },
      { status: 400, body: '{"__type":"KmsInvalidStateException","kmsKeyState":"DISABLED","message":""}' },
      { status: 400, body: '{"__type":"InvalidDefinition","message":"","Message":"capital"}' },
      { status: 400, body: '{"__type":"StateMachineDeleting"}' },
      { status: 400, body: '{"__type":"SomethingNew","message":"unmodelled","extra":{"a":1}}' },
      { status: 400, body: '{"code":"AccessDeniedException","message":"no"}' },
      { status: 403, body: '', headers: { 'x-amzn-errortype': 'UnrecognizedClientException:http://x' } },
      // A modelled error is a client fault whatever the status; retried only when it is 5xx.
      { status: 500, body: '{"__type":"StateMachineLimitExceeded","message":"limit"}' },
      [
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
        { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      ],
      [
        { status: 503, body: '{"__type":"ServiceUnavailable"}' },
        { status: 500, body: '{"__type":"InternalFailure"}' },
        { status: 500, body: '{"__type":"InternalFailure"}' },
      ],
    ];
    const members = ['__type', 'reason', 'resourceName', 'kmsKeyState', 'extra', 'Message', 'code'];
    await expectSameErrors(DESCRIBE, { stateMachineArn: ARN }, cases, members);
    await expectSameErrors(DELETE, { stateMachineArn: ARN }, cases.slice(0, 3), members);
  });

  it('GIVEN a throttle then a 5xx then an answer WHEN both clients create THEN they retry alike and return the same output', async () => {
    const answers: Answer[] = [
      { status: 400, body: '{"__type":"ThrottlingException","message":"Rate exceeded"}' },
      { status: 500, body: '{"__type":"InternalFailure"}' },
      ok({ stateMachineArn: ARN, creationDate: 1733420130 }),
    ];
    const input = { name: 'n', definition: DEFINITION, roleArn: ROLE };
    const { stock, lean } = await settle(() => both(CREATE, input, answers));
    expect(stock.sent).toHaveLength(3);
    expect(lean.sent).toStrictEqual(stock.sent);
    expect(lean.result).toStrictEqual(stock.result);
  });

  it('GIVEN Step Functions’ modelled errors in the SDK WHEN the lean client lists them THEN it has the same ones (all client faults)', () => {
    const modelled = Object.entries(Stock)
      .filter(([name, schema]) => name.endsWith('$') && Array.isArray(schema) && schema[0] === -3)
      .filter(([name]) => name !== 'SFNServiceException$')
      .map(([, schema]) => {
        expect((schema as unknown[])[3]).toMatchObject({ error: 'client' });
        return (schema as unknown[])[2] as string;
      });
    expect([...Lean.SFN_MODELED_ERRORS].sort()).toStrictEqual([...modelled].sort());
  });

  it('GIVEN an input member the lean client does not model WHEN it is sent THEN it is refused naming it, never sent without it', async () => {
    const client = new Lean.SFNClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      retryMode: 'standard',
      requestHandler: { handle: async () => ({ response: {} }) } as never,
    });
    await expect(
      client.run(
        new Lean.DescribeStateMachineCommand({
          stateMachineArn: ARN,
          extra: 1,
        } as Stock.DescribeStateMachineCommandInput),
      ),
    ).rejects.toThrow(/DescribeStateMachine: member\(s\) extra not supported/);
  });
});
