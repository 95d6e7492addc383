import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateWorkflow } from '../../statemachines/validate';

describe('the README', () => {
  it('GIVEN the workflow example in the README WHEN validated THEN it is a valid workflow', () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validateWorkflow(JSON.parse(block)).issues).toStrictEqual([]);
  });
});
