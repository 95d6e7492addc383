import { describe, expect, it } from 'vitest';
import { dryRunWorkflow } from '../../../functions/engine/dry-run';
import { WorkflowDefinition } from '../../../statemachines/schema';

/**
 * A dry run lists the steps of a parallel's branches (and of a forEach's items) branch by branch, in index order,
 * each after the parallel (forEach) step that ran it: the answer does not depend on how many asynchronous steps each
 * state took, so the engine's fast paths and the library's data processing list the same steps in the same order.
 */
const NOW = new Date('2026-03-02T09:00:00.000Z');
const OPTIONS = { now: NOW, tenantId: 't1', workflowId: 'w1' } as const;

const log = (id: string, message: string) => ({ id, action: 'log', input: { message } });

describe('the order of a dry run steps', () => {
  it('GIVEN a parallel whose first branch has three steps and an if and whose second has one WHEN dry-run THEN the first branch is listed whole before the second, then the step after the parallel', async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Branches',
      trigger: { type: 'manual' },
      steps: [
        log('before', 'start'),
        {
          id: 'both',
          parallel: [
            [
              log('a1', 'one'),
              { id: 'a-if', if: { path: 'trigger.x', eq: 1 }, then: [log('a2', 'two')] },
              log('a3', 'three'),
            ],
            [{ id: 'b1', action: 'notify.team', input: { text: 'hello' } }],
          ],
        },
        log('after', 'end'),
      ],
    });
    const result = await dryRunWorkflow(definition, { x: 1 }, OPTIONS);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.steps.map((s) => s.id)).toStrictEqual([
      'before',
      'both',
      'a1',
      'a-if',
      'a2',
      'a3',
      'b1',
      'after',
    ]);
    expect(result.steps.find((s) => s.id === 'a3')?.input).toStrictEqual({ level: 'info', message: 'three' });
    expect(result.steps.find((s) => s.id === 'b1')?.input).toStrictEqual({ text: 'hello' });
  });

  it('GIVEN a forEach over two items with a nested forEach over two more WHEN dry-run THEN each outer item is listed whole, in index order, and each step has the input of its own item', async () => {
    const definition = WorkflowDefinition.parse({
      name: 'Items',
      trigger: { type: 'manual' },
      steps: [
        {
          id: 'outer',
          forEach: {
            items: '{{trigger.groups}}',
            steps: [
              log('first', 'group {{item.name}}'),
              {
                id: 'inner',
                forEach: { items: '{{item.members}}', steps: [log('member', 'member {{item}}')] },
              },
            ],
          },
        },
      ],
    });
    const trigger = {
      groups: [
        { name: 'g0', members: ['a', 'b'] },
        { name: 'g1', members: ['c', 'd'] },
      ],
    };
    const result = await dryRunWorkflow(definition, trigger, OPTIONS);
    expect(result.status).toBe('SUCCEEDED');
    expect(
      result.steps.map((s) => [
        s.id,
        s.itemIndex,
        s.action === 'log' ? (s.input as { message: string }).message : undefined,
      ]),
    ).toStrictEqual([
      ['outer', undefined, undefined],
      ['first', 0, 'group g0'],
      ['inner', 0, undefined],
      ['member', 0, 'member a'],
      ['member', 1, 'member b'],
      ['first', 1, 'group g1'],
      ['inner', 1, undefined],
      ['member', 0, 'member c'],
      ['member', 1, 'member d'],
    ]);
  });
});
