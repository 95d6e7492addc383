import { describe, expect, it } from 'vitest';
import { trackingIdFor } from '../../functions/agents/email/tracking';
import { taskIdempotencyKey } from '../../functions/agents/runner';
import { taskUnit } from '../../statemachines/contracts';

const meta = { tenantId: 't1', workflowId: 'w', runId: 'r', executionId: 'exec-1', stepId: 'send' };

describe('the unit of work of a task', () => {
  it('GIVEN the same inner index in two outer iterations WHEN keyed THEN the keys differ (nested forEach)', () => {
    const first = { ...meta, itemIndex: 3, itemPath: '0.3' };
    const second = { ...meta, itemIndex: 3, itemPath: '1.3' };
    expect(taskUnit(first)).not.toBe(taskUnit(second));
    expect(taskIdempotencyKey('email.send', first)).not.toBe(taskIdempotencyKey('email.send', second));
    expect(trackingIdFor(first)).not.toBe(trackingIdFor(second));
  });

  it('GIVEN a retry of the same step and item WHEN keyed THEN the key is the same', () => {
    expect(taskIdempotencyKey('email.send', { ...meta, itemIndex: 2, attempt: 0 })).toBe(
      taskIdempotencyKey('email.send', { ...meta, itemIndex: 2, attempt: 1 }),
    );
    expect(taskUnit(meta)).toBe('exec-1#send#-1');
  });
});
