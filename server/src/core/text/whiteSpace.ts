// Which UTF-16 code units are white space, tested by hand where a regular expression per character would cost too much.

/** The code units that `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** ASCII white space that `trim` removes: space, tab, line feed, vertical tab, form feed, carriage return. */
export function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
