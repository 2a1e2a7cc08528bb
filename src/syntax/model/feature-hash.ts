// 32-bit hashing for feature keys: words are hashed once per token, and a feature key mixes a
// template number with up to three atom values (word hashes, tag ids, label ids, small counts).
// Pure integer arithmetic, so keys are identical on every run and platform.

/** FNV-1a over UTF-16 code units, finished with a murmur3 mix. */
export function hashString(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finishHash(h);
}

/** murmur3's 32-bit finalizer. */
export function finishHash(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

const step = (h: number, v: number): number => {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const x = h ^ k;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
};

/** The key of one feature: its template number and up to three atom values. */
export function mixKey(template: number, a: number, b = 0, c = 0): number {
  return finishHash(step(step(step(Math.imul(template + 1, 0x9e3779b1), a), b), c));
}
