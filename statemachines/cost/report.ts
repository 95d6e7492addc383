import type { CostEstimate } from './estimate';

const usd = (n: number, perRun: boolean): string => (perRun ? `$${n.toFixed(8)}` : `$${n.toFixed(2)}`);

const pad = (text: string, width: number): string => text.padEnd(width);
const padLeft = (text: string, width: number): string => text.padStart(width);

/** The estimate as the CLI prints it (`dynaris cost`). */
export const formatCostReport = (estimate: CostEstimate): string => {
  const rows = estimate.lines.map((l) => [
    l.service,
    l.item,
    `${l.quantity} ${l.unit}${l.quantity === 1 ? '' : 's'}`,
    usd(l.perRunUsd, true),
    usd(l.perMillionRunsUsd, false),
  ]);
  const header = ['Service', 'What', 'Quantity per run', 'Cost per run', 'Per 1M runs'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i >= 3 ? padLeft(c, widths[i] ?? 0) : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const total = ['Total', '', '', usd(estimate.perRunUsd, true), usd(estimate.perMillionRunsUsd, false)];
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const fns = Object.entries(estimate.assumptions.functions)
    .map(([fn, p]) => `${fn} ${p.memoryMb} MB ${p.durationMs} ms`)
    .join('; ');
  return [
    `Cost estimate: ${estimate.workflow} (${estimate.workflowType}, ${estimate.region})`,
    '',
    fmt(header),
    rule,
    ...rows.map(fmt),
    rule,
    fmt(total),
    '',
    `Main path: ${estimate.assumptions.mainPath}; forEach assumed ${estimate.assumptions.forEachItems} items.`,
    `Usage per run: ${estimate.usage.stateTransitions} state transitions, ${estimate.usage.lambdaInvocations} Lambda invocations, ${estimate.usage.events} events, ${estimate.usage.dynamoDbWrites} DynamoDB writes, ${estimate.usage.dynamoDbReads} reads, about ${(estimate.usage.activeDurationMs / 1000).toFixed(1)} s active.`,
    `Lambda assumptions (arm64, warm): ${fns}.`,
    `Not counted: ${estimate.assumptions.notCounted}.`,
    `Prices: ${estimate.prices.source}.`,
  ].join('\n');
};
