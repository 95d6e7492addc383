/**
 * The crm.findLeads createdIn period a window of creation ends with ("… today", "… this week", "… the past week",
 * "… the last 7 days"), else undefined: "last week" is the week before, and other lengths have no period.
 */
export const periodSaid = (said: string): string | undefined => {
  const w =
    /(?:^|\s)(?:(today)|(yesterday)|(this\s+week)|(?:the\s+)?past\s+week|(?:the\s+)?(?:last|past)\s+(?:7|seven)\s+days)$/.exec(
      said,
    );
  return w ? (w[1] ?? w[2] ?? (w[3] ? 'this-week' : 'last-7-days')) : undefined;
};

/** A window of creation said after the leads (`said`, as written: `quoted`): createdIn, or why the find cannot take it. */
export const createdFilter = (said: string, quoted: string): { createdIn: string } | { unread: string } => {
  const createdIn = /\b(?:booked|since|before|after|from)\b/.test(said) ? undefined : periodSaid(said);
  return createdIn
    ? { createdIn }
    : {
        unread: `"${quoted}": the lead finder takes leads created today, yesterday, this week or in the last 7 days, or a status, tag, source, value or no reply. Say it as one of those, or take it out`,
      };
};
