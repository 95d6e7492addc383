import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import {
  FIELD_NAME_CLASS,
  FIELD_NAME_REFUSED,
  NAMED_SOURCE_CLASS,
  NAMED_SOURCE_TAGGED,
} from './classes/fields-sources-s34';
import {
  ARRIVING_CLASS,
  ARRIVING_REFUSED,
  INITIALS_CLASS,
  INITIALS_REFUSED,
  KIND_GLOSS_CLASS,
  KIND_GLOSS_REFUSED,
  OWN_NOUN_CLASS,
  OWN_NOUN_REFUSED,
  PASSIVE_STANDING_CLASS,
  PASSIVE_STANDING_REFUSED,
  QUOTED_STATUS_CLASS,
  QUOTED_STATUS_REFUSED,
  STANDING_CLASS,
  STANDING_REFUSED,
} from './classes/own-nouns-s34';
import { misread, notRefused } from './misread';

describe('the writer’s own nouns and field names (session 34): classes with must-refuse twins', () => {
  it('GIVEN a person named by the trade in more than one word ("a potential new client", "a design partner") × verb by meaning × action × order WHEN parsed THEN the event the verb means; a word that picks some of them out ("VIP", "returning") or a verb no event means ("churns", "goes quiet") is refused', () => {
    expect(OWN_NOUN_CLASS.length).toBe(300);
    expect(misread(OWN_NOUN_CLASS)).toStrictEqual([]);
    expect(notRefused(OWN_NOUN_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN one of our people said with words that say every such person ("a potential new client") arriving ("comes in", "is added") WHEN parsed THEN a new lead; a noun of no kind we know arriving ("a new matter comes in", "a design partner comes in") is refused', () => {
    expect(ARRIVING_CLASS.length).toBe(54);
    expect(misread(ARRIVING_CLASS)).toStrictEqual([]);
    expect(notRefused(ARRIVING_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a person’s own verb with the status it leaves them in said in brackets ("a PNC declines (we use "lost" for that)") × who × verb × bracket WHEN parsed THEN the change to that status; no bracket, or two statuses in it, is refused, never a new lead tested for either', () => {
    expect(STANDING_CLASS.length).toBe(175);
    expect(misread(STANDING_CLASS)).toStrictEqual([]);
    expect(notRefused(STANDING_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN the standing verbs in the passive ("a candidate is hired (we mark them won)") and a status in quotes ("moves to stage "Won"") WHEN parsed THEN the change to that status; a quoted stage the CRM has not is refused', () => {
    expect(PASSIVE_STANDING_CLASS.length).toBe(75);
    expect(misread(PASSIVE_STANDING_CLASS)).toStrictEqual([]);
    expect(notRefused(PASSIVE_STANDING_REFUSED)).toStrictEqual([]);
    expect(misread(QUOTED_STATUS_CLASS)).toStrictEqual([]);
    expect(notRefused(QUOTED_STATUS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a field named as a system names it (company_size, companySize, lead_source) × trigger × comparison WHEN parsed THEN that field literally: the lead’s own field when it is one, its free-form field otherwise, a form’s as written; on an event without the whole lead it is refused quoting the test', () => {
    expect(FIELD_NAME_CLASS.length).toBe(170);
    expect(misread(FIELD_NAME_CLASS)).toStrictEqual([]);
    expect(notRefused(FIELD_NAME_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a trade’s own noun with the catalogue’s kind in brackets ("a new matter (lead) comes in", "a work order (booking) is cancelled") × noun × gloss × verb WHEN parsed THEN the event of that kind, never a tag; a bracket naming two kinds, or a noun with a word that picks some out, is refused', () => {
    expect(KIND_GLOSS_CLASS.length).toBe(208);
    expect(misread(KIND_GLOSS_CLASS)).toStrictEqual([]);
    expect(notRefused(KIND_GLOSS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a noun phrase with the writer’s initials for it in brackets ("a potential new client (PNC)") × verb WHEN parsed THEN the initials are dropped and the event read; a bracket that is not the initials is not', () => {
    expect(misread(INITIALS_CLASS)).toStrictEqual([]);
    expect(notRefused(INITIALS_REFUSED)).toStrictEqual([]);
  });

  it('GIVEN a source named before the person with its CRM value in brackets ("an Avvo lead comes in (source avvo)") × source × person × bracket × event WHEN parsed THEN the source as the bracket says it, never a tag too; a word that is not the bracket’s value ("a VIP lead (source avvo)") stays a tag beside the source', () => {
    expect(NAMED_SOURCE_CLASS.length).toBe(240);
    expect(misread(NAMED_SOURCE_CLASS)).toStrictEqual([]);
    expect(misread(NAMED_SOURCE_TAGGED)).toStrictEqual([]);
  });

  it('GIVEN a lead created with its source said in brackets or after "with" ("add them as a lead (source avvo)", "(source: google-ads)", "with source "Avvo Pro"") × trigger × form × value WHEN parsed THEN the new lead’s source is the value as written, nothing left unread', () => {
    const wrong: string[] = [];
    for (const trigger of [
      'When someone fills in the Avvo form, ',
      'When the intake form is submitted, ',
      'Once someone books a call, ',
    ])
      for (const frame of [
        'add them as a lead (source {v})',
        'add them to the CRM (source: {v})',
        'add them to the CRM (source = {v})',
        'create a lead with source "{v}"',
        'add them as a lead with source {v}',
      ])
        for (const value of ['avvo', 'google-ads', 'Avvo Pro']) {
          if (value.includes(' ') && !frame.includes('"')) continue;
          const said = trigger + frame.replace('{v}', value);
          const result = parsePrompt(said);
          const created = result.ok
            ? result.definition.steps.find((s) => 'action' in s && s.action === 'crm.createLead')
            : undefined;
          const source =
            created && 'input' in created
              ? (created.input as { source?: unknown } | undefined)?.source
              : undefined;
          if (!result.ok || source !== value || result.notUnderstood.length > 0)
            wrong.push(`${said} → ${String(source)}`);
        }
    expect(wrong).toStrictEqual([]);
  });

  it('GIVEN "moves to = won" or "is moved to → qualified" WHEN parsed THEN the status change, as "moves to won" is', () => {
    for (const [said, status] of [
      ['When a lead moves to = won, notify the team', 'customer'],
      ['When an applicant is moved to → qualified, email them', 'qualified'],
      ['When a deal goes to -> lost, email them', 'lost'],
    ] as const) {
      const result = parsePrompt(said);
      expect(result.ok && result.definition.trigger).toStrictEqual({
        type: 'event',
        event: 'lead.updated',
        filter: { 'changes.status.to': [status] },
      });
    }
  });

  it('GIVEN an event no reader knows with a bare status in brackets ("a widget is closed (won)") WHEN parsed THEN it is refused quoting the event, never started on every new lead tested for the status', () => {
    for (const said of [
      'When a widget is closed (won), notify the team',
      'When a design partner declines (lost or qualified), email them',
    ]) {
      const result = parsePrompt(said);
      expect(result.ok).toBe(false);
    }
  });
});
