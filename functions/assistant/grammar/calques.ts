/**
 * Actions said with a false friend or a word-for-word calque of another language, put in the words the action
 * grammars read. Each action of the catalogue has few meanings, so a verb is mapped by its meaning and only when
 * its object fits that meaning (a meeting noun for "take/make", a note for "register", a lead status for
 * "pass/put … in", a person for "remember"); a verb whose object fits no action is left for the grammars to refuse.
 *   meetings   "make an appointment with him", "takes a rendez-vous", "fix a meeting with the client"
 *   notes      "register a note", "write a comment", "leave an observation"
 *   statuses   "change the state of the client in customer", "pass him in qualified", "put the lead on lost"
 *   tags       "put the tag instagram on him", "put him the tag vip", "give them the label hot"
 *   reminders  "remember all clients", "relaunch the client" (remind)
 *   messages   "make him a welcome email" (send); "warn / inform / prevent the client" (email them)
 */

/** Who is tagged, as the tag grammar reads it after "tag": a pronoun ("the client" is the trigger's lead). */
const person = (who: string): string => (/^(?:him|her|them|it)$/i.test(who) ? who : 'them');

export const calques = (s: string): string =>
  s
    // "make an appointment with him", "takes a rendez-vous", "fix a meeting with the client": schedule a meeting (never "have a meeting": a record's state)
    .replace(
      /\b(?:make|makes|take|takes|fix|fixes)\s(?:an?\s|one\s|the\s)?(?:appointment|rendez-?vous|rdv|reunion|réunion|meeting)s?\b(?=\s(?:with|for)\s|\s*(?:[,.;:!]|$)|\s(?:tomorrow|today|next|on|at|in|for|the|and|then)\b)/gi,
      'schedule a meeting',
    )
    // "register a note", "write a comment", "leave an observation": add a note
    .replace(
      /\b(?:register|registers|write|writes|leave|leaves|insert|inserts|do|does)\s(?:an?\s|one\s|the\s)?(?:note|comment|observation|annotation|remark)\b/gi,
      'add a note',
    )
    // "change the state of the client in customer": the status, said with the state and a preposition
    .replace(
      /\b(?:change|changes|modify|modifies|update|updates|pass|passes|put|puts|move|moves|set|sets|switch|switches|turn|turns|alter|alters)\s(?:the\s)?(?:state|status|stage|situation|phase|etape|étape)\s(?:of\s)?(the\s(?:client|customer|lead|contact|prospect)|him|her|them|it)\s(?:in|on|to|into|as|at|for)\s(?:the\s)?(?:status\s|stage\s|state\s)?(new|contacted|qualified|customers?|clients?|won|lost|closed|converted|dead|churned|disqualified|cold|paying customer)\b/gi,
      'change the status of $1 to $2',
    )
    // "pass him in qualified", "put the lead on lost": the lead moved to a status
    .replace(
      /\b(?:pass|passes|put|puts|move|moves|switch|switches|turn|turns|place|places)\s(the\s(?:client|customer|lead|contact|prospect)|him|her|them|it)\s(?:in|on|into|as|at|to)\s(?:the\s)?(?:status\s|stage\s|state\s)?(new|contacted|qualified|customers?|clients?|won|lost|closed|converted|dead|churned|disqualified|cold|paying customer)\b/gi,
      'change the status of $1 to $2',
    )
    // "put the tag instagram on him", "put him the tag vip", "give them the label hot": tag them
    .replace(
      /\b(?:put|puts|place|places|give|gives|apply|applies|assign|assigns|attach|attaches|set|sets|add|adds)\s(?:an?\s|the\s)(?:tag|label|etiquette|étiquette)\s([\w-]+|⟦\d+⟧)\s(?:on|to|at|for|in)\s(him|her|them|it|the\s(?:client|customer|lead|contact|prospect))\b/gi,
      (_m, tag: string, who: string) => `tag ${person(who)} ${tag}`,
    )
    .replace(
      /\b(?:put|puts|place|places|give|gives|apply|applies|assign|assigns|attach|attaches|set|sets)\s(him|her|them|the\s(?:client|customer|lead|contact|prospect))\s(?:an?\s|the\s)(?:tag|label|etiquette|étiquette)\s(?!on\b|to\b|as\b)([\w-]+|⟦\d+⟧)/gi,
      (_m, who: string, tag: string) => `tag ${person(who)} ${tag}`,
    )
    // "remember all clients", "relaunch the client": remind them (never "remember to …")
    .replace(
      /\b(?:remember|remembers|relaunch|relaunches)\s(?=(?:all\s|the\s|every\s|each\s|our\s|these\s|those\s)?(?:clients?|customers?|leads?|contacts?|prospects?|people|users|members|patients|him|her|them)\b)/gi,
      'remind ',
    )
    // "warn the client", "inform him", "prevent the customer" (prévenir): a person outside the team is told by email
    .replace(
      /\b(?:notify|notifies|inform|informs|warn|warns|advise|advises|alert|alerts|intimate|intimates|prevent|prevents|notice|notices)\s(?=(?:the\s)?(?:client|customer|lead|contact|prospect|patient|guest|attendee|buyer)s?\b(?!\s(?:owner|manager|team|reps?|success|service|care|support)\b|')|(?:him|her)\b(?!\s(?:to|that)\b))/gi,
      'email ',
    )
    .replace(/\bemail\s((?:the\s)?[a-z]+)\s(?:by|per|via)\se-?mail\b/gi, 'email $1')
    // "make him a welcome email": send it
    .replace(
      /\b(?:make|makes|do|does)\s(him|her|them|the\s(?:client|customer|lead|contact|prospect))\s(an?\s(?:[\w-]+\s){0,2}?(?:e-?mail|mail|message))\b/gi,
      'send $1 $2',
    );
