// `npm run generate`: writes every generated file (scripts/generate/files.ts) and says which ones changed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { absolutePath, GENERATED_FILES } from './files';

for (const file of GENERATED_FILES) {
  const target = absolutePath(file);
  const text = await file.render();
  const before = await readFile(target, 'utf8').catch(() => undefined);
  if (before === text) {
    console.log(`${file.path}: up to date`);
    continue;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`${file.path}: written from ${file.source}`);
}
