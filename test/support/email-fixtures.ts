import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The .eml fixtures (test/fixtures/email), as raw bytes: real client output, CRLF line ends, their own charsets. */
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures', 'email');

export const eml = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(FIXTURES_DIR, `${name}.eml`)));

/** A fixture with one header's value replaced (an In-Reply-To pointing at a message the test really sent). */
export const emlWithHeader = (name: string, header: string, value: string): Uint8Array => {
  const text = Buffer.from(eml(name)).toString('latin1');
  const replaced = text.replace(new RegExp(`^${header}: [^\\r\\n]*`, 'im'), `${header}: ${value}`);
  return new Uint8Array(Buffer.from(replaced, 'latin1'));
};
