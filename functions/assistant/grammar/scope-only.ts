/**
 * Conditions said as scope (session 34, issue 16 miss class 6), restated as the "only for …" / "only if …" the
 * condition readers read — or, where nothing reads them, refuse, quoting them — never taken as a message's words or a
 * source's name:
 *   "for VIPs only", "For invoices over $10,000 only: …"   → "only for VIPs", "only for invoices over $10,000: …"
 *   "from LinkedIn only", "tagged vip only"               → "from LinkedIn", "tagged vip"
 *   "email them - LinkedIn leads only."                    → "email them - only for LinkedIn leads."
 *   "→ reminder only"                                      → "→ just the reminder"
 *   "only for ones over $10k", "only for those from X"     → "only if it's over $10k", "only if it's from X"
 *   "Just for leads from X: …"                            → "Only for leads from X: …"
 *   "under $500 - just the reminder"                       → "under $500, just the reminder"
 */

// "… for the $500 fee but only after Julie approves it": "only after" orders the steps, it is no scope
const FOR_ONLY =
  /\bfor\s+((?:[\w$€£₹,.'-]+\s+){0,5}?[\w$€£₹,.'-]+)\s+only\b(?!\s+(?:after|once|when|if|as\s+soon)\b)/gi;
const VALUE_ONLY = /\b(from|via|through|tagged|labell?ed)\s+([\w-]+)\s+only\b/gi;
/** A step's object before "only": the step alone, nothing more. */
const STEP_ONLY =
  /(?<=[-–—,:>→]\s?|^)\s*((?:the\s+|a\s+|an\s+)?(?:(?:automatic|usual|standard|normal|default|regular)\s+)?(?:reminder|e-?mail|note|message|notification|alert|ping|follow-?up|thank-?you(?:\s+e-?mail)?))\s+only\b/gi;
const SAID_ONLY =
  /(?<=\s[-–—]\s|\(|,\s)((?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)\s+only\s*(?=[).;:]|$)/gim;
const ONES =
  /\bonly\s+for\s+(?:those|ones|the\s+ones)\s+(?=(?:over|above|under|below|worth|more|less|at\s+least|from|tagged)\b)/gi;
/** "Only for leads from LinkedIn: when one comes in, …": the records' test said before the trigger, as "only if". */
const ONLY_FOR_RECORDS =
  /^(\s*(?:but\s+)?)only\s+for\s+(?:the\s+|our\s+)?(?:[a-z][\w'-]*\s+)?([a-z][\w'-]*)s\s+((?:over|above|under|below|worth|from|tagged|with|more|less|at\s+least)\b[^:;.]{1,150}:\s?(?:when|whenever|each time|every time|as soon as|once)\s)(one\s)?/i;
/** People and records whose "one" in the trigger after it is said again as the noun ("when one comes in"). */
const RECORD_NOUN =
  /^(?:lead|client|customer|prospect|contact|member|patient|student|subscriber|invoice|booking)$/i;
const JUST_FOR = /^(\s*)(?:just|solely|exclusively)\s+for\b/i;
const AMOUNT_DASH =
  /(?<![\d,.])(\d[\d,.]*k?)\s+[-–—]\s+(?=(?:just|only|send|email|notify|post|ping|tag|add)\b)/gi;
const VERB_FIRST =
  /^(?:send|email|e-mail|notify|tell|post|ping|message|tag|add|create|mark|remind|schedule|book|forward|log|alert|just)\b/i;

export const scopeSaidAsOnly = (text: string): string =>
  text
    .replace(FOR_ONLY, 'only for $1')
    .replace(VALUE_ONLY, '$1 $2')
    .replace(STEP_ONLY, (_m, step: string) => ` just ${/^(?:the|a|an)\s/i.test(step) ? step : `the ${step}`}`)
    .replace(SAID_ONLY, (m, said: string) => (VERB_FIRST.test(said) ? m : `only for ${said}`))
    .replace(ONES, "only if it's ")
    .replace(JUST_FOR, '$1only for')
    .replace(ONLY_FOR_RECORDS, (_m, lead: string, noun: string, test: string, one?: string) => {
      const again = one && RECORD_NOUN.test(noun) ? `a ${noun.toLowerCase()} ` : (one ?? '');
      return `${lead}only if it's ${test}${again}`;
    })
    .replace(AMOUNT_DASH, '$1, ');
