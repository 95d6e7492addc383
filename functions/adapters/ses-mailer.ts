import type * as SesSdk from '@aws-sdk/client-sesv2';
import type { SESv2Client, SendEmailCommandInput, SendEmailCommandOutput } from '@aws-sdk/client-sesv2';
import { requireCommonJs } from '../shared/commonjs';
import { NonRetriableError, RetriableError } from '../shared/errors';
import { traceClient } from '../shared/observability';
import type { Mailer, OutgoingEmail } from '../shared/ports';
import { AWS_RETRY } from '../shared/retry';
import { type LeanEnvironment, leanAwsEnvironment } from './aws-lean/environment';
import { lazyClient, onFirstUse } from './lazy-sdk';

/** @aws-sdk/client-sesv2, loaded on first use (or preloaded at cold start). */
export const loadSesSdk = onFirstUse(async () => requireCommonJs('@aws-sdk/client-sesv2') as typeof SesSdk);

/**
 * A SendEmail call of another client than @aws-sdk/client-sesv2, for a resolved environment: the lean client
 * (aws-lean/send-email.ts leanSendEmail, the same signed request as the stock client's), which an entry whose main
 * path sends mail passes (startAwsFunction), so that its cold start need not load the SDK package (~8 ms of CPU).
 */
export type SendEmailVia = (
  environment: LeanEnvironment,
) => (input: SendEmailCommandInput) => Promise<SendEmailCommandOutput>;

/** The SDK's service id of SES v2, for its endpoint override variable (AWS_ENDPOINT_URL_SESV2). */
const SESV2_ENV_ID = 'SESV2';

/** Whether `lean` serves in this environment (leanAwsEnvironment); if not, the mailer uses the SDK package. */
export const mailsLean = (lean: SendEmailVia | undefined, env: NodeJS.ProcessEnv = process.env): boolean =>
  lean !== undefined && leanAwsEnvironment(SESV2_ENV_ID, env) !== undefined;

export interface SesMailerOptions {
  readonly client?: SESv2Client;
  /** SendEmail through another client where the environment allows (SendEmailVia); a given `client` wins. */
  readonly lean?: SendEmailVia;
  /** SES configuration set (event destinations for bounces/complaints). */
  readonly configurationSetName?: string;
}

/** Header carrying the (execution, step) idempotency key so a duplicate delivery can be recognised downstream. */
export const IDEMPOTENCY_HEADER = 'X-Dynaris-Idempotency-Key';

const RETRIABLE_SES_ERRORS = new Set([
  'TooManyRequestsException',
  'LimitExceededException',
  'ThrottlingException',
  'InternalFailure',
  'ServiceUnavailable',
]);

/** Builds the exact SESv2 request for an email (exported so tests and the local outbox can show it). */
export const sendEmailInput = (
  email: OutgoingEmail,
  configurationSetName?: string,
): SendEmailCommandInput => {
  if (!email.text && !email.html) throw new NonRetriableError('An email needs a text or an HTML body');
  const headers = Object.entries(email.headers ?? {}).map(([Name, Value]) => ({ Name, Value }));
  return {
    FromEmailAddress: email.from,
    Destination: {
      ToAddresses: [...email.to],
      ...(email.cc && email.cc.length > 0 ? { CcAddresses: [...email.cc] } : {}),
    },
    ...(email.replyTo ? { ReplyToAddresses: [email.replyTo] } : {}),
    Content: {
      Simple: {
        Subject: { Data: email.subject, Charset: 'UTF-8' },
        Body: {
          ...(email.text ? { Text: { Data: email.text, Charset: 'UTF-8' } } : {}),
          ...(email.html ? { Html: { Data: email.html, Charset: 'UTF-8' } } : {}),
        },
        ...(headers.length > 0 ? { Headers: headers } : {}),
      },
    },
    EmailTags: [{ Name: 'tenantId', Value: email.tenantId.replace(/[^A-Za-z0-9_-]/g, '_') }],
    ...(configurationSetName ? { ConfigurationSetName: configurationSetName } : {}),
  };
};

const statusOf = (error: unknown): number | undefined =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/** Mailer on SES v2. Throttling and SES 5xx become RetriableError; rejections (bad address, unverified sender) NonRetriable. */
const sendEmailVia = (
  options: SesMailerOptions,
): ((input: SendEmailCommandInput) => Promise<SendEmailCommandOutput>) => {
  const environment = options.client || !options.lean ? undefined : leanAwsEnvironment(SESV2_ENV_ID);
  if (options.lean && environment) return options.lean(environment);
  const ses = lazyClient(loadSesSdk, (m) => traceClient(new m.SESv2Client({ ...AWS_RETRY })), options.client);
  return (input) => ses((m, c) => c.send(new m.SendEmailCommand(input)));
};

export const createSesMailer = (options: SesMailerOptions = {}): Mailer => {
  const sendEmail = sendEmailVia(options);
  return {
    async send(email) {
      const input = sendEmailInput(email, options.configurationSetName);
      try {
        const out = await sendEmail(input);
        if (!out.MessageId) throw new RetriableError('SES returned no MessageId');
        return { messageId: out.MessageId };
      } catch (error) {
        if (error instanceof RetriableError || error instanceof NonRetriableError) throw error;
        const name = (error as { name?: string }).name ?? 'Error';
        const status = statusOf(error);
        const message = `SES SendEmail failed: ${name}: ${(error as Error).message}`;
        if (RETRIABLE_SES_ERRORS.has(name) || (status !== undefined && status >= 500)) {
          throw new RetriableError(message, { cause: error });
        }
        throw new NonRetriableError(message, { cause: error });
      }
    },
  };
};
