// Decodes LSP semantic tokens (relative line/character deltas, type index, modifier bits) back into readable tokens.

/** One decoded token: where it is, the text it covers and its type and modifiers as names. */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
  readonly modifiers: string[];
  readonly text: string;
}

/** Decodes `data` against a legend; `text` gives each token's covered text (lines split as LSP splits them). */
export function decodeSemanticTokens(data: ReadonlyArray<number>, legend: { readonly tokenTypes: ReadonlyArray<string>; readonly tokenModifiers: ReadonlyArray<string> }, text: string): DecodedToken[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, typeIndex, bits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
    tokens.push({ line, character, length, type: legend.tokenTypes[typeIndex], modifiers, text: (lines[line] ?? '').slice(character, character + length) });
  }
  return tokens;
}

/** A token as `type.modifier text`, the form the tests compare. */
export function describeToken(token: DecodedToken): string {
  return `${[token.type, ...token.modifiers].join('.')} ${token.text}`;
}
