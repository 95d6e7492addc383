import { createHash, type Hash } from 'node:crypto';
import * as zlib from 'node:zlib';
import type { Checksum } from '@smithy/types';

/**
 * The checksums S3's flexible checksums use (the SDK's @aws-sdk/checksums, which a Lambda bundle cannot carry: every
 * `@aws-sdk/*` package is left to the runtime's copy): CRC32 as the SDK computes it (Node's zlib.crc32), CRC32C and
 * CRC64/NVME by tables made on first use, SHA-1 and SHA-256 on node:crypto. Same interface (`update`, async `digest`, `reset`) and
 * the same big-endian digests; test/unit/aws-lean-s3.test.ts has the stock client
 * validate each on random bytes.
 */

/** A table made on first use: a cold start, and a call that never meets that checksum, does not build it. */
const onFirst = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};

const crc32Table = (polynomial: number): Uint32Array => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let j = 0; j < 8; j++) c = c & 1 ? polynomial ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
};

const bigEndian = (value: number): Uint8Array =>
  new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);

const CRC32_TABLE = onFirst(() => crc32Table(0xedb88320));
const CRC32C_TABLE = onFirst(() => crc32Table(0x82f63b78));

/** A CRC32 continued over `data` from `crc` (a previous result, 0 to start), by table. */
export const crc32ByTable = (crc: number, data: Uint8Array, table = CRC32_TABLE()): number => {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (const byte of data) c = (c >>> 8) ^ (table[(c ^ byte) & 0xff] as number);
  return (c ^ 0xffffffff) >>> 0;
};

/** Node's zlib.crc32 (Node 22.2+), as the SDK's Crc32 uses it when there; the table otherwise. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32Update = (crc: number, data: Uint8Array): number =>
  nativeCrc32 ? nativeCrc32(data, crc) >>> 0 : crc32ByTable(crc, data);

/** The CRC32 of a request body (PutObject's x-amz-checksum-crc32), big-endian. */
export const crc32 = (data: Uint8Array): Uint8Array => bigEndian(crc32Update(0, data));

export class Crc32 implements Checksum {
  private crc = 0;
  update(data: Uint8Array): void {
    this.crc = crc32Update(this.crc, data);
  }
  async digest(): Promise<Uint8Array> {
    return bigEndian(this.crc);
  }
  reset(): void {
    this.crc = 0;
  }
}

export class Crc32c implements Checksum {
  private crc = 0;
  update(data: Uint8Array): void {
    this.crc = crc32ByTable(this.crc, data, CRC32C_TABLE());
  }
  async digest(): Promise<Uint8Array> {
    return bigEndian(this.crc);
  }
  reset(): void {
    this.crc = 0;
  }
}

/** CRC-64/NVME (reflected polynomial 0x9a6c9329ac4bc9b5) as two 32-bit halves. */
const CRC64_TABLES = onFirst(() => {
  const high = new Uint32Array(256);
  const low = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let h = 0;
    let l = i;
    for (let j = 0; j < 8; j++) {
      const carry = l & 1;
      l = ((l >>> 1) | ((h & 1) << 31)) >>> 0;
      h = h >>> 1;
      if (carry) {
        h = (h ^ 0x9a6c9329) >>> 0;
        l = (l ^ 0xac4bc9b5) >>> 0;
      }
    }
    high[i] = h;
    low[i] = l;
  }
  return { high, low };
});

export class Crc64Nvme implements Checksum {
  private high = 0xffffffff;
  private low = 0xffffffff;
  update(data: Uint8Array): void {
    const { high: th, low: tl } = CRC64_TABLES();
    let h = this.high;
    let l = this.low;
    for (const byte of data) {
      const i = (l ^ byte) & 0xff;
      l = (((l >>> 8) | (h << 24)) ^ (tl[i] as number)) >>> 0;
      h = ((h >>> 8) ^ (th[i] as number)) >>> 0;
    }
    this.high = h;
    this.low = l;
  }
  async digest(): Promise<Uint8Array> {
    const h = (this.high ^ 0xffffffff) >>> 0;
    const l = (this.low ^ 0xffffffff) >>> 0;
    return new Uint8Array([
      h >>> 24,
      (h >>> 16) & 0xff,
      (h >>> 8) & 0xff,
      h & 0xff,
      l >>> 24,
      (l >>> 16) & 0xff,
      (l >>> 8) & 0xff,
      l & 0xff,
    ]);
  }
  reset(): void {
    this.high = 0xffffffff;
    this.low = 0xffffffff;
  }
}

const nodeHash = (algorithm: 'sha1' | 'sha256') =>
  class implements Checksum {
    private hash: Hash = createHash(algorithm);
    update(data: Uint8Array): void {
      this.hash.update(data);
    }
    async digest(): Promise<Uint8Array> {
      return new Uint8Array(this.hash.digest());
    }
    reset(): void {
      this.hash = createHash(algorithm);
    }
  };

export const Sha1 = nodeHash('sha1');
export const Sha256 = nodeHash('sha256');

/** GetObject's response checksums in the order the SDK validates them (the first present one is checked). */
export const RESPONSE_CHECKSUMS: readonly (readonly [header: string, checksum: new () => Checksum])[] = [
  ['x-amz-checksum-sha256', Sha256],
  ['x-amz-checksum-sha1', Sha1],
  ['x-amz-checksum-crc32', Crc32],
  ['x-amz-checksum-crc32c', Crc32c],
  ['x-amz-checksum-crc64nvme', Crc64Nvme],
];
