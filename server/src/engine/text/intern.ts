// A table of short strings by their characters, looked up straight from a range of a text: no slice,
// no Map hashing of a fresh string. The tokenizer (tokens.ts) keeps each short word's normalised form
// here, so every occurrence of a word shares one string: fewer objects that outlive an analysis's
// young generation (a one-string 10 MB analysis keeps ~2 million tokens alive). Keep the table small
// (it must stay in cache: a large one cost more CPU in misses than it saved; measured).

/** FNV-1a of the UTF-16 code units text[s, e) (the key hash of Interner and of the check-worthiness LexTable). */
export function rangeHash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** `key` has the characters of text[s, s + key.length) (compared in place: no slice). */
export function sameRange(key: string, text: string, s: number): boolean {
  const len = key.length;
  let i = 0;
  while (i < len && key.charCodeAt(i) === text.charCodeAt(s + i)) i++;
  return i === len;
}

export class Interner<V> {
  private readonly hashes: Int32Array;
  private readonly keys: (string | undefined)[];
  private readonly values: V[];
  private readonly mask: number;
  private readonly cap: number;
  private size = 0;

  /** `bits`: log2 of the slot count; at most half the slots are filled (then new keys are not kept). */
  constructor(bits: number, private readonly maxLength: number) {
    const n = 1 << bits;
    this.hashes = new Int32Array(n);
    this.keys = new Array<string | undefined>(n).fill(undefined);
    this.values = new Array<V>(n);
    this.mask = n - 1;
    this.cap = n >> 1;
  }

  /**
   * The value kept for text[s, e), else make(text.slice(s, e)) (kept when there is room and the range
   * is at most maxLength long: a slice that short is a copy, never a view of the whole text).
   */
  get(text: string, s: number, e: number, make: (raw: string) => V): V {
    const len = e - s;
    if (len > this.maxLength) return make(text.slice(s, e));
    const h = rangeHash(text, s, e);
    let slot = h & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === undefined) break;
      if (this.hashes[slot] === h && k.length === len && sameRange(k, text, s)) return this.values[slot];
      slot = (slot + 1) & this.mask;
    }
    const raw = text.slice(s, e);
    const v = make(raw);
    if (this.size < this.cap) {
      this.hashes[slot] = h;
      this.keys[slot] = raw;
      this.values[slot] = v;
      this.size++;
    }
    return v;
  }
}
