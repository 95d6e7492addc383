import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';
import { estimateCost } from '../../statemachines/cost';
import { WorkflowDefinition } from '../../statemachines/schema';

/** docs/aws-behaviour.md's Express-or-Standard table: its figures are what `dynaris cost` says of its workflows today. */
const doc = readFileSync(join(REPO_ROOT, 'docs/aws-behaviour.md'), 'utf8');
const fixture = (file: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'test/fixtures/cost', file), 'utf8')) as Record<string, unknown>;
const dollars = (n: number) => `$${n.toFixed(2)}`;

describe('the cost figures quoted in docs/aws-behaviour.md', () => {
  it.each(['three-actions.json', 'email-found-leads.json'])(
    'GIVEN the workflow %s WHEN priced as EXPRESS and as STANDARD THEN its row of the table shows both totals',
    (file) => {
      const json = fixture(file);
      const express = estimateCost(WorkflowDefinition.parse(json));
      const standard = estimateCost(WorkflowDefinition.parse({ ...json, settings: { type: 'STANDARD' } }));
      expect(express.workflowType).toBe('EXPRESS');
      expect(standard.workflowType).toBe('STANDARD');
      const row = doc.split('\n').find((line) => line.includes(`(\`${file}\`)`));
      expect(row, `a row naming ${file}`).toBeDefined();
      const cells = (row ?? '').split('|').map((c) => c.trim());
      expect(cells[2]).toBe(dollars(express.perMillionRunsUsd));
      expect(cells[3]?.startsWith(`${dollars(standard.perMillionRunsUsd)} `)).toBe(true);
    },
  );
});
