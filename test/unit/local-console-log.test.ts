import { describe, expect, it } from 'vitest';
import { formatEngineEvent } from '../../infra/local/console-log';

describe('the local runtime console log', () => {
  const label = (machine: string) =>
    machine === 'dynaris-local_t-wf1' ? '"Lead follow-up" (t/wf1)' : undefined;

  it('GIVEN Standard and Express executions WHEN they start and finish THEN both lines name the workflow, not the ARN', () => {
    const standard = 'arn:aws:states:us-east-1:0:execution:dynaris-local_t-wf1:wf1-abc';
    const express = 'arn:aws:states:us-east-1:0:express:dynaris-local_t-wf1:wf1-abc:3f2a-uuid';
    for (const executionArn of [standard, express]) {
      expect(
        formatEngineEvent(
          { type: 'ExecutionStarted', executionArn, name: 'wf1-abc', at: '2026-03-02T08:00:00Z' },
          label,
        ),
      ).toBe('03-02 08:00:00 ▶ "Lead follow-up" (t/wf1) / wf1-abc started');
      expect(
        formatEngineEvent(
          {
            type: 'ExecutionFinished',
            executionArn,
            name: 'wf1-abc',
            status: 'SUCCEEDED',
            at: '2026-03-02T08:00:01Z',
          },
          label,
        ),
      ).toBe('03-02 08:00:01 ■ "Lead follow-up" (t/wf1) / wf1-abc SUCCEEDED');
    }
  });
});
