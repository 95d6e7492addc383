/**
 * Finds out whether LocalStack answers at the configured endpoint, and says clearly what it found. Used by
 * `npm run deploy:local` documentation, the integration suite (test/infra/localstack.test.ts) and by hand:
 *   npx tsx infra/localstack.ts
 */

export const DEFAULT_LOCALSTACK_ENDPOINT = 'http://localhost:4566';

/** Services the stack deploys to. Cognito and the HTTP API v2 need LocalStack's paid editions. */
export const STACK_SERVICES = [
  'cloudformation',
  'dynamodb',
  'events',
  'iam',
  'kms',
  'lambda',
  'logs',
  's3',
  'scheduler',
  'sqs',
  'stepfunctions',
  'sns',
  'cloudwatch',
] as const;

export interface LocalStackStatus {
  readonly endpoint: string;
  readonly reachable: boolean;
  /** One line for people: what was found and what to do. */
  readonly message: string;
  readonly version?: string;
  readonly edition?: string;
  /** Service -> state as LocalStack reports it (`available`, `running`, `disabled`…). */
  readonly services?: Readonly<Record<string, string>>;
  /** Stack services LocalStack does not offer (or reports as disabled/error). */
  readonly missingServices?: readonly string[];
}

export const localStackEndpoint = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.AWS_ENDPOINT_URL ?? env.LOCALSTACK_ENDPOINT ?? DEFAULT_LOCALSTACK_ENDPOINT).replace(/(?<!\/)\/+$/, '');

export const isLoopback = (endpoint: string): boolean => {
  try {
    const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host) || host.endsWith('.localhost');
  } catch {
    return false;
  }
};

const USABLE = new Set(['available', 'running']);

const describeError = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') return 'timed out';
  return (error as Error).message ?? String(error);
};

/** GET <endpoint>/_localstack/health, with a short timeout; never throws. */
export const detectLocalStack = async (
  endpoint: string = localStackEndpoint(),
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<LocalStackStatus> => {
  const doFetch = options.fetch ?? fetch;
  const url = `${endpoint.replace(/(?<!\/)\/+$/, '')}/_localstack/health`;
  const notReachable = (why: string): LocalStackStatus => ({
    endpoint,
    reachable: false,
    message: `LocalStack is not reachable at ${endpoint} (${why}): tests against LocalStack are not run. Start LocalStack and set AWS_ENDPOINT_URL (default ${DEFAULT_LOCALSTACK_ENDPOINT}).`,
  });
  let response: Response;
  try {
    response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 1500) });
  } catch (error) {
    return notReachable(describeError(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const health = body as
    | { services?: Record<string, string>; version?: string; edition?: string }
    | undefined;
  if (!response.ok || !health || typeof health.services !== 'object' || health.services === null) {
    return notReachable(`something answers, but not LocalStack's health endpoint: HTTP ${response.status}`);
  }
  const services = health.services;
  const missingServices = STACK_SERVICES.filter((svc) => !USABLE.has(String(services[svc] ?? '')));
  const version = health.version ? ` ${health.version}` : '';
  const edition = health.edition ? ` (${health.edition})` : '';
  return {
    endpoint,
    reachable: true,
    services,
    missingServices,
    ...(health.version ? { version: health.version } : {}),
    ...(health.edition ? { edition: health.edition } : {}),
    message:
      missingServices.length === 0
        ? `LocalStack${version}${edition} at ${endpoint} offers every service the stack uses.`
        : `LocalStack${version}${edition} at ${endpoint}; not available: ${missingServices.join(', ')}.`,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const status = await detectLocalStack();
  console.log(status.message);
  process.exitCode = status.reachable ? 0 : 1;
}
