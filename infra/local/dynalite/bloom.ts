/**
 * A Bloom filter of strings in a fixed number of bits: `has` is false only for a string never added (no false
 * negatives); a false positive costs the caller a needless look elsewhere, never a wrong answer. Its memory does
 * not grow with what is added (the false-positive rate does: ~1% at about bits / 10 strings).
 */
export class BloomFilter {
  private readonly words: Uint32Array;
  private readonly mask: number;

  /** `bits` is rounded up to a power of two (at least 2^10). */
  constructor(
    bits: number,
    private readonly probes = 7,
  ) {
    const size = 2 ** Math.max(10, Math.ceil(Math.log2(bits)));
    this.words = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  add(text: string): void {
    const [a, b] = hashes(text);
    for (let i = 0, h = a; i < this.probes; i++, h = (h + b) >>> 0) {
      const bit = h & this.mask;
      this.words[bit >>> 5] = (this.words[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  has(text: string): boolean {
    const [a, b] = hashes(text);
    for (let i = 0, h = a; i < this.probes; i++, h = (h + b) >>> 0) {
      const bit = h & this.mask;
      if (((this.words[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit hashes of the UTF-16 code units (FNV-1a and a multiplicative one), for double hashing. */
const hashes = (text: string): [number, number] => {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
};
