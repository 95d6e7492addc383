// First: JSON.parse exact for escaped keys before any module parses (functions/shared/json-parse.ts).
import '../../shared/json-parse-install';
import { leanKms } from '../../adapters/aws-lean/kms-calls';
import { leanSendEmail } from '../../adapters/aws-lean/send-email';
import { startAwsFunction } from '../../adapters/aws-platform';
import { makeAgentHandler } from '../runner';
import { createNotifyAgent } from './notify';

// Deployed: the Platform from this function's environment, and the SDKs of its main path, at cold start.
await startAwsFunction(['secrets', 'mailer'], { sendEmail: leanSendEmail, kms: leanKms });

export const handler = makeAgentHandler('notify', (platform) => createNotifyAgent(platform));
