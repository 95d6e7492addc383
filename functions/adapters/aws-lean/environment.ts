import type { AwsCredentialIdentity } from '@smithy/types';

/**
 * When a lean client (client.ts) resolves region, credentials and endpoint as the stock client would: the
 * environment of a deployed function. Kept apart from client.ts, which an adapter loads only when this says yes.
 */

export interface LeanEnvironment {
  readonly region: string;
  readonly credentials: AwsCredentialIdentity;
}

/** Regions of the `aws` partition (amazonaws.com). GovCloud, China and the isolated partitions use the stock client. */
const COMMERCIAL_REGION = /^(af|ap|ca|eu|il|me|mx|sa|us)-[a-z]+-\d+$/;
const GOV_REGION = /^us-gov-/;

/**
 * The environment's region and credentials when the lean client resolves them as the stock client would (the
 * default chain's first link, the environment, as on Lambda), else undefined: then the caller uses the stock client.
 */
export const leanAwsEnvironment = (
  /** The SDK's service id for endpoint overrides (AWS_ENDPOINT_URL_<ID>): `EVENTBRIDGE`. */
  endpointEnvId: string,
  env: NodeJS.ProcessEnv = process.env,
): LeanEnvironment | undefined => {
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  const overridden = [
    'AWS_PROFILE',
    'AWS_ENDPOINT_URL',
    `AWS_ENDPOINT_URL_${endpointEnvId}`,
    'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
    'AWS_USE_FIPS_ENDPOINT',
    'AWS_USE_DUALSTACK_ENDPOINT',
    'AWS_CONFIG_FILE',
    // A defaults mode other than legacy changes the stock client's HTTP timeouts (standard: 3.1 s to connect).
    'AWS_DEFAULTS_MODE',
  ].some(
    (name) =>
      env[name] !== undefined &&
      env[name] !== '' &&
      !(name === 'AWS_DEFAULTS_MODE' && env[name]?.toLowerCase() === 'legacy'),
  );
  if (overridden || !region || !COMMERCIAL_REGION.test(region) || GOV_REGION.test(region)) return undefined;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN;
  const expiration = env.AWS_CREDENTIAL_EXPIRATION;
  return {
    region,
    credentials: {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiration ? { expiration: new Date(expiration) } : {}),
      ...(env.AWS_CREDENTIAL_SCOPE ? { credentialScope: env.AWS_CREDENTIAL_SCOPE } : {}),
      ...(env.AWS_ACCOUNT_ID ? { accountId: env.AWS_ACCOUNT_ID } : {}),
    },
  };
};
