import { describe, expect, it } from 'vitest';
import { compileWorkflow, placeholderResolver } from '../../statemachines/compile';
import { collectReferences } from '../../statemachines/references';
import { WorkflowDefinition, walkSteps } from '../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES, templateJson } from '../../statemachines/templates';
import { validateWorkflow } from '../../statemachines/validate';

describe('seed templates', () => {
  it('GIVEN the template registry WHEN listed THEN it holds the six seed processes', () => {
    expect(TEMPLATE_IDS).toStrictEqual([
      'lead-follow-up',
      'daily-summary',
      'no-reply-reminder',
      'outreach-campaign',
      'meeting-follow-up',
      'invoice-payment-follow-up',
    ]);
  });

  it.each(TEMPLATE_IDS)('GIVEN template %s WHEN its raw JSON is validated THEN it is valid', (id) => {
    const report = validateWorkflow(templateJson(id));
    expect(report.issues).toStrictEqual([]);
    expect(report.valid).toBe(true);
  });

  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its raw JSON is parsed with the workflow schema THEN the result is TEMPLATES[id], so the registry needs no parse at run time',
    (id) => {
      expect(TEMPLATES[id]).toStrictEqual(WorkflowDefinition.parse(templateJson(id)));
      expect(TEMPLATES[id]).toStrictEqual(templateJson(id));
    },
  );

  it.each(TEMPLATE_IDS)('GIVEN template %s WHEN compiled THEN every step has a state', (id) => {
    const def = TEMPLATES[id];
    const compiled = compileWorkflow(def, { resolver: placeholderResolver });
    for (const { step } of walkSteps(def.steps)) expect(compiled.stateNames[step.id]).toBeDefined();
  });

  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its inputs are read THEN they use references, not placeholders',
    (id) => {
      const refs = collectReferences(TEMPLATES[id].steps);
      expect(refs.length).toBeGreaterThan(0);
      expect(JSON.stringify(templateJson(id))).not.toMatch(/TODO|example\.com|lorem/i);
    },
  );

  it('GIVEN a template WHEN one of its references is broken THEN validation catches it (the test can fail)', () => {
    const broken = templateJson('lead-follow-up') as { steps: { input: Record<string, unknown> }[] };
    const step = broken.steps[2];
    if (step) step.input.text = '{{steps.follow-up-call.startTime}}';
    expect(validateWorkflow(broken).issues.map((i) => i.code)).toStrictEqual(['unknown-field']);
  });
});
