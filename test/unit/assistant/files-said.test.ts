import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../functions/assistant/parser';
import { DETAILS_FILE_CLASS, FILE_TWIN_CLASS, FOLDERS, REPORT_FILE_CLASS } from './classes/files-said';
import { misread } from './misread';

/** The folder of the request's files.create step, or what it got instead. */
const folderOf = (prompt: string): string => {
  const result = parsePrompt(prompt);
  if (!result.ok) return `refused: ${result.problems.join('; ')}`;
  const file = result.definition.steps.find((s) => 'action' in s && s.action === 'files.create');
  const input = file && 'input' in file ? (file.input as { folder?: string }) : undefined;
  return input?.folder ?? JSON.stringify(result.definition.steps);
};

describe('files said with the file first (session 35): the report made, then saved, in the folder named', () => {
  it('GIVEN a schedule × a report said file first ("make a file with the weekly summary", "write the monthly summary to a file") × a folder said after it WHEN parsed THEN the report, then the file; its twins (posted to Slack, sent to the team) stay as they were', () => {
    expect(misread(REPORT_FILE_CLASS)).toStrictEqual([]);
    expect(misread(FILE_TWIN_CLASS)).toStrictEqual([]);
  });

  it.each(FOLDERS)('GIVEN the folder said as "%s" WHEN parsed THEN the file goes to "%s"', (said, folder) => {
    expect(folderOf(`Every Friday at 5pm, make a file with the weekly summary${said}.`)).toBe(folder);
  });

  it('GIVEN an event × its details said file first ("create a document with their answers, put it in "clients"") WHEN parsed THEN the file of the details, in the folder named', () => {
    expect(misread(DETAILS_FILE_CLASS)).toStrictEqual([]);
    expect(folderOf('When a new lead comes in, make a file with their details, put it in "clients".')).toBe(
      'clients',
    );
  });
});
