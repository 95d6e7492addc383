import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DRY_RUN_LIMITS } from '../../functions/api/dry-run-limits';
import { API_ROUTE_PLAN, type ApiTarget, machineMethods } from '../api-routes';
import { acknowledge } from './acknowledge';

/** The claim the API reads the caller's tenant from (functions/api/middleware/auth.ts TENANT_CLAIM). */
export const TENANT_ATTRIBUTE = 'tenantId';
export const TENANT_CLAIM = `custom:${TENANT_ATTRIBUTE}`;

const REASONS_API = {
  webhooks:
    'Webhook senders (forms, email providers) cannot hold a Cognito token; every delivery is authenticated by its HMAC signature with timestamp tolerance (x-dynaris-signature) in the webhooks function, and de-duplicated.',
  machine:
    'Machine clients authenticate with a per-tenant API key (x-api-key) that the handler checks against hashed keys in the table; API Gateway has no native API-key check for HTTP APIs and one authorizer per route.',
  mfaOutsideProduction:
    'Outside the production stage MFA is optional (TOTP offered) so developers and test users can sign in; the prod stage requires it.',
  featurePlan:
    'Cognito threat protection needs the Plus feature plan, a per-user cost the operator opts into; password policy, no self sign-up and MFA (required in prod) cover the baseline.',
} as const;

/** HTTP API access log line: one JSON object per request. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    ip: '$context.identity.sourceIp',
    time: '$context.requestTime',
    method: '$context.httpMethod',
    route: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    responseLength: '$context.responseLength',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    user: '$context.authorizer.claims.sub',
  }),
);

export { ASSISTANT_PATH, WEBHOOK_PATH } from '../api-routes';

export interface ApiProps {
  readonly namePrefix: string;
  /** Every route the others do not serve (`/{proxy+}`): health, runs, approvals, settings, events, logs. */
  readonly apiFunction: lambda.IFunction;
  /** /workflows and below, except a workflow's runs (its dry runs are run by the api-dry-run function it invokes). */
  readonly workflowsFunction: lambda.IFunction;
  /** The data modules' collections. */
  readonly dataFunction: lambda.IFunction;
  /** GET /openapi.json. */
  readonly docsFunction: lambda.IFunction;
  /** Serves POST /assistant/workflows on both APIs. */
  readonly assistantFunction: lambda.IFunction;
  readonly webhookFunction: lambda.IFunction;
  readonly corsOrigins: readonly string[];
  readonly rateLimit: number;
  readonly burstLimit: number;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
  readonly production: boolean;
  /** The web console's hosting: allowed as a CORS origin and as the hosted sign-in's return address. */
  readonly console?: ApiConsoleProps;
}

export interface ApiConsoleProps {
  /** `https://<distribution>/`: where Cognito sends people back after signing in or out. */
  readonly url: string;
  /** `https://<distribution>` (the CORS origin). */
  readonly origin: string;
  /** Prefix of the hosted sign-in domain (`<prefix>.auth.<region>.amazoncognito.com`), unique per region. */
  readonly signInDomainPrefix: string;
}

/**
 * Two HTTP APIs over the same functions (API_ROUTE_PLAN). API Gateway allows one authorizer per route and a JWT authorizer rejects
 * requests without a bearer token, so:
 *  - `Api`: people (Cognito JWT; the tenant is the `custom:tenantId` claim), `GET /health`, `GET /openapi.json`
 *    and the webhooks (`POST /webhooks/{tenantId}/{source}`, HMAC-signed, checked by the webhooks function);
 *  - `MachineApi`: the same routes for machine clients with an `x-api-key` header, checked by the handler
 *    against the hashed per-tenant keys. Bearer tokens are not trusted there (no authorizer claims).
 */
