/**
 * What kind of message arrived, from its headers: a person's reply, an automatic reply (out of office, vacation
 * responders, ticket acknowledgements) or a bounce (a delivery status notification). Neither of the last two is a
 * response from the lead. Sources: RFC 3834 (Auto-Submitted), RFC 3464 (multipart/report; report-type=
 * delivery-status), Microsoft's X-Auto-Response-Suppress, and the Precedence / X-Autoreply headers that
 * responders still send.
 */

export type MessageKind = 'reply' | 'auto-reply' | 'bounce';

/** Header names lower-cased; a repeated header's values in order. */
export type HeaderMap = ReadonlyMap<string, readonly string[]>;

const first = (headers: HeaderMap, name: string): string =>
  (headers.get(name)?.[0] ?? '').trim().toLowerCase();

const BOUNCE_SENDERS = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT =
  /^(?:undeliverable|undelivered mail returned to sender|delivery status notification \(failure\)|mail delivery failed|returned mail|delivery failure|failure notice)/i;
const AUTO_SUBJECT =
  /^(?:automatic reply|auto(?:matic)?[- ]?reply|out of (?:the )?office|abwesenheitsnotiz|réponse automatique|respuesta automática|risposta automatica)\b/i;

export const classifyMessage = (input: {
  headers: HeaderMap;
  from: string | undefined;
  subject: string | undefined;
  contentType: string | undefined;
}): MessageKind => {
  const { headers } = input;
  const type = (input.contentType ?? first(headers, 'content-type')).toLowerCase();
  if (type.startsWith('multipart/report') && type.includes('delivery-status')) return 'bounce';
  if (BOUNCE_SENDERS.test(input.from ?? '')) return 'bounce';
  const subject = (input.subject ?? '').trim().slice(0, 200);
  if (BOUNCE_SUBJECT.test(subject)) return 'bounce';
  const autoSubmitted = first(headers, 'auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto-reply';
  if (headers.has('x-autoreply') || headers.has('x-autorespond') || headers.has('x-autoresponder'))
    return 'auto-reply';
  const suppress = first(headers, 'x-auto-response-suppress');
  if (suppress && /\b(?:all|oof|autoreply)\b/.test(suppress) && AUTO_SUBJECT.test(subject))
    return 'auto-reply';
  const precedence = first(headers, 'precedence');
  if (precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk') return 'auto-reply';
  if (AUTO_SUBJECT.test(subject)) return 'auto-reply';
  return 'reply';
};
