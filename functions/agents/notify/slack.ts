import { NonRetriableError, RetriableError } from '../../shared/errors';
import type { HttpFetch } from '../../shared/ports';

export const SLACK_TIMEOUT_MS = 10_000;

/** Slack mrkdwn control characters; escaping them stops templated values from pinging @channel or faking links. */
export const escapeSlack = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Posts to a Slack incoming webhook. The URL is a secret: it never appears in errors or logs. 429 and 5xx are
 * retriable; other refusals (revoked webhook, archived channel, bad payload) are not.
 */
export const postToSlack = async (
  fetch: HttpFetch,
  webhookUrl: string,
  message: { text: string; channel?: string | undefined },
): Promise<void> => {
  let response: Response;
  try {
    response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ text: message.text, ...(message.channel ? { channel: message.channel } : {}) }),
      redirect: 'manual',
      signal: AbortSignal.timeout(SLACK_TIMEOUT_MS),
    });
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    const why =
      e.name === 'TimeoutError'
        ? `no answer within ${SLACK_TIMEOUT_MS / 1000}s`
        : (e.cause?.code ?? e.name ?? 'network error');
    throw new RetriableError(`Slack could not be reached: ${why}`);
  }
  const body = (await response.text().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ').trim();
  if (response.ok) return;
  if (response.status === 429) {
    const after = response.headers.get('retry-after');
    throw new RetriableError(`Slack rate-limited the message${after ? ` (retry after ${after}s)` : ''}`);
  }
  if (response.status >= 500)
    throw new RetriableError(`Slack answered ${response.status}${body ? `: ${body}` : ''}`);
  throw new NonRetriableError(
    `Slack refused the message (${response.status}${body ? `: ${body}` : ''}); check the Slack integration in the account settings`,
  );
};
