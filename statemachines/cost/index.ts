/** What one run of a workflow costs on AWS: prices.ts (list prices and usage assumptions), estimate.ts, report.ts. */
export * from './estimate';
export * from './prices';
export * from './report';
