// Character classes by UTF-16 code unit, without regular expressions (the hot path of the engine).

export function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x0b ||
    c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Letters of alphabetic scripts (Latin, Greek, Cyrillic, ...); punctuation blocks and surrogates excluded. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogates (emoji and friends)
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  if (c === 0xfeff || c === 0xfffd) return false;
  return true;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Double quotation marks: " “ ” „ ‟ « » and the ″ some sources use. */
export function isDoubleMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb || c === 0x2033;
}

/** Single marks: ' ‘ ’ ‚ ‹ › (also apostrophes). */
export function isSingleMark(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2039 || c === 0x203a || c === 0x60 || c === 0xb4;
}

export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015 || c === 0x2212;
}

/** Characters after which a quote mark counts as left-flanking (an opener). */
export function opensBefore(c: number): boolean {
  return isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || isDash(c) || c === 0x2f || isDoubleMark(c) || isSingleMark(c) || c === 0x3a;
}

/** Characters before which a quote mark counts as right-flanking (a closer). */
export function closesBefore(c: number): boolean {
  return (
    isSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ||
    c === 0x29 || c === 0x5d || c === 0x7d || isDash(c) || c === 0x2026 || isDoubleMark(c) || isSingleMark(c) || c === 0x2f
  );
}
