import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { misread } from './misread';
import type { Case } from './table/case';

/** A lead's source said before a comma or a step: read as the source, as before (issue #16). */
const SOURCES: readonly Case[] = [
  [
    'every new lead that comes in from google, post it in #sales',
    'lead.created',
    'if(trigger.lead.source eq "google")[notify.slack]',
  ],
  [
    'every new lead that comes in from google should be emailed our brochure',
    'lead.created',
    'if(trigger.lead.source eq "google")[email.send]',
  ],
  [
    'When a new lead comes in from Google Ads, email them our brochure',
    'lead.created',
    'if(trigger.lead.source eq "Google Ads")[email.send]',
  ],
];

/** "from google gets posted …": the source's words ran on into the clause's verb and were tested as the source. */
const RUNS_ON = [
  'every new lead that comes in from google gets posted in #sales',
  'when a new lead comes in from google it gets posted in #sales',
  'every new lead from google gets posted in #sales',
];

describe('a lead source whose words run on into the clause (issue #16)', () => {
  it('GIVEN a source before a comma, "should" or a step WHEN parsed THEN that source is tested', () => {
    expect(misread(SOURCES)).toStrictEqual([]);
  });

  it('GIVEN a source whose words run on into "gets posted" or "it gets" WHEN parsed THEN refused, never "google gets posted" as the source', () => {
    expect(RUNS_ON.filter((r) => parsePrompt(r).ok)).toStrictEqual([]);
  });
});
