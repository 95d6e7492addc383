import { eventSource } from '../../../statemachines/events';
import { createFileRepository } from '../../data/files';
import type { Clock, Database, EventPublisher, FileStore } from '../../shared/ports';
import { type AgentParts, taskEventId } from '../runner';

export interface FilesAgentDeps {
  readonly db: Database;
  readonly bus: EventPublisher;
  readonly clock: Clock;
  readonly files: FileStore;
}

/** files.create: content through the FileStore (S3 on AWS), metadata in DynamoDB; emits file.updated. */
export const createFilesAgent = (deps: FilesAgentDeps): AgentParts => {
  const files = createFileRepository({ db: deps.db, clock: deps.clock, store: deps.files });
  return {
    executors: {
      'files.create': async (input, meta) => {
        const { file, created } = await files.create(meta.tenantId, {
          name: input.name,
          content: input.content,
          ...(input.folder !== undefined ? { folder: input.folder } : {}),
          ...(input.contentType ? { contentType: input.contentType } : {}),
        });
        await deps.bus.publish([
          {
            detailType: 'file.updated',
            source: eventSource('file.updated'),
            id: taskEventId(meta, 'file.updated'),
            detail: { tenantId: meta.tenantId, file, created },
          },
        ]);
        return { fileId: file.id, name: file.name, size: file.size };
      },
    },
    previews: {
      'files.create': (input) => ({
        fileId: 'dry-run',
        name: input.name,
        size: new TextEncoder().encode(input.content).byteLength,
      }),
    },
  };
};
