import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_NAMES } from '../../statemachines/catalogue';
import { CATALOGUE_BEGIN, CATALOGUE_END, catalogueMarkdown } from '../../statemachines/catalogue-docs';
import { StepKinds } from '../../statemachines/schema';

const doc = readFileSync('docs/workflow-language.md', 'utf8');

describe('docs/workflow-language.md', () => {
  it('GIVEN the catalogue WHEN the docs are read THEN the generated action table is current', () => {
    const section = doc
      .slice(doc.indexOf(CATALOGUE_BEGIN) + CATALOGUE_BEGIN.length, doc.indexOf(CATALOGUE_END))
      .trim();
    // On failure, regenerate: write withCatalogue(doc) from statemachines/catalogue-docs.ts back to the file.
    expect(section).toBe(catalogueMarkdown());
  });

  it('GIVEN the language WHEN the docs are read THEN every step kind has a section and every action a row', () => {
    for (const kind of StepKinds) expect(doc).toContain(`### ${kind}`);
    for (const action of ACTION_NAMES) expect(doc).toContain(`| \`${action}\` |`);
  });
});
