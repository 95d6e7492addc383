import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_DETAILS } from '../../../statemachines/event-details';
import { EVENT_NAMES } from '../../../statemachines/events';
import { EVENTS_BEGIN, EVENTS_END, eventsMarkdown } from '../../../statemachines/events-docs';

describe('docs/workflow-language.md', () => {
  const doc = readFileSync('docs/workflow-language.md', 'utf8');

  it('GIVEN EVENT_DETAILS WHEN the docs are read THEN the generated events table is current', () => {
    const section = doc
      .slice(doc.indexOf(EVENTS_BEGIN) + EVENTS_BEGIN.length, doc.indexOf(EVENTS_END))
      .trim();
    // On failure, regenerate: write withEvents(doc) from statemachines/events-docs.ts back to the file.
    expect(doc.indexOf(EVENTS_BEGIN)).toBeGreaterThan(0);
    expect(section).toBe(eventsMarkdown());
  });

  it('GIVEN the events table WHEN read THEN every event has a row with its source and every detail field', () => {
    const table = eventsMarkdown();
    for (const name of EVENT_NAMES) {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toContain(`\`dynaris.${name.split('.')[0]}\``);
      for (const field of Object.keys(EVENT_DETAILS[name].shape))
        expect(row).toMatch(new RegExp(`\`${field}\\*?\``));
    }
    expect(table).toContain('`lead` [LeadSummary](#event-object-leadsummary)');
    expect(table).toContain('`email.send`');
  });
});
