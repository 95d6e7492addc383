import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ofType, s, useSynthesizedStack } from './support/resources';

useSynthesizedStack();

/** A token in the dashboard body (Fn::Join part that is not a string) stands for a deploy-time value. */
type BodyPart = string | Record<string, unknown>;

/** The dashboard body as JSON, each token (a Ref, a GetAtt) written as `{{LogicalId}}`. */
const dashboardBody = (): { widgets: { type: string; properties: Record<string, unknown> }[] } => {
  const [dashboards] = ofType('AWS::CloudWatch::Dashboard');
  if (dashboards === undefined) throw new Error('the stack has no dashboard');
  const [, parts] = (dashboards[1].Properties.DashboardBody as { 'Fn::Join': [string, BodyPart[]] })[
    'Fn::Join'
  ];
  const text = parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = (part.Ref ?? (part['Fn::GetAtt'] as string[] | undefined)?.[0]) as string;
      return `{{${ref}}}`;
    })
    .join('');
  return JSON.parse(text);
};

/** Names of the Dynaris-namespace metrics the graph widgets show (plain metrics and SEARCH expressions). */
const graphedDynarisMetrics = (): string[] =>
  dashboardBody()
    .widgets.filter((w) => w.type === 'metric')
    .flatMap((w) => w.properties.metrics as unknown[][])
    .flatMap((line) => {
      const [first, second] = line;
      if (first === 'Dynaris' && typeof second === 'string') return [second];
      const expression = (first as { expression?: string } | undefined)?.expression ?? '';
      const search = /^SEARCH\('\{Dynaris,[^}]*\} MetricName="(\w+)"'/.exec(expression);
      return search?.[1] === undefined ? [] : [search[1]];
    });

describe('the dashboard and alarms read the EMF metrics', () => {
  it.each([
    'RunsStarted',
    'RunsSucceeded',
    'RunsFailed',
    'StepDuration',
    'DispatchFanOut',
    'DispatchLag',
    'WebhooksAccepted',
    'WebhooksRefused',
    'WebhooksDuplicate',
    'LlmInputTokens',
    'LlmOutputTokens',
  ])('GIVEN the stack WHEN synthesized THEN the dashboard graphs %s from the Dynaris namespace', (name) => {
    expect(graphedDynarisMetrics()).toContain(name);
  });

  it('GIVEN the stack WHEN synthesized THEN a failed run alarms on RunsFailed of the supervisor (which counts runs), to the topic', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Dynaris',
      MetricName: 'RunsFailed',
      Dimensions: [{ Name: 'service', Value: 'supervisor' }],
      Statistic: 'Sum',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('ObservabilityAlarms') }],
    });
  });

  it('GIVEN the stack WHEN synthesized THEN dispatch lag and refused webhooks alarm across every series (Metrics Insights)', () => {
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 60_000,
      Metrics: [
        Match.objectLike({
          Expression: 'SELECT MAX(DispatchLag) FROM SCHEMA(Dynaris, service, event)',
          Period: 300,
        }),
      ],
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 50,
      Metrics: [
        Match.objectLike({ Expression: 'SELECT SUM(WebhooksRefused) FROM SCHEMA(Dynaris, service, source)' }),
      ],
    });
  });

  it('GIVEN the stack WHEN synthesized THEN the per-workflow table queries the supervisor log group', () => {
    const table = dashboardBody().widgets.find((w) => w.type === 'log');
    const query = String(table?.properties.query);
    expect(query).toMatch(
      /^SOURCE '\{\{FunctionssupervisorLogs[0-9A-F]+\}\}' \| filter ispresent\(workflowId\)/,
    );
    expect(query).toContain('stats sum(RunsStarted) as started');
  });
});

describe('tracing on every function and state machine', () => {
  it('GIVEN the stack WHEN synthesized THEN every function traces actively and carries no layer (logging, metrics and tracing are bundled)', () => {
    // CDK's own custom-resource providers (S3 auto-delete) run CDK's code, not ours.
    const functions = ofType('AWS::Lambda::Function').filter(
      ([id, f]) => f.Properties.Runtime === 'nodejs24.x' && !id.includes('CustomResourceProvider'),
    );
    expect(functions.length).toBeGreaterThan(10);
    for (const [, fn] of functions) {
      expect(fn.Properties.Layers).toBeUndefined();
      expect(fn.Properties.TracingConfig).toStrictEqual({ Mode: 'Active' });
    }
    const parameters = Object.values(
      (s.template.toJSON().Parameters ?? {}) as Record<string, { Default?: string }>,
    );
    expect(parameters.filter((p) => p.Default?.startsWith('/aws/service/powertools/'))).toStrictEqual([]);
  });

  it('GIVEN every built-in state machine WHEN synthesized THEN X-Ray tracing is on', () => {
    const machines = ofType('AWS::StepFunctions::StateMachine');
    expect(machines.length).toBeGreaterThan(0);
    for (const [, m] of machines) expect(m.Properties.TracingConfiguration).toStrictEqual({ Enabled: true });
  });
});
