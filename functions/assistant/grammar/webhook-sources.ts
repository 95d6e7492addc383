/**
 * A webhook described by what it carries, with its source said in brackets, and referred back to (session 33):
 * "Shopify order webhook (source shopify-orders): when one of those comes in, post in #orders", "Our Stripe payment
 * webhook (source: 'stripe-live') → add a note". The bracket's source is what the trigger tests: the words before
 * "webhook" only name it and are said back. An anaphor in the next clause or sentence ("one of those", "one", "it")
 * is that webhook arriving. A bracket that says more than one source word (a test, a second source, an action) is
 * left as written for the grammars, which refuse it quoted. Also a webhook "called 'webform'", and the anaphor after
 * the sentence that says when the sender sends it ("… when a unit throws a fault. When that happens, …": session 38).
 */

/** "webhook (source shopify-orders)", "(src: 'stripe-live')", "(from typeform-leads)" (whitespace is single spaces). */
const SOURCE_BRACKET =
  /webhooks? ?(?:\((?:(?:its |the )?(?:source(?: name)?|src|from|sender|id|name|key)(?: ?[:=])? )?['"‘“]?([A-Za-z0-9][\w.-]*?)['"’”]? ?\)|(?:called|named) ['"‘“]([A-Za-z0-9][\w.-]*)['"’”])/g;
/** The words that name the webhook, just before it ("Shopify order ", "Our Stripe payment "): at most four. */
const namedBefore = (before: string): string => {
  const words = before.split(' ');
  let n = 0;
  while (n < 4 && n + 1 < words.length && /^[A-Za-z][\w'-]*$/.test(words[words.length - 2 - n] ?? '')) n++;
  return n === 0 ? '' : `${words.slice(words.length - 1 - n, -1).join(' ')} `;
};

/** "When one of those comes in", "whenever one arrives", "once it fires": the webhook just described, arriving. */
const REFERRED =
  /^(?: when [^.;:]{1,80}[.;])?([ :.;,→>-]{0,6})((?:when(?:ever)?|each time|every time|once|as soon as|if) )(?:one of (?:those|these|them)|one|it|that|this webhook|the webhook|such a webhook)(?= (?:comes? in|arrives?|fires?|hits?|lands?|happens|is received|gets received|is called)\b)/i;

export interface WebhookSources {
  readonly text: string;
  readonly notes: readonly string[];
}

/** The request with each webhook described by its source in brackets said as "a webhook from <source>". */
export const webhookSources = (text: string): WebhookSources => {
  if (!/webhook/i.test(text)) return { text, notes: [] };
  const notes: string[] = [];
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SOURCE_BRACKET)) {
    const source = m[1] ?? m[2] ?? '';
    const lead = namedBefore(text.slice(from, m.index));
    const named = lead.trim();
    const at = m.index - lead.length;
    if (at < from) continue;
    const after = text.slice(m.index + m[0].length);
    const referred = REFERRED.exec(after);
    if (referred) {
      // the description is the introduction (its whole sentence, "Our vendor can send …"); the clause that refers to
      // it is the trigger
      let start = at;
      while (start > from && !'.;:!?'.includes(text.charAt(start - 1))) start--;
      out += `${text.slice(from, start)}${start > from ? ' ' : ''}${referred[2]}a webhook from ${source}`;
      from = m.index + m[0].length + referred[0].length;
    } else {
      out += `${text.slice(from, at)}webhook from ${source}`;
      from = m.index + m[0].length;
    }
    notes.push(
      `"${named ? `${named} ` : ''}webhook" is read as a webhook from ${source}, the source you gave`,
    );
  }
  return from === 0 ? { text, notes: [] } : { text: out + text.slice(from), notes };
};
