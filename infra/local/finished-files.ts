import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FinishedExecution, FinishedExecutionStore } from '../../functions/engine/finished';

/**
 * Finished executions on storage (local runtime with --data-dir): one JSON file per execution under
 * `<data-dir>/finished/`, written atomically (temporary file, then rename) in the order they finish, and read back
 * for DescribeExecution, the run timeline and redrive, across restarts. The heap holds only the executions whose
 * write has not completed yet.
 */
export class FinishedExecutionFiles implements FinishedExecutionStore {
  /** Written or being written: read from here until the file is complete. */
  private readonly pending = new Map<string, string>();
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly folder: string,
    private readonly say: (line: string) => void,
  ) {
    mkdirSync(folder, { recursive: true });
  }

  put(record: FinishedExecution): void {
    const json = JSON.stringify(record);
    const arn = record.arn;
    this.pending.set(arn, json);
    const file = this.fileOf(arn);
    this.writes = this.writes
      .then(async () => {
        if (this.pending.get(arn) !== json) return; // a newer put (after a redrive) writes instead
        await writeFile(`${file}.tmp`, json);
        await rename(`${file}.tmp`, file);
      })
      .catch((error: unknown) =>
        this.say(`! could not store finished execution ${arn}: ${String(error)} (it is kept in memory)`),
      )
      .finally(() => {
        if (this.pending.get(arn) === json && existsSync(file)) this.pending.delete(arn);
      });
  }

  get(executionArn: string): FinishedExecution | undefined {
    const text = this.pending.get(executionArn) ?? this.read(executionArn);
    if (text === undefined) return undefined;
    try {
      const record = JSON.parse(text) as FinishedExecution;
      return record.arn === executionArn ? record : undefined;
    } catch {
      this.say(`! the stored execution ${executionArn} is damaged (${this.fileOf(executionArn)}): ignored`);
      return undefined;
    }
  }

  has(executionArn: string): boolean {
    return this.pending.has(executionArn) || existsSync(this.fileOf(executionArn));
  }

  /** Resolves once every finished execution handed in so far is on storage (or reported as not stored). */
  async flush(): Promise<void> {
    await this.writes;
  }

  private read(executionArn: string): string | undefined {
    try {
      return readFileSync(this.fileOf(executionArn), 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
      this.say(`! could not read stored execution ${executionArn}: ${String(error)}`);
      return undefined;
    }
  }

  /** ARNs hold ':' and may be 200+ characters: the file is named after a hash of it. */
  private fileOf(executionArn: string): string {
    const name = createHash('sha256').update(executionArn).digest('hex').slice(0, 40);
    return path.join(this.folder, `${name}.json`);
  }
}
