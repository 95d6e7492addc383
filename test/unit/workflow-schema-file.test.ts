import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/paths';
import { WORKFLOW_SCHEMA_PATH } from '../../scripts/generate/files';
import { TEMPLATE_IDS, templateJson } from '../../statemachines/templates';
import { validateWorkflow } from '../../statemachines/validate';

/** What an editor does with the checked-in file: compile it with a draft 2020-12 validator. */
const schemaFile = JSON.parse(readFileSync(join(REPO_ROOT, WORKFLOW_SCHEMA_PATH), 'utf8')) as object;
const editorCheck = new Ajv2020({ allErrors: true, strict: false }).compile(schemaFile);
const TEMPLATES_DIR = join(REPO_ROOT, 'statemachines/templates');

const minimal = {
  name: 'Hello',
  trigger: { type: 'manual' },
  steps: [{ id: 'hello', action: 'log', input: { message: 'hi' } }],
};

describe('the workflow JSON Schema file', () => {
  it.each(TEMPLATE_IDS)(
    'GIVEN template %s WHEN its $schema is resolved from its folder THEN it names the checked-in schema file',
    (id) => {
      const { $schema } = templateJson(id) as { $schema?: string };
      expect(typeof $schema).toBe('string');
      expect(resolve(TEMPLATES_DIR, $schema as string)).toBe(join(REPO_ROOT, WORKFLOW_SCHEMA_PATH));
    },
  );

  it.each(TEMPLATE_IDS)('GIVEN template %s WHEN an editor checks it THEN it has no errors', (id) => {
    expect(editorCheck(templateJson(id)), JSON.stringify(editorCheck.errors)).toBe(true);
  });

  it('GIVEN a definition with a "$schema" key WHEN validated by Dynaris THEN it is valid', () => {
    const report = validateWorkflow({ $schema: '../schema/workflow.schema.json', ...minimal });
    expect(report.issues).toStrictEqual([]);
    expect(report.definition?.$schema).toBe('../schema/workflow.schema.json');
  });

  it('GIVEN a misspelt top-level key WHEN an editor checks it THEN the schema flags it, as Dynaris does', () => {
    const typo = { ...minimal, stpes: [] };
    expect(editorCheck(typo)).toBe(false);
    expect(editorCheck.errors?.map((e) => e.params)).toContainEqual({ additionalProperty: 'stpes' });
    expect(validateWorkflow(typo).issues.map((i) => i.path)).toContain('$.stpes');
  });

  it('GIVEN a step without a kind WHEN an editor checks it THEN the nested step list is checked too', () => {
    const withThen = (then: object[]) => ({
      ...minimal,
      steps: [{ id: 'x', if: { path: 'trigger.a', eq: 1 }, then }],
    });
    expect(editorCheck(withThen([{ id: 'y', action: 'log' }]))).toBe(true);
    expect(editorCheck(withThen([{ id: 'y' }]))).toBe(false);
  });

  it('GIVEN the schema file WHEN read THEN it is a draft 2020-12 schema titled for the workflow language', () => {
    expect(schemaFile).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Dynaris workflow definition',
      required: ['name', 'trigger', 'steps'],
    });
    expect(dirname(WORKFLOW_SCHEMA_PATH)).toBe('schema');
  });
});
