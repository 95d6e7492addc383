import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readStageConfig } from '../../../infra/config';
import { FUNCTION_ENTRIES } from '../../../infra/constructs/functions';
import { FUNCTIONS_DIR } from '../../../infra/paths';
import { DynarisStack } from '../../../infra/stack';
import { loadTemplates } from '../../../infra/templates';
import { TEMPLATE_IDS } from '../../../statemachines/templates';

/** Every handler entry the stack points at (relative to functions/). */
export const ENTRY_FILES = Object.values(FUNCTION_ENTRIES);

export const missingEntries = (dir = FUNCTIONS_DIR): string[] =>
  ENTRY_FILES.filter((f) => !existsSync(join(dir, f)));

export const TEST_ACCOUNT = '123456789012';
export const TEST_REGION = 'eu-central-1';
export const TEST_TENANT = 'acme';

export interface Synthesized {
  readonly app: App;
  readonly stack: DynarisStack;
  readonly template: Template;
  readonly resources: Record<
    string,
    { Type: string; Properties: Record<string, unknown> } & Record<string, unknown>
  >;
}

const synthesized = new Map<string, Synthesized>();

/**
 * Synthesizes the stack as `cdk synth` would, once per context: the infra test files share one worker
 * (vitest.config.ts), so they share each synthesized stack instead of paying a whole-stack synth per file.
 * Callers treat the result as read-only.
 */
export const synth = (context: Record<string, unknown> = {}, functionsDir?: string): Synthesized => {
  const key = JSON.stringify([context, functionsDir ?? null]);
  const cached = synthesized.get(key);
  if (cached) return cached;
  const fresh = synthesizeStack(context, functionsDir);
  synthesized.set(key, fresh);
  return fresh;
};

/** Every template deployed as a built-in and bundling skipped (`aws:cdk:bundling-stacks: []`). */
const synthesizeStack = (context: Record<string, unknown>, functionsDir?: string): Synthesized => {
  const missing = missingEntries(functionsDir);
  if (missing.length > 0) throw new Error(`Handler entry files not written yet: ${missing.join(', ')}`);
  const app = new App({
    context: {
      'aws:cdk:bundling-stacks': [],
      stage: 'dev',
      tenantId: TEST_TENANT,
      builtInWorkflows: TEMPLATE_IDS,
      ...context,
    },
  });
  const config = readStageConfig(app.node);
  const stack = new DynarisStack(app, `Dynaris-${config.stage}`, {
    config,
    templates: loadTemplates(),
    env: { account: TEST_ACCOUNT, region: TEST_REGION },
    ...(functionsDir ? { functionsDir } : {}),
  });
  const template = Template.fromStack(stack);
  return { app, stack, template, resources: template.toJSON().Resources };
};

export type Statement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
};

export const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Every statement of every policy attached to the role with this logical id (inline and managed). */
export const roleStatements = (resources: Synthesized['resources'], roleId: string): Statement[] => {
  const out: Statement[] = [];
  for (const r of Object.values(resources)) {
    if (r.Type !== 'AWS::IAM::Policy') continue;
    const props = r.Properties as { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } };
    if (props.Roles.some((role) => role.Ref === roleId)) out.push(...props.PolicyDocument.Statement);
  }
  const role = resources[roleId];
  for (const p of (role?.Properties?.Policies as
    | { PolicyDocument: { Statement: Statement[] } }[]
    | undefined) ?? []) {
    out.push(...p.PolicyDocument.Statement);
  }
  return out;
};

/** The role logical id of the function deployed as `dynaris-<stage>-<service>`. */
export const functionRoleId = (resources: Synthesized['resources'], functionName: string): string => {
  const fn = Object.values(resources).find(
    (r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.FunctionName === functionName,
  );
  if (!fn) throw new Error(`No function named ${functionName}`);
  const role = fn.Properties?.Role as { 'Fn::GetAtt': [string, string] };
  return role['Fn::GetAtt'][0];
};

export const actionsOf = (statements: readonly Statement[]): string[] =>
  [...new Set(statements.flatMap((s) => asArray(s.Action)))].sort();

/** Renders a CloudFormation value (Fn::Join/Ref/GetAtt) as readable text: `arn:<AWS::Partition>:…<Id.Arn>`. */
export const render = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('Ref' in o) return `<${String(o.Ref)}>`;
    if ('Fn::GetAtt' in o) return `<${(o['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
      return parts.map(render).join(sep);
    }
    if ('Fn::ImportValue' in o) return `<import:${render(o['Fn::ImportValue'])}>`;
  }
  return JSON.stringify(value);
};

/** The resources (rendered) of the statements that allow `action`. */
export const resourcesFor = (statements: readonly Statement[], action: string): string[] =>
  statements
    .filter((st) => asArray(st.Action).includes(action))
    .flatMap((st) => asArray(st.Resource).map(render));
