import { join } from 'node:path';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';
import { FUNCTIONS_DIR, LOCK_FILE, REPO_ROOT } from '../paths';
import { acknowledge, REASONS } from './acknowledge';

/** ESM bundles still meet CommonJS dependencies that call require(): give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __dynarisCreateRequire } from 'node:module'; const require = __dynarisCreateRequire(import.meta.url);";

/**
 * NODE_OPTIONS of every function (none). Stack traces still point at the TypeScript sources: the bundle's source
 * map, shipped beside it, is read when an error is reported (functions/shared/source-stack.ts). `--enable-source-maps`
 * made Node decode the whole map at every cold start (+23 M instructions for the correlator, +67 M for
 * api-workflows: docs/performance.md, session 37). The bench (bench/lambdas.ts) starts its processes with the
 * functions' NODE_OPTIONS, since they are part of every cold start.
 */
export const FUNCTION_NODE_OPTIONS: string | undefined = undefined;

/** The esbuild options every function is bundled with (bench/infra.ts measures with the same ones). */
export const BUNDLING: nodejs.BundlingOptions = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  target: 'node24',
  format: nodejs.OutputFormat.ESM,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // Node reads sources as UTF-8: characters outside ASCII stay themselves instead of \uXXXX escapes (postal-mime's
  // HTML entity table is 45 KB escaped, the parser's tables and the catalogue's texts shrink too).
  charset: nodejs.Charset.UTF8,
  // The nodejs24.x runtime ships AWS SDK v3. Logging, metrics and tracing are Dynaris' own, bundled
  // (functions/shared/logger.ts, emf.ts, xray/): no function needs a layer.
  externalModules: ['@aws-sdk/*'],
  // Routes' OpenAPI docs and the response schemas only they use are dropped (RouteDocs, functions/shared/http).
  define: { DYNARIS_BUNDLE: 'true' },
  forceDockerBundling: false,
};

/**
 * Packages a function's bundle replaces (esbuild alias), by service name: a module it would carry but never run.
 * Paths are relative to functions/.
 */
export const FUNCTION_BUNDLE_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Dry runs run compiled definitions unchecked (validate: false, noValidate; the ASL check is LocalEngine's, which
  // the bundle does not carry); their paths are reference paths, which the engine's own JSONPath answers as
  // jsonpath-plus does (~24 KB); and the engine asks aws-local-stepfunctions only for the data processing of single
  // compiled states, which its own stand-in answers as the library does (~49 KB with hashing, Lambda calls, Map,
  // Parallel, Wait and Retry it never uses, and asl-validator with its Ajv, ~205 KB).
  'api-dry-run': {
    'jsonpath-plus': 'engine/jsonpath-lean.ts',
    'aws-local-stepfunctions': 'engine/asl-lean.ts',
  },
};

/**
 * Built-ins every bundle loads through require() (functions/shared/builtins): a bundled package's
 * `import ... from 'node:https'` would otherwise build the built-in's ES module facade at cold start (for node:http
 * its getters load undici, ~40-70 ms of CPU; bundle-contents.test.ts).
 */
export const BUILTIN_ALIASES: Readonly<Record<string, string>> = {
  'node:http': 'shared/builtins/http.ts',
  'node:https': 'shared/builtins/https.ts',
};

/** A function's aliases (BUILTIN_ALIASES and its FUNCTION_BUNDLE_ALIASES) as absolute paths under `functionsDir`. */
export const bundleAliases = (
  service: string | undefined,
  functionsDir = FUNCTIONS_DIR,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries({ ...BUILTIN_ALIASES, ...((service && FUNCTION_BUNDLE_ALIASES[service]) || {}) }).map(
      ([pkg, file]) => [pkg, join(functionsDir, file)],
    ),
  );

/**
 * The esbuild options NodejsFunction derives from BUNDLING for `service` (its aliases included): what the bench and
 * the bundle tests build with, so they measure what `cdk deploy` ships.
 */
export const esbuildOptionsLikeInfra = (service?: string): BuildOptions => ({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: BUNDLING.target ?? 'node24',
  minify: BUNDLING.minify ?? true,
  mainFields: BUNDLING.mainFields ?? ['module', 'main'],
  banner: { js: BUNDLING.banner ?? ESM_REQUIRE_BANNER },
  charset: BUNDLING.charset ?? 'ascii',
  external: [...(BUNDLING.externalModules ?? [])],
  define: { ...BUNDLING.define },
  alias: bundleAliases(service),
  metafile: true,
  logLevel: 'silent',
});

export interface DynarisFunctionProps {
  /** Absolute path of the handler entry file (exports `handler`). */
  readonly entry: string;
  /** Short name: `supervisor`, `agent-email`, … (Powertools service name, log group, function name suffix). */
  readonly serviceName: string;
  readonly functionNamePrefix: string;
  readonly description: string;
  readonly environment?: Readonly<Record<string, string>>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly reservedConcurrentExecutions?: number;
  readonly logRetention: logs.RetentionDays;
  readonly logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  readonly removalPolicy: RemovalPolicy;
  /** Packages replaced in this bundle by another module (esbuild alias: package -> absolute path). @default none */
  readonly aliases?: Readonly<Record<string, string>>;
}

/**
 * A Lambda function as every Dynaris function is deployed: Node.js 24 on arm64, bundled locally by esbuild
 * (minified, source maps, ESM), its own log group with retention, X-Ray tracing, Powertools settings, and its
 * own role that starts with nothing but writing to its log group. Everything else is granted by method.
 */
export class DynarisFunction extends nodejs.NodejsFunction {
  readonly ownLogGroup: logs.LogGroup;
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: DynarisFunctionProps) {
    const functionName = `${props.functionNamePrefix}-${props.serviceName}`;
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      logGroupName: `/aws/lambda/${functionName}`,
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${functionName}`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'WriteOwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      functionName,
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      bundling: {
        ...BUNDLING,
        ...(props.aliases
          ? {
              esbuildArgs: Object.fromEntries(
                Object.entries(props.aliases).map(([pkg, file]) => [`--alias:${pkg}`, file]),
              ),
            }
          : {}),
      },
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      tracing: lambda.Tracing.ACTIVE,
      ...(props.reservedConcurrentExecutions !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrentExecutions }
        : {}),
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...(FUNCTION_NODE_OPTIONS ? { NODE_OPTIONS: FUNCTION_NODE_OPTIONS } : {}),
        ...props.environment,
      },
    });
    this.ownLogGroup = logGroup;
    acknowledge(role, 'AwsSolutions-IAM5[Resource::*]', REASONS.xray);
    acknowledge(this, 'AwsSolutions-L1', REASONS.lambdaRuntime);
    this.serviceName = props.serviceName;
  }
}
