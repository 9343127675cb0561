// `createHash('sha256')` for the /add/ page's bundle, in place of `node:crypto`: lib/tags.ts hashes
// a tag that has no letters or is too long into its slug, and browsers hash only asynchronously
// (SubtleCrypto), so the page's script carries this small synchronous SHA-256 (FIPS 180-4).
// scripts/postbuild/add-page.ts aliases `node:crypto` to this file; a unit test compares the two.

const K = Uint32Array.from(Array.from({ length: 64 }, (_, index) => primeFraction(index, 3)));
const INITIAL = Uint32Array.from(Array.from({ length: 8 }, (_, index) => primeFraction(index, 2)));

/** The first 32 bits of the fractional part of the root (square: 2, cube: 3) of the n-th prime. */
function primeFraction(n: number, root: number): number {
  const prime = primes(64)[n];
  const value = prime ** (1 / root);
  return Math.floor((value - Math.floor(value)) * 2 ** 32) >>> 0;
}

function primes(count: number): number[] {
  const found: number[] = [];
  for (let candidate = 2; found.length < count; candidate += 1) {
    if (found.every((prime) => candidate % prime !== 0)) found.push(candidate);
  }
  return found;
}

const rotate = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 8, Math.floor((bytes.length * 8) / 2 ** 32));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  const hash = INITIAL.slice();
  const w = new Uint32Array(64);
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, h] = hash;
    for (let i = 0; i < 64; i += 1) {
      const t1 = h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      const t2 = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, h].forEach((value, i) => {
      hash[i] = hash[i] + value;
    });
  }
  return Array.from(hash, (word) => word.toString(16).padStart(8, '0')).join('');
}

/** The part of `node:crypto`'s `createHash` that lib/tags.ts uses: SHA-256 of UTF-8 text, as hex. */
export function createHash(_algorithm: 'sha256') {
  let text = '';
  const hash = {
    update(more: string) {
      text += more;
      return hash;
    },
    digest(_encoding: 'hex') {
      return sha256Hex(new TextEncoder().encode(text));
    },
  };
  return hash;
}
