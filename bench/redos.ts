/**
 * ReDoS figures: the house regex lint's cost, the assistant's worst time at its 2,000-character bound (requests
 * made of the runs scslre names for the assistant's polynomial patterns), and the patterns fixed linear on
 * 100k-character inputs. Prints milliseconds; asserts nothing (test/unit/redos and test/unit/lint do).
 */
import { performance } from 'node:perf_hooks';
import { analyse } from 'scslre';
import { parseDraft, topicOf } from '../functions/agents/email/email';
import { replyToAddress } from '../functions/agents/email/tracking';
import { parsePrompt } from '../functions/assistant/parser';
import { REPO_ROOT } from '../infra/paths';
import { isSource, loadProject } from '../scripts/lint/project';
import { regexSites } from '../scripts/lint/regex-patterns';
import { parseTemplate } from '../statemachines/references';

const time = (fn: () => unknown): number => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

const project = loadProject(REPO_ROOT, []);
let sites: ReturnType<typeof regexSites> = [];
const extract = time(() => {
  sites = regexSites(project.files, (f) => isSource(f) && !/^(?:test|bench|scripts)\//.test(f));
});
const attackRuns = new Set<string>([' ', '.', ',', '1', 'a']);
let flagged = 0;
const analysis = time(() => {
  for (const site of sites) {
    if (site.source === undefined) continue;
    const { reports } = analyse({ source: site.source, flags: site.flags });
    if (reports.length > 0) flagged += 1;
    if (site.file.startsWith('functions/assistant/'))
      for (const r of reports) attackRuns.add(r.character.pick);
  }
});
console.log(
  `lint: ${sites.length} patterns found in ${extract.toFixed(0)} ms, analysed in ${analysis.toFixed(0)} ms; ${flagged} polynomial (all in BOUNDED_INPUT folders)`,
);

const leads = [
  '',
  'when a lead is created, send an email about ',
  'every day at ',
  'wait until ',
  'then get ',
  'if the invoice is overdue by ',
];
const times: number[] = [];
for (const run of attackRuns)
  for (const lead of leads)
    for (const tail of ['', 'x', '!', ' tag']) {
      const prompt = `${lead}${run.repeat(Math.floor((1990 - lead.length) / run.length))}${tail}`;
      times.push(time(() => parsePrompt(prompt)));
    }
// runs of headings, notes, arrows and brackets, alone (session 36: "Late payments: " x 2,000 took seconds under load)
for (const run of ['Late payments: ', 'Note: ', '- ', '-> ', '(x) '])
  times.push(time(() => parsePrompt(run.repeat(Math.floor(1990 / run.length)))));
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
console.log(
  `assistant at 2,000 chars: ${times.length} adversarial requests, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`,
);

const N = 100_000;
const fixed: [string, () => unknown][] = [
  ['template {{ + 100k spaces', () => parseTemplate(`{{${' '.repeat(N)}x`)],
  ['email topic, 100k spaces after "about"', () => topicOf(`Write about ${' '.repeat(N)}x\ny`)],
  ['model reply, 100k "{"', () => parseDraft('{'.repeat(N))],
  ['From address, 100k "<"', () => replyToAddress('<'.repeat(N), 'id')],
  ['assistant, 100k characters (refused)', () => parsePrompt('a '.repeat(N / 2))],
];
for (const [what, fn] of fixed) console.log(`${what}: ${time(fn).toFixed(1)} ms`);
