// The editor's side of LSP semantic tokens: decoded back into readable tokens (relative line/character deltas, type
// index, modifier bits), and deltas applied to the tokens it has.

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
export function decodeSemanticTokens(data: ArrayLike<number>, legend: { readonly tokenTypes: ReadonlyArray<string>; readonly tokenModifiers: ReadonlyArray<string> }, text: string): DecodedToken[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [deltaLine, deltaStart, length, typeIndex, bits] = Array.from({ length: 5 }, (_, k) => data[i + k]);
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

/** What the editor does with a delta: each edit applied to the tokens it has, the last edit first. */
export function applySemanticTokensEdits(previous: ArrayLike<number>, edits: ReadonlyArray<{ readonly start: number; readonly deleteCount: number; readonly data?: ReadonlyArray<number> }>): number[] {
  let data = Array.from(previous);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) data = [...data.slice(0, edit.start), ...(edit.data ?? []), ...data.slice(edit.start + edit.deleteCount)];
  return data;
}
