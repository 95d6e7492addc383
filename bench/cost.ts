/**
 * What a million lead follow-up runs (the template as shipped) cost on AWS list prices, as `dynaris cost` counts
 * them, beside what a million executions cost on n8n cloud.
 *
 *   npx tsx bench/cost.ts
 */
import { estimateCost } from '../statemachines/cost';
import { WorkflowDefinition } from '../statemachines/schema';
import { templateJson } from '../statemachines/templates';
import { note, report } from './lib/figures';

/**
 * n8n cloud's cheapest price per execution: the Pro plan, EUR 50 a month (billed annually) for 10,000 executions
 * (https://n8n.io/pricing/, December 2026), converted at 1.08 USD per EUR.
 */
const N8N_PER_MILLION_USD = (50 / 10_000) * 1_000_000 * 1.08;

const estimate = estimateCost(WorkflowDefinition.parse(templateJson('lead-follow-up')));
report({
  id: 'cost.perMillion',
  label: `lead follow-up on AWS per million runs (${estimate.workflowType}, us-east-1 list prices)`,
  value: estimate.perMillionRunsUsd,
  unit: 'USD',
  target: { kind: 'max', limit: 50 },
});
for (const line of estimate.lines)
  note(
    `${line.service.padEnd(15)} ${line.item.slice(0, 90).padEnd(90)} $${line.perMillionRunsUsd.toFixed(2)}`,
  );
note(
  `n8n cloud: $${N8N_PER_MILLION_USD.toFixed(0)} per million executions (Pro, EUR 50/month for 10,000); Dynaris is 1/${(N8N_PER_MILLION_USD / estimate.perMillionRunsUsd).toFixed(0)} of it`,
);
