import { describe, expect, it } from 'vitest';
import type { AslMapState } from '../../statemachines/compile';
import { aslProblemsBatch } from '../support/asl-batch';
import { compile, compiledHere, states, TO_RECORD_FAILURE } from '../support/compile-steps';

const exportLeads = { id: 'export', action: 'crm.exportLeads', input: { tag: 'spring' } };
const send = { id: 'send', action: 'email.send', input: { to: '{{item.email}}', subject: 's', body: 'b' } };

describe('forEach over an item file (a Distributed Map)', () => {
  it('GIVEN forEach.itemsFrom WHEN compiled THEN a Distributed Map reads the JSON Lines file from S3, runs each item as a STANDARD child, writes the results to S3 and keeps only where they are', () => {
    const s = states([
      exportLeads,
      {
        id: 'each',
        forEach: { itemsFrom: '{{steps.export.leads}}', toleratedFailurePercent: 5, steps: [send] },
      },
    ]);
    const { ItemProcessor, ...map } = s['For each lead'] as AslMapState;
    expect(map).toStrictEqual({
      Type: 'Map',
      Label: 'each',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { InputType: 'JSONL' },
        Parameters: { Bucket: 'dynaris-files', 'Key.$': '$.steps.export.leads.key' },
      },
      ToleratedFailurePercentage: 5,
      ItemSelector: {
        'trigger.$': '$.trigger',
        'context.$': '$.context',
        'outer.$': '$.steps',
        steps: {},
        'item.$': '$$.Map.Item.Value',
        'index.$': '$$.Map.Item.Index',
      },
      ResultWriter: {
        Resource: 'arn:aws:states:::s3:putObject',
        Parameters: { Bucket: 'dynaris-files', Prefix: 'map-results' },
      },
      ResultSelector: { 'mapRunArn.$': '$.MapRunArn', 'results.$': '$.ResultWriterDetails' },
      ResultPath: '$.steps.each',
      Catch: [TO_RECORD_FAILURE],
      Next: 'Finish run',
    });
    expect(ItemProcessor.ProcessorConfig).toStrictEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(ItemProcessor.StartAt).toBe('Send email: s');
  });

  it('GIVEN a concurrency and no tolerance WHEN compiled THEN MaxConcurrency is set and one failed item fails the step (0%)', () => {
    const s = states([
      exportLeads,
      { id: 'each', forEach: { itemsFrom: '{{steps.export.leads}}', concurrency: 500, steps: [send] } },
    ]);
    expect(s['For each lead']).toMatchObject({ MaxConcurrency: 500, ToleratedFailurePercentage: 0 });
  });

  it('GIVEN a forEach with itemsFrom WHEN the workflow type is chosen THEN it is STANDARD (a Distributed Map of waits can run for days)', () => {
    const compiled = compile([
      exportLeads,
      { id: 'each', forEach: { itemsFrom: '{{steps.export.leads}}', steps: [send] } },
    ]);
    expect(compiled.type).toBe('STANDARD');
  });
});

describe('asl-validator', () => {
  it('GIVEN every definition compiled in this file WHEN checked with asl-validator THEN none has a problem', () => {
    expect(compiledHere.length).toBeGreaterThan(2);
    expect(aslProblemsBatch(compiledHere)).toStrictEqual([]);
  });
});
