import { analyse } from 'scslre';
import { isSource, type Project, type Violation } from '../project';
import { type RegexSite, regexSites } from '../regex-patterns';

/**
 * Code that runs on input from outside the repository (requests, events, files, model replies). Tests, benchmarks
 * and these scripts read only what the repository holds.
 */
const checked = (file: string): boolean =>
  isSource(file) && !/^(?:test|bench|scripts|node_modules)\//.test(file) && !file.includes('/dist/');

/**
 * Folders whose every entry point bounds the text its regular expressions see, each with where and how. There a
 * polynomial pattern costs at most (bound)² steps and a pattern built from data is allowed; an exponential pattern
 * is refused everywhere.
 */
export const BOUNDED_INPUT: Readonly<Record<string, string>> = {
  'functions/assistant/grammar/':
    'parsePrompt (functions/assistant/parser.ts), the only caller, refuses a request over 2,000 characters first',
  'functions/assistant/parser.ts':
    'parsePrompt refuses a request over 2,000 characters before any other pattern runs',
};

const boundOf = (file: string, bounded: Readonly<Record<string, string>>): string | undefined =>
  Object.entries(bounded).find(
    ([prefix]) => file === prefix || (prefix.endsWith('/') && file.startsWith(prefix)),
  )?.[1];

const describe = (site: RegexSite): string => `line ${site.line}: ${site.text}`;

/**
 * No regular expression whose matching time grows faster than the input (ReDoS): every pattern the code builds is
 * analysed (scslre: backtracking between quantifiers, and the quadratic cost of retrying a match at every position).
 * Fix by rewriting the pattern (an assertion such as `(?<!x)x+$`, a negated class, a string method), or bound the
 * input where it enters and list the folder in BOUNDED_INPUT.
 */
export const checkRegexes = (
  project: Project,
  bounded: Readonly<Record<string, string>> = BOUNDED_INPUT,
): Violation[] => {
  const violations: Violation[] = [];
  let sites: RegexSite[];
  try {
    sites = regexSites(project.files, checked);
  } catch (error) {
    const [file = '?', ...rest] = (error as Error).message.split(': ');
    return [{ rule: 'regex-unparsed', file, message: rest.join(': ') }];
  }
  for (const site of sites) {
    const bound = boundOf(site.file, bounded);
    if (site.source === undefined) {
      if (bound === undefined)
        violations.push({
          rule: 'regex-unchecked',
          file: site.file,
          message: `${describe(site)}: the pattern is computed, so it cannot be checked for super-linear matching; build it from constants`,
        });
      continue;
    }
    let reports: ReturnType<typeof analyse>['reports'];
    try {
      reports = analyse({ source: site.source, flags: site.flags }).reports;
    } catch (error) {
      violations.push({
        rule: 'regex-invalid',
        file: site.file,
        message: `${describe(site)}: ${(error as Error).message}`,
      });
      continue;
    }
    const worst = reports.find((r) => r.exponential) ?? reports[0];
    if (worst === undefined || (bound !== undefined && !worst.exponential)) continue;
    const attack = JSON.stringify(worst.character.pick);
    violations.push({
      rule: 'super-linear-regex',
      file: site.file,
      message: `${describe(site)}: ${worst.exponential ? 'exponential' : 'polynomial'} time on a long run of ${attack} (${worst.type.toLowerCase()}); rewrite it linear or bound its input`,
    });
  }
  for (const [prefix, why] of Object.entries(bounded)) {
    if ([...project.files.keys()].some((f) => f === prefix || (prefix.endsWith('/') && f.startsWith(prefix))))
      continue;
    violations.push({
      rule: 'stale-allowance',
      file: prefix,
      message: `is listed in BOUNDED_INPUT (${why}) but is gone`,
    });
  }
  return violations;
};
