import { describe, expect, it } from 'vitest';
import { builtInCatalogFromEnv } from '../../functions/data/built-in-workflows';

const ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:dynaris-dev_acme-builtin-lead-follow-up';
const env = (value: unknown) => ({
  BUILT_IN_WORKFLOWS: typeof value === 'string' ? value : JSON.stringify(value),
});

describe('BUILT_IN_WORKFLOWS, read at cold start', () => {
  it('GIVEN the variable infra sets WHEN read THEN the tenant it names has the built-in, with its state machine, and no other tenant has any', () => {
    const catalog = builtInCatalogFromEnv(
      env({ tenantId: 'acme', workflows: [{ templateId: 'lead-follow-up', stateMachineArn: ARN }] }),
    );
    expect(catalog.list('acme').map((w) => [w.workflowId, w.deployed?.stateMachineArn])).toStrictEqual([
      ['builtin-lead-follow-up', ARN],
    ]);
    expect(catalog.get('acme', 'builtin-lead-follow-up')?.builtIn).toBe(true);
    expect(catalog.list('other')).toStrictEqual([]);
    expect(catalog.get('other', 'builtin-lead-follow-up')).toBeUndefined();
  });

  it('GIVEN no variable WHEN read THEN there are no built-ins', () => {
    expect(builtInCatalogFromEnv({}).list('acme')).toStrictEqual([]);
  });

  it('GIVEN an unknown template, a bad ARN or text that is not JSON WHEN read THEN the cold start fails naming the variable and the field', () => {
    expect(() =>
      builtInCatalogFromEnv(
        env({ tenantId: 'acme', workflows: [{ templateId: 'nope', stateMachineArn: ARN }] }),
      ),
    ).toThrow(/BUILT_IN_WORKFLOWS is invalid: workflows\.0\.templateId: not a template id/);
    expect(() =>
      builtInCatalogFromEnv(
        env({ tenantId: 'acme', workflows: [{ templateId: 'lead-follow-up', stateMachineArn: 'lead' }] }),
      ),
    ).toThrow(/BUILT_IN_WORKFLOWS is invalid: workflows\.0\.stateMachineArn/);
    expect(() => builtInCatalogFromEnv(env('lead-follow-up'))).toThrow(/BUILT_IN_WORKFLOWS is not JSON/);
  });
});
