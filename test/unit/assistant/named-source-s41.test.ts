import { describe, expect, it } from 'vitest';
import { misread } from './misread';
import type { Case } from './table/case';

/**
 * The source field named on the trigger's noun (issue #16, session 41): "new lead with source etsy → tag them" is the
 * trigger's filter on `lead.source`, as a tag is; development sets 25, 28, 30, 32–34 expect it so (8 rows). "a lead
 * from etsy", "if the source is etsy" and a bare bracket after the event stay a step's test (about 50 rows against 4).
 */

const FILTERED: readonly Case[] = [
  [
    "new lead with source etsy → tag them 'etsy-buyer'",
    'lead.created {"lead.source":["etsy"]}',
    'crm.updateLead',
  ],
  [
    "new leads coming in with source broker-referral: notify Johan and tag them 'referral'",
    'lead.created {"lead.source":["broker-referral"]}',
    'notify.team; crm.updateLead',
  ],
  [
    'new lead with a source of untappd -> set their value to 500',
    'lead.created {"lead.source":["untappd"]}',
    'crm.updateLead',
  ],
  [
    'when a new lead is created with source etsy, tag them etsy',
    'lead.created {"lead.source":["etsy"]}',
    'crm.updateLead',
  ],
  [
    'when a new contact comes in with source justgiving send them our thank you email',
    'lead.created {"lead.source":["justgiving"]}',
    'email.send',
  ],
  [
    'new lead from hitched (source = hitched) -> add the tag hitched-2025',
    'lead.created {"lead.source":["hitched"]}',
    'crm.updateLead',
  ],
  [
    'when a new lead comes in from the Insta ad (source: instagram), tag them ig',
    'lead.created {"lead.source":["instagram"]}',
    'crm.updateLead',
  ],
];

/** No field named, an "if", or another branch: a step's test, as before. */
const TESTED: readonly Case[] = [
  [
    'new lead from LinkedIn -> tag social',
    'lead.created',
    'if(trigger.lead.source eq "LinkedIn")[crm.updateLead]',
  ],
  [
    'when a new lead comes in and the source is etsy, tag them etsy',
    'lead.created',
    'if(trigger.lead.source eq "etsy")[crm.updateLead]',
  ],
  [
    'new lead - if they came from TikTok (source tiktok) tag them tt',
    'lead.created',
    'if(trigger.lead.source eq "tiktok")[crm.updateLead]',
  ],
  [
    "new lead with source etsy → tag them 'etsy-buyer', otherwise email them",
    'lead.created',
    'if(trigger.lead.source eq "etsy")[crm.updateLead]else[email.send]',
  ],
  [
    'lead.created (source: webinar) -> welcome email',
    'lead.created',
    'if(trigger.lead.source eq "webinar")[email.send]',
  ],
  [
    'lead.created: if source == "webinar", send a follow-up email',
    'lead.created',
    'if(trigger.lead.source eq "webinar")[email.send]',
  ],
];

describe('the source named on the trigger (session 41)', () => {
  it('GIVEN "with source X" or "(source = X)" on the trigger\'s noun WHEN parsed THEN the trigger is filtered on lead.source', () => {
    expect(misread(FILTERED)).toStrictEqual([]);
  });

  it('GIVEN "from X", "if the source is X" or an otherwise branch WHEN parsed THEN a step tests the source', () => {
    expect(misread(TESTED)).toStrictEqual([]);
  });
});
