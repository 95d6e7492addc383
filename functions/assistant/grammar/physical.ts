/** Something only the post or a courier carries ("send them flowers", "the contract by post"): never an email. */
export const PHYSICAL =
  /(?<!\b(?:every|all|each|any|our|those|these)\s)\b(?:parcels?|care\s+packages?|gifts?(?!\s+(?:cards?|vouchers?|certificates?|codes?))|gift\s+(?:box|basket|hamper)s?|hampers?|flowers|bouquets?|swag|merch(?:andise)?|postcards?|hand-?written\s+(?:thank[- ]you\s+)?(?:cards?|notes?|letters?)|(?:thank[- ]you|greetings?|birthday|christmas|xmas|holiday|sympathy|condolence|get[- ]well|anniversary|wedding|paper|printed|physical)\s+cards?|(?:physical|printed|paper)\s+(?:letters?|copy|copies|mail|flyers?|brochures?)|t-?shirts?|mugs?|(?:by|via|through|in)\s+(?:the\s+)?(?:post|courier|snail\s+mail|fedex|ups|dhl|royal\s+mail))\b(?!\s+(?:e-?mails?|messages?|info|details|pdfs?|links?|pages?|notes?))/;

export const physicalProblem = (said: string): string =>
  `no action sends "${said}": what is sent goes by email, Slack or a team notification; to have someone send it, say "remind me to send …"`;
