import { traceClient } from '../../shared/observability';
import { AWS_RETRY } from '../../shared/retry';
import { onFirstUse } from '../lazy-sdk';
import type { SendEmailVia } from '../ses-mailer';
import { SESv2Client, SendEmailCommand } from './ses';

/**
 * The mailer's SendEmail through the lean SES v2 client (traced like every SDK client), for the environment
 * leanAwsEnvironment resolved. An entry whose main path sends mail passes it to startAwsFunction, so only those
 * bundles carry this client.
 */
export const leanSendEmail: SendEmailVia = (environment) => {
  const client = onFirstUse(async () => traceClient(new SESv2Client({ ...environment, ...AWS_RETRY })));
  return async (input) => (await client()).run(new SendEmailCommand(input));
};
