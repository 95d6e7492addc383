// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../shared/json-parse-install';
import type { SESEvent } from 'aws-lambda';
import { publisherSdk, publisherVia } from '../adapters/aws-bus';
import { leanPutEvents } from '../adapters/aws-lean/put-events';
import { leanS3 } from '../adapters/aws-lean/s3-calls';
import { startAwsFunctionWith } from '../adapters/aws-platform-core';
import { createS3FileStore, loadS3Sdk, s3CallsFor, storesLean } from '../adapters/s3-files';
import { ENV } from '../shared/config';
import { Logger } from '../shared/logger';
import { observed } from '../shared/observability';
import { getPlatform } from '../shared/platform';
import { createPlatformEmailIngest } from './deps';
import type { EmailIngest } from './ingest';
import { tenantForRecipients, tenantRoutingFrom } from './tenant';
import { verdictPolicyFrom } from './verdicts';

/**
 * SES receipt rule -> S3 (the raw message) -> this function (the receipt, with its verdicts): reads the message,
 * finds the tenant from the recipients and hands both to the ingest. A dropped message is logged with its reason;
 * an error (S3, DynamoDB, the bus) fails the invocation so Lambda's async retries run it again, and the ingest's
 * de-duplication keeps a retry from publishing twice.
 */

const bucket = process.env.INBOUND_EMAIL_BUCKET ?? '';
const prefix = process.env.INBOUND_EMAIL_PREFIX ?? 'inbound/';

// Deployed: the Platform with the adapters the ingest uses (the bus, the file store for attachments) and, at cold
// start, the SDK packages of its main path where the lean clients do not serve (EventBridge; S3 for either bucket).
await startAwsFunctionWith(
  { bus: publisherVia(leanPutEvents), files: (files) => createS3FileStore(files, undefined, leanS3) },
  [
    publisherSdk(leanPutEvents),
    async () =>
      storesLean(leanS3, bucket) && storesLean(leanS3, process.env[ENV.filesBucket] ?? '')
        ? undefined
        : loadS3Sdk(),
  ],
);

const logger = new Logger({ serviceName: 'email-ingest' });
const routing = tenantRoutingFrom(process.env);
const policy = verdictPolicyFrom(process.env);
// The raw message's GetObject: the lean S3 client where it serves this bucket, else the SDK package.
const { getObject } = s3CallsFor(bucket, undefined, leanS3);

let ingest: EmailIngest | undefined;

const lambdaHandler = async (event: SESEvent): Promise<void> => {
  if (!bucket) throw new Error('INBOUND_EMAIL_BUCKET is not set for this function');
  ingest ??= createPlatformEmailIngest(getPlatform(), {
    policy,
    log: (message, details) => logger.warn(message, details),
  });
  for (const record of event.Records) {
    const { mail, receipt } = record.ses;
    const tenantId = tenantForRecipients(routing, receipt.recipients);
    if (!tenantId) {
      logger.warn('inbound email dropped', {
        messageId: mail.messageId,
        code: 'no-tenant',
        recipients: receipt.recipients,
      });
      continue;
    }
    const object = await getObject({ Bucket: bucket, Key: `${prefix}${mail.messageId}` });
    const raw = await object.Body?.transformToByteArray();
    if (!raw) throw new Error(`The message ${mail.messageId} is not in s3://${bucket}/${prefix}`);
    const outcome = await ingest.ingest({
      tenantId,
      raw,
      channel: 'ses',
      receiptId: mail.messageId,
      verdicts: {
        spam: receipt.spamVerdict.status,
        virus: receipt.virusVerdict.status,
        spf: receipt.spfVerdict.status,
        dkim: receipt.dkimVerdict.status,
        dmarc: receipt.dmarcVerdict.status,
      },
    });
    logger.info('inbound email', { messageId: mail.messageId, tenantId, ...outcome });
  }
};

export const handler = observed(lambdaHandler, logger);
