import { describe, expect, it, vi } from 'vitest';
import * as compiler from '../../statemachines/compile/compiler';
import { stepStateNames } from '../../statemachines/compile/names';
import { placeholderResolver } from '../../statemachines/compile/resolver';
import { estimateCost } from '../../statemachines/cost';
import { toMermaid } from '../../statemachines/diagram';
import { WorkflowDefinition } from '../../statemachines/schema';
import { TEMPLATE_IDS, TEMPLATES } from '../../statemachines/templates';

vi.mock(import('../../statemachines/compile/compiler'), async (original) => {
  const actual = await original();
  return { ...actual, compileWorkflow: vi.fn(actual.compileWorkflow) };
});

const crowded = WorkflowDefinition.parse({
  name: 'Same names everywhere',
  trigger: { type: 'manual' },
  steps: [
    { id: 'a', name: 'Step', action: 'log', input: { message: 'a' } },
    {
      id: 'w',
      waitFor: { event: 'email.received', match: { leadId: '{{trigger.lead.id}}' }, timeout: 'P2D' },
      onEvent: [{ id: 'b', name: 'Step', action: 'log', input: { message: 'b' } }],
      onTimeout: [{ id: 'c', name: 'Step', action: 'log', input: { message: 'c' } }],
    },
    {
      id: 'f',
      forEach: {
        items: '{{trigger.items}}',
        steps: [{ id: 'd', name: 'Step', action: 'log', input: { message: 'd' } }],
      },
    },
    { id: 'p', parallel: [[{ id: 'e', name: 'Step', action: 'log', input: { message: 'e' } }], []] },
    {
      id: 'ok',
      approval: { message: 'Go?' },
      onReject: [{ id: 'g', name: 'Step', action: 'log', input: { message: 'g' } }],
    },
  ],
});

describe('State names without compiling the workflow', () => {
  it('GIVEN every template and a workflow of clashing names WHEN the step state names are computed alone THEN they equal the compiled state names', () => {
    for (const def of [...TEMPLATE_IDS.map((id) => TEMPLATES[id]), crowded]) {
      const alone = Object.fromEntries([...stepStateNames(def.steps)].map(([step, name]) => [step.id, name]));
      expect(alone).toEqual(compiler.compileWorkflow(def, { resolver: placeholderResolver }).stateNames);
    }
  });

  it('GIVEN a valid workflow WHEN it is drawn or its cost estimated THEN it is not compiled again (the API draws one on every read, after validation compiled it)', () => {
    const compileWorkflow = vi.mocked(compiler.compileWorkflow);
    compileWorkflow.mockClear();
    const diagram = toMermaid(crowded);
    estimateCost(crowded);
    expect(compileWorkflow).not.toHaveBeenCalled();
    expect(diagram).toContain('Step (2)');
  });
});
