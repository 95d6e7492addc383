import type { SESEvent } from 'aws-lambda';
import { leanPutEvents } from '../adapters/aws-lean/put-events';
import { leanS3Get } from '../adapters/aws-lean/s3-get';
import { startAwsFunction } from '../adapters/aws-platform';
import { loadS3Sdk, s3GetObjectFor, storesLean } from '../adapters/s3-files';
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

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['bus'], { putEvents: leanPutEvents });

const logger = new Logger({ serviceName: 'email-ingest' });
const bucket = process.env.INBOUND_EMAIL_BUCKET ?? '';
const prefix = process.env.INBOUND_EMAIL_PREFIX ?? 'inbound/';
const routing = tenantRoutingFrom(process.env);
const policy = verdictPolicyFrom(process.env);
// The raw message's GetObject: the lean S3 client where it serves this bucket, else the SDK package, preloaded.
const getObject = s3GetObjectFor(bucket, leanS3Get);
if (process.env.AWS_LAMBDA_FUNCTION_NAME && !storesLean(leanS3Get, bucket)) await loadS3Sdk();

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
