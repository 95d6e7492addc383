import { isSource, type Project, type Violation } from '../project';

export const MAX_LINES = 400;

/**
 * Files still over the limit because another open issue is splitting them, each with who. The list only shrinks:
 * an entry whose file is within the limit (or gone) is itself a violation, so it is removed when the split lands.
 */
export const OVER_LIMIT_ALLOWED: Readonly<Record<string, string>> = {};

const lineCount = (text: string): number => {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
};

/** No source or test file over MAX_LINES lines: a file a person can hold in their head. */
export const checkFileSizes = (
  project: Project,
  allowed: Readonly<Record<string, string>> = OVER_LIMIT_ALLOWED,
  /** Files written by `npm run generate` (scripts/generate/files.ts): nobody edits them by hand. */
  generated: readonly string[] = [],
): Violation[] => {
  const violations: Violation[] = [];
  for (const [file, text] of project.files) {
    if (!isSource(file)) continue;
    const lines = lineCount(text);
    if (lines <= MAX_LINES || allowed[file] !== undefined || generated.includes(file)) continue;
    violations.push({
      rule: 'file-too-long',
      file,
      message: `${lines} lines; at most ${MAX_LINES}: split it by concern (a folder per subject, a file per concern)`,
    });
  }
  for (const [file, owner] of Object.entries(allowed)) {
    const text = project.files.get(file);
    if (text !== undefined && lineCount(text) > MAX_LINES) continue;
    violations.push({
      rule: 'stale-allowance',
      file,
      message: `is allowed over ${MAX_LINES} lines (${owner}) but is ${text === undefined ? 'gone' : `${lineCount(text)} lines`}: remove it from OVER_LIMIT_ALLOWED`,
    });
  }
  return violations;
};
