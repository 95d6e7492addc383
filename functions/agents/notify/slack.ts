import { NonRetriableError, RetriableError } from '../../shared/errors';
import { type GuardOptions, type Hop, sendGuarded } from '../http/outbound';

export const SLACK_TIMEOUT_MS = 10_000;

/** Slack mrkdwn control characters; escaping them stops templated values from pinging @channel or faking links. */
export const escapeSlack = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Slack's documented incoming-webhook error codes: the only reply text an error may repeat. */
const SLACK_ERRORS = new Set([
  'invalid_payload',
  'user_not_found',
  'channel_not_found',
  'channel_is_archived',
  'action_prohibited',
  'posting_to_general_channel_denied',
  'too_many_attachments',
  'no_service',
  'no_service_id',
  'no_team',
  'team_disabled',
  'invalid_token',
]);

/** The reply as an error may show it: a known Slack error code, never anything else the server sent. */
const slackCode = (body: Buffer): string => {
  const text = body.subarray(0, 64).toString('utf8').trim();
  return SLACK_ERRORS.has(text) ? `: ${text}` : '';
};

const MAX_REPLY_BYTES = 64 * 1024;

/**
 * Posts to a Slack incoming webhook through the same SSRF guard as http.request (outbound.ts): a webhook URL
 * pointing at internal addresses is refused unless the tenant's HTTP allow-list names it, and redirects are not
 * followed. The URL is a secret: it never appears in errors or logs, and neither does the reply (beyond Slack's own
 * error codes). 429 and 5xx are retriable; other refusals (revoked webhook, archived channel, bad payload) are not.
 */
export const postToSlack = async (
  webhookUrl: string,
  message: { text: string; channel?: string | undefined },
  guard: Omit<GuardOptions, 'what' | 'maxBytes'>,
): Promise<void> => {
  let url: URL;
  try {
    url = new URL(webhookUrl);
  } catch {
    throw new NonRetriableError(
      'The Slack integration URL is not a valid URL; set it again in the account settings',
    );
  }
  let reply: Hop;
  try {
    reply = await sendGuarded(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: Buffer.from(
          JSON.stringify({ text: message.text, ...(message.channel ? { channel: message.channel } : {}) }),
        ),
        signal: AbortSignal.timeout(SLACK_TIMEOUT_MS),
      },
      { ...guard, what: 'notify.slack', maxBytes: MAX_REPLY_BYTES },
    );
  } catch (error) {
    if (error instanceof NonRetriableError || error instanceof RetriableError) throw error;
    const e = error as { name?: string; code?: string; cause?: { code?: string } };
    const why =
      e.name === 'TimeoutError' || e.name === 'AbortError'
        ? `no answer within ${SLACK_TIMEOUT_MS / 1000}s`
        : (e.code ?? e.cause?.code ?? e.name ?? 'network error');
    throw new RetriableError(`Slack could not be reached: ${why}`);
  }
  if (reply.status >= 200 && reply.status < 300) return;
  if (reply.status === 429) {
    const after = reply.headers['retry-after'];
    throw new RetriableError(
      `Slack rate-limited the message${after ? ` (retry after ${String(after)}s)` : ''}`,
    );
  }
  if (reply.status >= 500) throw new RetriableError(`Slack answered ${reply.status}`);
  throw new NonRetriableError(
    `Slack refused the message (${reply.status}${slackCode(reply.body)}); check the Slack integration in the account settings`,
  );
};
