import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

export interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly description: string;
}

/** Runs the cdk-nag AwsSolutions pack over a synthesized scope: every unacknowledged error and warning. */
export const nagFindings = (scope: IConstruct): Finding[] =>
  new AwsSolutionsChecks().validateScope(scope).violations.map((v) => ({
    rule: v.ruleName,
    severity: String(v.severity ?? ''),
    description: v.description,
  }));

export interface AcknowledgedRule {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/** Every rule acknowledged anywhere under the scope (Validations.of(x).acknowledge), with its reason. */
export const acknowledgedRules = (scope: IConstruct): AcknowledgedRule[] =>
  scope.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) =>
        Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({
          path: c.node.path,
          id,
          reason,
        })),
      ),
  );
