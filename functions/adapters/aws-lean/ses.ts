import type { SendEmailCommandInput, SendEmailCommandOutput } from '@aws-sdk/client-sesv2';
import { LeanClient, type LeanClientConfig, LeanCommand, type LeanService } from './client';
import { restJsonOperation, type Shape } from './json';

/**
 * SES v2's SendEmail, the one call the mailer makes (restJson1, POST /v2/email/outbound-emails), for a lean client
 * (client.ts), with the members ses-mailer.ts sends. Member order as in the service model (the SDK's schemas for
 * SendEmailRequest, Destination, EmailContent, Message, Body, Content, MessageHeader, MessageTag).
 */
export const SESV2: LeanService = {
  clientName: 'SESv2Client',
  endpointPrefix: 'email',
  signingName: 'ses',
  apiVersion: '2019-09-27',
};

const CONTENT: Shape = { struct: { Data: 'string', Charset: 'string' } };
const NAME_VALUE: Shape = { list: { struct: { Name: 'string', Value: 'string' } } };

const SEND_EMAIL = restJsonOperation<SendEmailCommandInput, Omit<SendEmailCommandOutput, '$metadata'>>(
  { method: 'POST', path: '/v2/email/outbound-emails' },
  'SendEmail',
  {
    struct: {
      Content: {
        struct: {
          Simple: {
            struct: {
              Subject: CONTENT,
              Body: { struct: { Text: CONTENT, Html: CONTENT } },
              Headers: NAME_VALUE,
            },
          },
        },
      },
      FromEmailAddress: 'string',
      Destination: {
        struct: {
          ToAddresses: { list: 'string' },
          CcAddresses: { list: 'string' },
          BccAddresses: { list: 'string' },
        },
      },
      ReplyToAddresses: { list: 'string' },
      EmailTags: NAME_VALUE,
      ConfigurationSetName: 'string',
    },
  },
  { struct: { MessageId: 'string' } },
);

/** The lean module the mailer loads in place of @aws-sdk/client-sesv2. */
export class SESv2Client extends LeanClient {
  constructor(config: LeanClientConfig) {
    super(SESV2, config);
  }
}

export class SendEmailCommand extends LeanCommand<
  SendEmailCommandInput,
  Omit<SendEmailCommandOutput, '$metadata'>
> {
  constructor(input: SendEmailCommandInput) {
    super(input, SEND_EMAIL);
  }
}
