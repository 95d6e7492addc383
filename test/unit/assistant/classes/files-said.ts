import type { Case } from '../table/case';
import { cross } from './comparisons-s32';

/**
 * Session 35 (h5), issue 16's miss class 13: files said with the file first ("make a file with the weekly summary,
 * put it in 'weekly reports'", "write the monthly summary to a file in the Owners folder", "save their details in a
 * file, put it in 'clients'"): the report made, then saved to a file, in the folder named. Rows are [request,
 * trigger outline, steps outline]; the folder each names is checked by files-said.test.ts.
 */

const SCHEDULES = [
  ['Every Friday at 5pm, ', 'cron(0 17 ? * FRI *)'],
  ['Every Monday at 9am, ', 'cron(0 9 ? * MON *)'],
  ['On the 1st of every month at 8am, ', 'cron(0 8 1 * ? *)'],
] as const;

/** The report in a file, said file first. */
const REPORT_IN_FILE = [
  'make a file with the weekly summary',
  "create a document with this week's report",
  'write the monthly summary to a file',
  'put together a file with the weekly recap',
  'generate a PDF with the sales report',
] as const;

/** [the folder said after it, the folder]. */
export const FOLDERS = [
  [", put it in 'weekly reports'", 'weekly reports'],
  [' and save it under the Reports folder', 'Reports'],
  [', then drop it in "Owners"', 'Owners'],
  [', store it in the Finance folder', 'Finance'],
] as const;

/** schedule × report × folder (or none): the report, then the file. */
export const REPORT_FILE_CLASS: readonly Case[] = SCHEDULES.flatMap(([said, cron]) =>
  cross([said], REPORT_IN_FILE, [...FOLDERS.map(([f]) => f), '']).map(
    (r): Case => [`${r}.`, cron, 'report.summarize; files.create'],
  ),
);

/** An event's details in a file, said file first: the file (the trigger's details). */
export const DETAILS_FILE_CLASS: readonly Case[] = cross(
  [
    'When a new lead comes in, ',
    'When a client books a session, ',
    'When someone fills in the intake form, ',
  ],
  ['make a file with their details', 'create a document with their answers', 'save their details in a file'],
  [', put it in "clients"', ' and put it in the Clients folder', ''],
).map((r): Case => {
  const event = r.includes('lead')
    ? 'lead.created'
    : r.includes('books')
      ? 'booking.created'
      : 'form.submitted';
  return [`${r}.`, event, 'files.create'];
});

/** Twins: the report posted to Slack is no folder, and a report sent with no file stays one. */
export const FILE_TWIN_CLASS: readonly Case[] = SCHEDULES.flatMap(([said, cron]): Case[] => [
  [
    `${said}make a file with the weekly summary and put it in slack.`,
    cron,
    'report.summarize; files.create; notify.slack',
  ],
  [
    `${said}make a file with the weekly summary and post it in #reports.`,
    cron,
    'report.summarize; files.create; notify.slack',
  ],
  [`${said}send the weekly summary to the team.`, cron, 'report.summarize; notify.team'],
]);
