import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtInCatalogFromEnv,
  builtInWorkflowsConfig,
  createBuiltInCatalog,
} from '../../functions/data/built-in-workflows';
import { TEMPLATE_IDS } from '../../statemachines/templates';

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

describe('BUILT_IN_WORKFLOWS read without building its schema', () => {
  /** What the schema makes of a value: the catalog's views of every tenant named, or the cold start's error. */
  const bySchema = (value: unknown, tenants: readonly string[]) => {
    const parsed = builtInWorkflowsConfig().safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      return { error: `BUILT_IN_WORKFLOWS is invalid: ${problems.join('; ')}` };
    }
    const catalog = createBuiltInCatalog(parsed.data);
    return { views: tenants.map((t) => catalog.list(t)) };
  };
  const byEnv = (value: unknown, tenants: readonly string[]) => {
    try {
      const catalog = builtInCatalogFromEnv({ BUILT_IN_WORKFLOWS: JSON.stringify(value) });
      return { views: tenants.map((t) => catalog.list(t)) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  it('GIVEN any config, valid or a near miss (extra or missing keys, empty or wrong-typed values, unknown templates, bad ARNs) WHEN read at cold start THEN the catalog or the error is what the schema gives', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', 'acme', '__proto__', 'constructor'),
    );
    const goodArn = fc.constantFrom(ARN, 'arn:aws-cn:states:cn-north-1:1:stateMachine:x_y-z');
    const badArn = fc.oneof(
      fc.constantFrom(`${ARN}:1`, 'arn:aws:states:eu-west-1:1:stateMachine:a b', 'arn::lambda:::function:x'),
      text,
    );
    const anyValue = fc.oneof(
      text,
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
    );
    const valid = fc.record({
      tenantId: fc.string({ minLength: 1, maxLength: 8 }),
      workflows: fc.array(
        fc.record({ templateId: fc.constantFrom(...TEMPLATE_IDS), stateMachineArn: goodArn }),
        {
          maxLength: 4,
        },
      ),
    });
    /** A valid config with at most one change that the schema refuses (or none). */
    const config = fc
      .tuple(
        valid,
        fc.constantFrom(
          'none',
          'root-extra',
          'root-missing',
          'root-value',
          'workflow-extra',
          'workflow-missing',
          'workflow-value',
          'template',
          'arn',
          'workflow-not-object',
          'not-object',
          'empty-tenant',
        ),
        fc.nat(),
        anyValue,
        text,
        badArn,
      )
      .map(([c, change, at, value, word, arn]) => {
        const out: Record<string, unknown> = { ...c, workflows: c.workflows.map((w) => ({ ...w })) };
        const ws = out.workflows as Record<string, unknown>[];
        const w = ws.length > 0 ? ws[at % ws.length] : undefined;
        const key = at % 2 === 0 ? 'tenantId' : 'workflows';
        const wkey = at % 2 === 0 ? 'templateId' : 'stateMachineArn';
        if (change === 'empty-tenant') out.tenantId = '';
        if (change === 'root-extra') out[word || 'extra'] = value;
        if (change === 'root-missing') delete out[key];
        if (change === 'root-value') out[key] = value;
        if (change === 'workflow-extra' && w) w[word || 'extra'] = value;
        if (change === 'workflow-missing' && w) delete w[wkey];
        if (change === 'workflow-value' && w) w[wkey] = value;
        if (change === 'template' && w) w.templateId = word;
        if (change === 'arn' && w) w.stateMachineArn = arn;
        if (change === 'workflow-not-object' && w) ws[at % ws.length] = value as Record<string, unknown>;
        return change === 'not-object' ? value : out;
      });
    fc.assert(
      fc.property(config, (value) => {
        const tenants = [
          'acme',
          typeof value === 'object' && value && 'tenantId' in value ? String(value.tenantId) : '',
        ];
        expect(byEnv(value, tenants)).toStrictEqual(bySchema(value, tenants));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN the config infra sets for every template WHEN read THEN it is accepted without the schema being built', () => {
    const value = {
      tenantId: 'acme',
      workflows: TEMPLATE_IDS.map((t) => ({ templateId: t, stateMachineArn: ARN })),
    };
    expect(byEnv(value, ['acme'])).toStrictEqual(bySchema(value, ['acme']));
    expect(byEnv(value, ['acme']).views?.[0]).toHaveLength(TEMPLATE_IDS.length);
  });
});
