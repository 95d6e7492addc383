import type { EventFilter, Trigger } from '../../../statemachines/schema';
import { type ConditionContext, rootOf } from './condition-words';

/**
 * "a file is uploaded to the Inspections folder", "a document is added in our 'contracts' folder": which files start
 * the workflow, tested by the trigger's filter on the folder named (session 36, issue 16 class 13). A folder that
 * names no folder ("a folder", "our shared folder", "the team folder") or two of them is not read.
 * Also the topic an email asks about, said without the writer's "our" (condition-atom.ts is at its length).
 */
const IN_FOLDER =
  /^(?:(?:is|was|gets|got)\s+)?(?:(?:uploaded|added|saved|dropped|put|stored|created|placed)\s+)?(?:to|in|into|inside)\s+(?:the\s+|our\s+|my\s+)?(?!(?:a|an|any|some|one|every|each|that|this|which|the|our|my|their|same|right|correct|new|shared|common|team|company|main|general|public|root|default|usual)\s)(⟦\d+⟧|[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+folder\b(?!\s*(?:or|and|\/)\s)/;

/** The trigger's filter on the folder said at the start of `rest`, and how much it read. */
export const folderFilter = (
  rest: string,
  ctx: ConditionContext,
): { filter: EventFilter; length: number } | undefined => {
  const fileRoot = rootOf('file', ctx.subject, ctx.event);
  const m = fileRoot?.startsWith('trigger.') ? IN_FOLDER.exec(rest) : null;
  if (!fileRoot || !m?.[1]) return undefined;
  return {
    filter: { [`${fileRoot.slice('trigger.'.length)}.folder`]: [ctx.cased(m[1])] },
    length: m[0].length,
  };
};

/** "asks about our warranty", "is about the refund policy": where the topic starts after its verb (no "our"). */
export const topicAt = (verb: string, after: string): number =>
  /about|regarding/.test(verb) ? (/^(?:our|your|the)\s+(?!⟦)/.exec(after)?.[0].length ?? 0) : 0;

/** What a qualifier after a bare event starts with ("from LinkedIn", "worth 5k", "tagged vip", "'s budget …"). */
const QUALIFIER_START =
  /^(?:from|via|through|worth|with|over|above|under|below|tagged|'s\s+(?:budget|value|deal|total|amount|worth))\s+\S/;

/**
 * Whether the rest of a bare event's clause qualifies it, for the condition grammar to read (trigger.ts): the words
 * above, or where a file went ("a file is uploaded to the inspections folder").
 */
export const startsQualifier = (trigger: Trigger, tail: string): boolean =>
  QUALIFIER_START.test(tail) ||
  (trigger.type === 'event' &&
    trigger.event === 'file.updated' &&
    /^(?:to|in|into|inside)\s+(?:[^\s,;]+\s+){1,4}folder\b/.test(tail));

/** What a kind of file says as its content type ("a PDF", "a Word doc", "a spreadsheet in xlsx"). */
const KIND_TYPES: readonly [RegExp, string][] = [
  [/^pdf$/, 'application/pdf'],
  [/^csv$/, 'text/csv'],
  [/^png$/, 'image/png'],
  [/^jpe?g$/, 'image/jpeg'],
  [/^(?:docx|word)$/, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  [/^(?:xlsx|excel)$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
];
const FILE_KIND =
  /\b(if|unless|when|whether)\s(?:it|the\s(?:file|document|doc|upload|attachment))(?:'s|\sis)\s(not\s)?(?:an?\s)?(pdf|csv|png|jpe?g|docx|xlsx|word|excel)(?:\s(?:file|document|doc|spreadsheet))?(?![\w'-])/gi;

/**
 * "File uploaded: if it's a PDF …", "unless the document is a Word doc": a test of the uploaded file's content type,
 * put in the words the condition grammar reads (session 39). A kind with no one type ("an image", "a scan") is left
 * as written, for the readers to refuse.
 */
export const fileKindsSaid = (text: string): string =>
  text.replace(FILE_KIND, (all, joint: string, not: string | undefined, kind: string) => {
    const type = KIND_TYPES.find(([re]) => re.test(kind.toLowerCase()))?.[1];
    return type ? `${joint} the file type is ${not ?? ''}"${type}"` : all;
  });