export class Api extends Construct {
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  /** Cognito's hosted sign-in for the web console (absent without a console). */
  readonly signInDomain: cognito.UserPoolDomain | undefined;
  readonly httpApi: apigw.HttpApi;
  readonly machineApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  readonly machineStage: apigw.HttpStage;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'Users', {
      userPoolName: `${props.namePrefix}-users`,
      // Users are created by an administrator with their tenant; nobody picks their own tenant.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      customAttributes: {
        [TENANT_ATTRIBUTE]: new cognito.StringAttribute({ minLen: 1, maxLen: 64, mutable: false }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: props.production ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: props.production,
      removalPolicy: props.removalPolicy,
    });
    if (!props.production) acknowledge(this.userPool, 'AwsSolutions-COG2', REASONS_API.mfaOutsideProduction);
    acknowledge(this.userPool, 'AwsSolutions-COG8', REASONS_API.featurePlan);
    this.userPoolClient = this.userPool.addClient('WebClient', {
      userPoolClientName: `${props.namePrefix}-web`,
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true })
        .withCustomAttributes(TENANT_ATTRIBUTE),
      // The tenant claim is readable but never writable by the user.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
      // The console signs in through the hosted UI: authorization code with PKCE (no secret in a browser) and an
      // ID token, which carries the tenant claim the API reads.
      ...(props.console
        ? {
            oAuth: {
              flows: { authorizationCodeGrant: true },
              scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
              callbackUrls: [props.console.url],
              logoutUrls: [props.console.url],
            },
            supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
          }
        : // No hosted sign-in without the console (CDK's default would allow the implicit flow to example.com).
          { disableOAuth: true }),
    });
    this.signInDomain = props.console
      ? this.userPool.addDomain('SignIn', {
          cognitoDomain: { domainPrefix: props.console.signInDomainPrefix },
        })
      : undefined;

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      logGroupName: `/aws/apigateway/${props.namePrefix}-api`,
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // The configured origins and the web console's; none: no CORS at all (browsers reach the API from its own origin).
    const origins = [...props.corsOrigins, ...(props.console ? [props.console.origin] : [])];
    const cors: apigw.CorsPreflightOptions | undefined =
      origins.length === 0
        ? undefined
        : {
            allowOrigins: origins,
            allowMethods: [apigw.CorsHttpMethod.ANY],
            allowHeaders: ['authorization', 'content-type', 'x-api-key', 'idempotency-key'],
            maxAge: Duration.hours(1),
          };
    const authorizer = new HttpUserPoolAuthorizer('CognitoJwt', this.userPool, {
      userPoolClients: [this.userPoolClient],
      identitySource: ['$request.header.Authorization'],
    });

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      apiName: `${props.namePrefix}-api`,
      description: 'Dynaris API (Cognito JWT) and webhooks',
      ...(cors ? { corsPreflight: cors } : {}),
      createDefaultStage: false,
    });
    this.stage = this.defaultStage('Stage', this.httpApi, props);
    this.addPlannedRoutes(this.httpApi, '', props, authorizer);

    this.machineApi = new apigw.HttpApi(this, 'MachineApi', {
      apiName: `${props.namePrefix}-machine-api`,
      description: 'Dynaris API for machine clients (x-api-key, checked by the handler)',
      createDefaultStage: false,
    });
    this.machineStage = this.defaultStage('MachineStage', this.machineApi, props);
    this.addPlannedRoutes(this.machineApi, 'Machine', props, undefined);
  }

  get url(): string {
    return this.stage.url;
  }

  get machineUrl(): string {
    return this.machineStage.url;
  }

  /** `https://…/webhooks/` — append `{tenantId}/{source}`. */
  get webhookBaseUrl(): string {
    return `${this.stage.url}webhooks/`;
  }

  /** The route plan on one API: the JWT authorizer on its authenticated routes when given (else x-api-key). */
  private addPlannedRoutes(
    api: apigw.HttpApi,
    idPrefix: string,
    props: ApiProps,
    authorizer: HttpUserPoolAuthorizer | undefined,
  ): void {
    const functions: Record<ApiTarget, [string, lambda.IFunction]> = {
      api: ['Api', props.apiFunction],
      workflows: ['Workflows', props.workflowsFunction],
      data: ['Data', props.dataFunction],
      docs: ['Docs', props.docsFunction],
      assistant: ['Assistant', props.assistantFunction],
      webhooks: ['Webhook', props.webhookFunction],
    };
    const integrations = new Map<ApiTarget, HttpLambdaIntegration>();
    const integrationOf = (target: ApiTarget): HttpLambdaIntegration => {
      const [name, fn] = functions[target];
      // One invoke permission per function and API (scoped to the API) rather than one per route.
      const made =
        integrations.get(target) ??
        new HttpLambdaIntegration(`${idPrefix}${name}Integration`, fn, {
          scopePermissionToRoute: false,
          // Stated rather than left to the service default (30 s for HTTP APIs): the dry-run route's waits are set
          // inside it (functions/api/dry-run-limits.ts).
          timeout: Duration.seconds(DRY_RUN_LIMITS.apiSeconds),
        });
      integrations.set(target, made);
      return made;
    };
    for (const plan of API_ROUTE_PLAN) {
      const guarded = plan.access === 'authenticated' && authorizer !== undefined;
      const methods = authorizer === undefined ? machineMethods(plan) : plan.methods;
      const routes = api.addRoutes({
        path: plan.path,
        methods: methods.map((m) => apigw.HttpMethod[m]),
        integration: integrationOf(plan.target),
        ...(guarded ? { authorizer } : {}),
      });
      if (guarded) continue;
      const reason =
        plan.access === 'public'
          ? `${plan.path} is public by design: a health probe and the API description carry no tenant data.`
          : plan.access === 'webhook'
            ? REASONS_API.webhooks
            : REASONS_API.machine;
      for (const route of routes) acknowledge(route, 'AwsSolutions-APIG4', reason);
    }
  }

  private defaultStage(id: string, httpApi: apigw.HttpApi, props: ApiProps): apigw.HttpStage {
    return new apigw.HttpStage(this, id, {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: ACCESS_LOG_FORMAT,
      },
    });
  }
}
