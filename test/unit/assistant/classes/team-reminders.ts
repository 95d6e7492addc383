import type { Case } from '../table/case';

/**
 * Scheduled reminders to one of ours (session 29), as a grammar of independent slots: the schedule × whom (me, a
 * name, two names, a group with an article, a #channel, "the X channel") × the verb form ("remind R to …", "send R a
 * reminder to …", "send a reminder to R …", "nudge R …", "post a reminder in #c …") × what it says × where the
 * schedule stands × words around the request. None needs a record: each is a team notification or a Slack post.
 */

const SCHEDULES: readonly [string, string][] = [
  ['every Friday', 'cron(0 9 ? * FRI *)'],
  ['each morning', 'cron(0 9 * * ? *)'],
  ['on the 1st of every month', 'cron(0 9 1 * ? *)'],
  ['every weekday at 8am', 'cron(0 8 ? * MON-FRI *)'],
  ['every Monday at 4pm', 'cron(0 16 ? * MON *)'],
];

/** Whom, and the step a reminder to them is. */
const WHOM: readonly [said: string, steps: string][] = [
  ['me', 'notify.team'],
  ['Sam', 'notify.team'],
  ['Sam and Priya', 'notify.team; notify.team'],
  ['the coaches', 'notify.team'],
  ['our treasurer', 'notify.team'],
  ['all the trustees', 'notify.team'],
  ['the front desk', 'notify.team'],
  ['#volunteers', 'notify.slack'],
  ['the ops channel', 'notify.slack'],
];

const SAYS: readonly [infinitive: string, about: string][] = [
  ['send the newsletter', 'the newsletter'],
  ['run payroll', 'payroll'],
  ['update the rota', 'the rota'],
  ['log their hours', 'the hours sheet'],
];

const FORMS: readonly ((whom: string, say: readonly [string, string]) => string)[] = [
  (w, [inf]) => `remind ${w} to ${inf}`,
  (w, [, about]) => `remind ${w} about ${about}`,
  (w, [inf]) => `send ${w} a reminder to ${inf}`,
  (w, [inf]) => `send a quick reminder to ${w} to ${inf}`,
  (w, [inf]) => `nudge ${w} to ${inf}`,
  (w, [, about]) => `give ${w} a friendly reminder about ${about}`,
];

/** "post a reminder in #volunteers": only a channel is posted in. */
const CHANNEL_FORMS: readonly ((channel: string, say: readonly [string, string]) => string)[] = [
  (c, [inf]) => `post a reminder in ${c} to ${inf}`,
  (c, [, about]) => `post a reminder about ${about} in ${c}`.replace(/ in (.+)$/, ' in $1'),
  (c) => `drop a reminder in ${c}`,
];

const PLACES: readonly ((when: string, action: string) => string)[] = [
  (when, act) => `${when}, ${act}`,
  (when, act) => `${when} ${act}`,
  (when, act) => `${act} ${when}`,
  (when, act) => `Please ${act} ${when}, thanks`,
  (when, act) => `Could you ${act} ${when}?`,
];

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const build = (): Map<string, Case[]> => {
  const groups = new Map<string, Case[]>();
  for (const [when, cron] of SCHEDULES)
    for (const [whom, steps] of WHOM) {
      const cases: Case[] = [];
      FORMS.forEach((form, f) => {
        SAYS.forEach((say, s) => {
          const place = PLACES[(f + s) % PLACES.length] ?? PLACES[0];
          if (place) cases.push([capital(place(when, form(whom, say))), cron, steps]);
        });
      });
      if (whom.startsWith('#'))
        for (const form of CHANNEL_FORMS)
          for (const place of PLACES)
            cases.push([capital(place(when, form(whom, SAYS[0] ?? ['', '']))), cron, steps]);
      groups.set(`${when} × ${whom}`, cases);
    }
  return groups;
};

export const TEAM_REMINDER_CLASS: ReadonlyMap<string, readonly Case[]> = build();

/** The full cross product, for the bench. */
export const TEAM_REMINDER_PRODUCT: readonly Case[] = [...TEAM_REMINDER_CLASS.values()].flat();
