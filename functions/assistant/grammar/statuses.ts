/** Lead statuses as people say them ("won", "closed lost", "a client") → the statuses leads have. */
export const LEAD_STATUS_WORDS: Readonly<Record<string, string>> = {
  new: 'new',
  contacted: 'contacted',
  qualified: 'qualified',
  customer: 'customer',
  customers: 'customer',
  client: 'customer',
  clients: 'customer',
  'paying customer': 'customer',
  won: 'customer',
  'closed won': 'customer',
  closed: 'customer',
  converted: 'customer',
  lost: 'lost',
  'closed lost': 'lost',
  dead: 'lost',
  churned: 'lost',
  disqualified: 'lost',
  cold: 'lost',
};

/**
 * "all the 'lost' candidates", "every \"qualified\" lead": a status word quoted for emphasis right before the people
 * it picks, read as said bare (qualifiers.ts, before quotes are set aside); never a tag said in quotes ("tagged 'new' clients").
 */
export const QUOTED_STATUS =
  /(?<!\b(?:tagged|tag|labell?ed|label|as)\s)["'“‘](new|contacted|qualified|lost)["'”’](?=\s(?:leads?|candidates?|clients?|customers?|contacts?|prospects?|members?|students?|patients?|guests?|subscribers?|applicants?|people|ones|tenants?|buyers?|donors?|parents?)\b)/gi;
