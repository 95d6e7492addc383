import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { absolutePath, GENERATED_FILES } from '../../scripts/generate/files';

describe('generated files', () => {
  it.each(GENERATED_FILES.map((f) => [f.path, f] as const))(
    'GIVEN %s WHEN rendered from its source THEN it equals the checked-in file (else: npm run generate)',
    async (_path, file) => {
      const checkedIn = await readFile(absolutePath(file), 'utf8');
      expect(checkedIn, `${file.path} is stale: run npm run generate`).toBe(await file.render());
    },
  );
});
