/**
 * Someone not yet a lead said beside creating the lead (session 41, issue 16; sets 20, 27, 34): "create them in the
 * CRM if they're not there", "we don't have them yet, add them as a lead".
 */

/**
 * Someone not yet a lead, said of the workflow's person: "they aren't in the CRM already", "they're not there", "we
 * don't have them yet", "they're new". crm.createLead adds a lead only when none has their email, so it is no test.
 */
const NOT_ON_FILE =
  "(?:(?:they(?:['’]?re|\\sare)\\snot|they\\saren['’]?t|(?:he|she)(?:['’]s|\\sis)\\snot|(?:he|she)\\sisn['’]?t|the\\s(?:guest|client|customer|patient|member|person|booker|contact)\\s(?:isn['’]?t|is\\snot))\\s(?:already\\s|yet\\s)?(?:(?:in|on)\\s(?:the|our)\\s(?:crm|system|database|contacts)|there|on\\sfile)(?:\\s(?:already|yet))?|we\\s(?:don['’]?t|do\\snot)\\s(?:have|know)\\s(?:them|him|her)(?:\\s(?:yet|already|on\\sfile))?|they(?:['’]?re|\\sare)\\snew)(?![\\w'-])";
/** "create them in the CRM if they're not there", "add a lead for the guest if they aren't in the CRM already". */
const CREATED_IF_NEW = new RegExp(
  `(\\b(?:create|add|put|save)\\s(?:them|him|her|an?\\s(?:new\\s)?(?:lead|contact)(?:\\sfor\\s(?:them|the\\s[a-z]+))?)\\b[^,.;:!?]*?),?\\s(?:if|when|in\\scase)\\s${NOT_ON_FILE}`,
  'gi',
);
/**
 * An email come in: whether its sender is a lead is what the trigger tells (email.received's leadId), so the words are
 * that test ("we don't know who it is"), as the expected rows read them.
 */
const EMAIL_IN =
  /\b(?:e-?mails?\s(?:us|in|(?:our\s)?(?:reservations|bookings|info|support|sales|accounts|admin|office|hello|enquiries|help|reception)\b)|(?:gets?|receives?)\s(?:an?\s)?(?:new\s)?e-?mail|e-?mails?\s(?:comes?|arrives?|lands?|is\sreceived)|an?\s(?:new\s)?e-?mail\sfrom)\b/i;
const NOT_ON_FILE_RE = new RegExp(NOT_ON_FILE, 'gi');
/** "… and we don't have them yet, add them as a lead", "if they're new, create a lead": the lead made, as above. */
const IF_NEW_CREATE = new RegExp(
  `(?:,\\s?|\\s)(?:and|if|when)\\s${NOT_ON_FILE},?\\s(?:then\\s)?(?=(?:add|create|put|save)\\s(?:(?:them|him|her)\\s(?:as\\s(?:an?\\s)?(?:new\\s)?(?:lead|contact)|(?:in|to|into)\\s(?:the|our)\\s(?:crm|system))|an?\\s(?:new\\s)?(?:lead|contact))(?![\\w'-]))`,
  'gi',
);

/** "(an email) from someone who isn't in our system yet": the sender not on file, said of who wrote. */
const FROM_WHO_NOT_ON_FILE =
  /\s(?:from\s)?(?:someone|somebody|anyone|an?\s[a-z]+)\swho(?:['’]s\snot|\sis\snot|\sisn['’]?t|\saren['’]?t|\sare\snot)\s(?:already\s|yet\s)?(?:in|on)\s(?:the|our)\s(?:crm|system|database|contacts)(?:\s(?:already|yet))?(?![\w'-])/gi;

export const notOnFileSaid = (text: string): string =>
  EMAIL_IN.test(text)
    ? text
        .replace(FROM_WHO_NOT_ON_FILE, " and we don't know who it is")
        .replace(NOT_ON_FILE_RE, "we don't know who it is")
        // "someone new emails us and they're not in the system": "new" says it again
        .replace(/\bsomeone\snew\b(?=.*\bwe\sdon't\sknow\swho\sit\sis\b)/gi, 'someone')
    : text.replace(CREATED_IF_NEW, '$1').replace(IF_NEW_CREATE, ', ');
