import { REPORT_WORD } from './nouns';

/**
 * Files said with the file first (session 35, issue 16's miss class 13), restated as the readers take them — the
 * report made, then saved to a file in the folder named:
 *   "make a file with the weekly summary, put it in 'weekly reports'"  → "make the weekly summary, then save it to a
 *                                                                          file in the ⟦0⟧ folder"
 *   "write the monthly summary to a file in the Owners folder"         → "write the monthly summary, then save it to a
 *                                                                          file in the Owners folder"
 *   "save their details in a file, put it in 'applications'"           → "save their details to a file in the ⟦0⟧ folder"
 * Only a report's words are made first ("summary", "report", "recap"); anything else ("a document with their
 * answers") is the trigger's details, which is what a file saved on an event holds.
 */

const REPORT = REPORT_WORD;
const FILE = '(?:an?\\s|the\\s)?(?:new\\s)?(?:text\\s)?(?:file|document|doc|pdf)';
/** ", put it in 'weekly reports'", "and save it under the Owners folder": the folder a file goes to. */
const PUT_IN = `(?:[,;]?\\s(?:and\\s)?(?:then\\s)?(?:put|save|store|drop|keep|file)\\s(?:it|this|that|them)\\s(?:in|into|under|to)\\s(?:the\\s|our\\s|my\\s)?(?!(?:slack|chat|email|e-mail|inbox|drive|dropbox|teams|channel|crm|calendar)\\b)(?<folder>⟦\\d+⟧|[\\w-]+)(?:\\sfolder)?)?`;

/** "make a file with the weekly summary", "create a document with their answers". */
const FILE_WITH = new RegExp(
  `\\b(?<verb>make|create|write|generate|produce|prepare|save|put\\stogether)\\s${FILE}\\s(?:with|of|containing|holding)\\s(?<what>(?:the|a|an|their|its|our|this\\sweek's|last\\sweek's|this\\smonth's|last\\smonth's)\\s(?:(?!(?:and|then|or|but)\\s)[\\w'-]+\\s){0,3}(?!(?:and|then|or|but)(?![\\w'-]))[\\w'-]+)(?=\\s?(?:[,;.]|$)|\\s(?:and|then|in|to|into|under)\\b)${PUT_IN}`,
  'gi',
);

/** "write the monthly occupancy summary to a file (in the Owners folder)": the report, then the file. */
const REPORT_TO_FILE = new RegExp(
  `\\b(?<verb>write|put|export)\\s(?<what>(?:(?:the|a|an|this|our)\\s)?(?:[\\w'-]+\\s){0,3}?${REPORT})\\s(?:to|into|in)\\s${FILE}(?![\\w'-])`,
  'gi',
);

/** "save their details in a file, put it in 'applications'": the folder said after the file. */
const FILE_THEN_FOLDER = new RegExp(`\\b(?<file>(?:in|into|to)\\s${FILE})(?![\\w'-])${PUT_IN}`, 'gi');

const folderOf = (folder: string | undefined): string => (folder ? ` in the ${folder} folder` : '');

export const filesSaid = (text: string): string =>
  text
    .replace(FILE_WITH, (...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      const what = g.what ?? '';
      return new RegExp(`${REPORT}s?$`).test(what)
        ? `${g.verb} ${what}, then save it to a file${folderOf(g.folder)}`
        : `save the details to a file${folderOf(g.folder)}`;
    })
    .replace(REPORT_TO_FILE, (_m, ...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return `${g.verb} ${g.what}, then save it to a file`;
    })
    .replace(FILE_THEN_FOLDER, (m: string, ...args) => {
      const g = args.at(-1) as Record<string, string | undefined>;
      return g.folder ? `to a file${folderOf(g.folder)}` : m;
    });
