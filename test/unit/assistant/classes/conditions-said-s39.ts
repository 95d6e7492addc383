import type { Case } from '../table/case';
import type { Refusal } from './comparisons-s32';

/**
 * Session 39 (c5), issue 16: tests said in plain words (development sets 26–28): two comparisons joined by "and" with
 * a tag among them ("500 or more AND tagged locum", "they were worth more than $2000"), a value said of "it" ("if its
 * in EUR", "if it's a PDF"), "not already a customer", and a tag test after other steps (a filter would hold those
 * back too). Rows are [request, trigger, steps].
 */

const BOTH = 'if((trigger.lead.value gte 500 and trigger.lead.tags contains "locum"))';

/** A comparison and a tag with "otherwise": one step tests both; without it the tag stays the trigger's filter. */
export const AND_TAGGED_CLASS: readonly Case[] = [
  [
    'When a new candidate is added with a value of 500 or more AND tagged locum, notify Karthik. otherwise just log it',
    'lead.created',
    `${BOTH}[notify.team]else[log]`,
  ],
  [
    'When a new lead comes in, if the value is 500 or more and they are tagged locum, notify the team, otherwise log it',
    'lead.created',
    `${BOTH}[notify.team]else[log]`,
  ],
  [
    'When a new lead comes in, if the value is 500 or more and they are tagged locum, notify the team',
    'lead.created {"lead.tags":["locum"]}',
    'if(trigger.lead.value gte 500)[notify.team]',
  ],
  [
    'When a lead is marked as lost and they were worth more than $2000, tell Dev',
    'lead.updated {"changes.status.to":["lost"]}',
    'if(trigger.lead.value gt 2000)[notify.team]',
  ],
  [
    'When a new lead comes in, send them the welcome email. If they are tagged vip, also notify the team',
    'lead.created',
    'email.send; if(trigger.lead.tags contains "vip")[notify.team]',
  ],
];

const PDF = 'if(trigger.file.contentType eq "application/pdf")';

/** "it" said with a value: a file's type, an invoice's currency, a lead's status not had. */
export const SAID_OF_IT_CLASS: readonly Case[] = [
  [
    "When a file is uploaded, if it's a PDF let Jo know, otherwise tell Raj so he can convert it",
    'file.updated',
    `${PDF}[notify.team]else[notify.team]`,
  ],
  ['File uploaded - if its a PDF let Jo know', 'file.updated', `${PDF}[notify.team]`],
  [
    "When a file is uploaded, if it's not a PDF tell Raj so he can convert it",
    'file.updated',
    'if(trigger.file.contentType ne "application/pdf")[notify.team]',
  ],
  [
    "When a file is uploaded, if it's an image post it in #photos",
    'file.updated',
    'if(trigger.file.contentType startsWith "image/")[notify.slack]',
  ],
  [
    'invoice created - if its in EUR send a copy to finance.ie@gradstaff.com, otherwise to finance.uk@gradstaff.com',
    'invoice.created',
    'if(trigger.invoice.currency eq "EUR")[email.send]else[email.send]',
  ],
  [
    'When an invoice is created, if its in EUR notify the team',
    'invoice.created',
    'if(trigger.invoice.currency eq "EUR")[notify.team]',
  ],
  [
    "When a lead is created, if they're not already a customer send them the welcome email",
    'lead.created',
    'if(trigger.lead.status ne "customer")[email.send]',
  ],
  [
    'When a lead is created, if its value is over 500 notify the team',
    'lead.created',
    'if(trigger.lead.value gt 500)[notify.team]',
  ],
];

/** Twins refused: a kind no content type says, and "already" said positively (what it was before is unknown). */
export const SAID_OF_IT_REFUSED: readonly Refusal[] = [
  ["When a file is uploaded, if it's a document tell Raj", "it's a document"],
  ['When a new lead comes in and she is already qualified, send them a welcome email', 'already qualified'],
];
