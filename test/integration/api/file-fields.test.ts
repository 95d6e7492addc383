import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../support/api-harness';

/**
 * A file's name and content type are checked where the request enters, naming the field: a name with a slash was
 * refused by the repository with a detail at `(root)`, and a content type with a line break was stored locally
 * although on AWS it becomes the S3 object's Content-Type header, where it fails the upload (a 5xx for bad input).
 */

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ rateLimit: { burst: 1e9, ratePerSecond: 1e9 } });
});
afterAll(async () => api.close());

const fileNames = async (): Promise<string[]> =>
  (await api.call('GET', '/files?limit=100')).body.items.map((f: { name: string }) => f.name);

describe('file names and content types', () => {
  it('GIVEN a file name with a slash, a control character or ".." WHEN the file is created or renamed THEN 400 naming body.name', async () => {
    const created = await api.call('POST', '/files', { body: { name: 'plain.txt', content: 'x' } });
    for (const name of ['../../etc/passwd', 'a\u0000b', '..']) {
      const refused = await api.call('POST', '/files', { body: { name, content: 'x' } });
      expect(refused.status, name).toBe(400);
      expect(refused.body.error.details).toStrictEqual([
        { path: 'body.name', message: expect.stringContaining('must not contain slashes') },
      ]);
      const renamed = await api.call('PUT', `/files/${created.body.id}`, { body: { name } });
      expect(renamed.status, name).toBe(400);
      expect(renamed.body.error.details).toStrictEqual([
        { path: 'body.name', message: expect.stringContaining('must not contain slashes') },
      ]);
    }
    expect(await fileNames()).toStrictEqual(['plain.txt']);
  });

  it('GIVEN a content type with a line break or not of the form type/subtype WHEN a file is created or changed THEN 400 naming body.contentType, and nothing is stored', async () => {
    const created = await api.call('POST', '/files', { body: { name: 'kept.txt', content: 'x' } });
    for (const contentType of [
      'text/html\r\nX-Injected: 1',
      'text/plain\n',
      'plain',
      'text/ plain',
      'téxt/plain',
    ]) {
      const refused = await api.call('POST', '/files', {
        body: { name: 'typed.txt', content: 'x', contentType },
      });
      expect(refused.status, JSON.stringify(contentType)).toBe(400);
      expect(refused.body.error.details).toStrictEqual([
        { path: 'body.contentType', message: expect.stringContaining('must be a media type') },
      ]);
      const changed = await api.call('PUT', `/files/${created.body.id}`, { body: { contentType } });
      expect(changed.status, JSON.stringify(contentType)).toBe(400);
    }
    expect(await fileNames()).not.toContain('typed.txt');
    expect((await api.call('GET', `/files/${created.body.id}`)).body.contentType).toBe(
      created.body.contentType,
    );
  });

  it('GIVEN media types with parameters, vendor trees and suffixes WHEN files are created with them THEN they are stored as sent', async () => {
    for (const contentType of ['text/plain; charset=utf-8', 'application/vnd.ms-excel', 'image/svg+xml']) {
      const created = await api.call('POST', '/files', {
        body: { name: 'ok.bin', content: 'x', contentType },
      });
      expect(created.status, contentType).toBe(201);
      expect(created.body.contentType).toBe(contentType);
    }
  });
});
