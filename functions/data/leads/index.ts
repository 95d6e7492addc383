/**
 * Leads, de-duplicated by email.
 *
 *   lead        pk T#<t>#LEAD#<id>        sk LEAD                 gsi1 T#<t>#LEADS / <createdAt>#<id>
 *                                                                 gsi2 T#<t>#LEADS#STATUS#<status> / <createdAt>#<id>
 *   email       pk T#<t>#LEADEMAIL#<email> sk LEADEMAIL           leadId (uniqueness, same transaction as the lead)
 *   tag index   pk T#<t>#LEAD#<id>        sk IDX#TAG#<tag>        gsi1 T#<t>#LEADS#TAG#<tag> / <createdAt>#<id>
 *   source idx  pk T#<t>#LEAD#<id>        sk IDX#SOURCE           gsi1 T#<t>#LEADS#SOURCE#<source> / <createdAt>#<id>
 *   timeline    pk T#<t>#LEAD#<id>        sk TL#<at>#<entryId>    notes, emails sent, …
 *
 * Index items carry a full copy of the lead (rewritten in the lead's transaction), so a filtered list is one Query
 * with a FilterExpression for the remaining criteria, and pages stay full.
 */
export * from './repository';
export * from './schema';
export { createLeadTimeline } from './timeline';
