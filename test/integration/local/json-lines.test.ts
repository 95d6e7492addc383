import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFileError, isObject, readJsonLines } from '../../../infra/local/data-files';

/** The append-only files of a --data-dir (event archive, delivery log, outbox, start journal) after a kill. */

const isRecord = (v: unknown): v is { n: number } => isObject(v) && typeof v.n === 'number';

describe('JSON-lines files a kill interrupted', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const fileWith = async (text: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dynaris-lines-'));
    dirs.push(dir);
    const file = path.join(dir, 'log.jsonl');
    await writeFile(file, text);
    return file;
  };

  it('GIVEN a last line torn by a kill WHEN the file is read and appended to THEN the torn line is dropped from the file and the next start reads every later record', async () => {
    const file = await fileWith('{"n":1}\n{"n":2}\n{"n":');
    expect(await readJsonLines(file, isRecord, 'x')).toEqual([{ n: 1 }, { n: 2 }]);
    await appendFile(file, '{"n":3}\n');
    expect(await readJsonLines(file, isRecord, 'x')).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
  });

  it('GIVEN a complete last record without its newline WHEN the file is read and appended to THEN it is kept and the next record gets a line of its own', async () => {
    const file = await fileWith('{"n":1}\n{"n":2}');
    expect(await readJsonLines(file, isRecord, 'x')).toEqual([{ n: 1 }, { n: 2 }]);
    await appendFile(file, '{"n":3}\n');
    expect(await readJsonLines(file, isRecord, 'x')).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('GIVEN a damaged line that is not the last WHEN the file is read THEN it is refused naming the line, and the file is left as it was', async () => {
    const file = await fileWith('{"n":1}\ngarbage\n{"n":3}');
    await expect(readJsonLines(file, isRecord, 'x')).rejects.toThrow(DataFileError);
    await expect(readJsonLines(file, isRecord, 'x')).rejects.toThrow(/line 2/);
    expect(await readFile(file, 'utf8')).toBe('{"n":1}\ngarbage\n{"n":3}');
  });
});
