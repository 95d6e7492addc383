/**
 * The shared data repository: keys and ids (keys.ts), consistent reads (reads.ts), pages with opaque cursors
 * (pages.ts), transactions with readable conflicts (writes.ts), batch calls that finish what DynamoDB leaves
 * unprocessed (batch.ts), and the entity store every business repository is built on (entity-store.ts).
 */
export * from './batch';
export * from './entity-store';
export * from './keys';
export * from './pages';
export * from './reads';
export * from './writes';
