import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactExecutionId, expandExecutionId } from '../../functions/data/run-item';

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_#-]{0,20}$/);

describe('an ended run execution id stored with its ids as tokens', () => {
  it('GIVEN any ids and an ARN made of them and other text WHEN compacted THEN it expands to the ARN exactly, or is left as it is', () => {
    fc.assert(
      fc.property(
        fc.record({ tenantId: id, workflowId: id, runId: id }),
        fc.array(fc.oneof(fc.constantFrom('tenantId', 'workflowId', 'runId'), fc.string({ maxLength: 8 })), {
          maxLength: 8,
        }),
        (ids, parts) => {
          const arn = parts
            .map((p) => (p === 'tenantId' || p === 'workflowId' || p === 'runId' ? ids[p] : p))
            .join(':');
          const compact = compactExecutionId(arn, ids);
          if (compact === undefined) return;
          expect(compact.length).toBeLessThan(arn.length);
          expect(expandExecutionId(compact, ids)).toBe(arn);
        },
      ),
    );
  });

  it('GIVEN an ARN that already holds a brace WHEN compacted THEN it is kept as it is', () => {
    const ids = { tenantId: 't', workflowId: 'w', runId: 'r' };
    expect(compactExecutionId('arn:{t}:t-w:r', ids)).toBeUndefined();
    expect(expandExecutionId('arn:aws:states:t-w:r', ids)).toBe('arn:aws:states:t-w:r');
  });
});
