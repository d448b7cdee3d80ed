// Expands a VS Code snippet body to the text it inserts when every tabstop keeps its default.

/**
 * Values for the snippet variables our snippets use; an empty value falls back to the variable's default,
 * as VS Code does. Any other variable is a typo in a snippet, so it throws instead of guessing.
 */
const VARIABLES: Readonly<Record<string, string>> = {
  TM_SELECTED_TEXT: '',
  CURRENT_YEAR: '2025',
  CURRENT_MONTH: '06',
  CURRENT_DATE: '30',
};

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; children?: Piece[]; choice?: string }
  | { kind: 'variable'; name: string; children?: Piece[] };

/**
 * `$1`, `${1}` and `$0` give their default (the text of another `${1:...}` when they mirror one),
 * `${1:default}` its default (which may nest), `${1|a,b|}` its first choice, `${NAME:default}` the variable.
 * For example `[${1:text}]{${2|proposed,opposed|}: $3}` expands to `[text]{proposed: }`.
 */
export function expandSnippet(body: string | string[]): string {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const parser = new SnippetParser(source);
  const pieces = parser.parsePieces(undefined);
  if (parser.pos !== source.length) throw new Error(`Unexpected "${source[parser.pos]}" at ${parser.pos} in ${JSON.stringify(source)}`);
  const defaults = new Map<number, Piece[]>();
  collectDefaults(pieces, defaults);
  return render(pieces, defaults);
}

function collectDefaults(pieces: Piece[], defaults: Map<number, Piece[]>): void {
  for (const piece of pieces) {
    if (piece.kind === 'text') continue;
    if (piece.kind === 'tabstop' && piece.children && !defaults.has(piece.index)) defaults.set(piece.index, piece.children);
    if (piece.children) collectDefaults(piece.children, defaults);
  }
}

function render(pieces: Piece[], defaults: Map<number, Piece[]>): string {
  return pieces
    .map((piece) => {
      switch (piece.kind) {
        case 'text':
          return piece.text;
        case 'tabstop': {
          if (piece.choice !== undefined) return piece.choice;
          const children = piece.children ?? defaults.get(piece.index);
          return children ? render(children, defaults) : '';
        }
        case 'variable': {
          if (!(piece.name in VARIABLES)) throw new Error(`Unknown snippet variable ${piece.name}`);
          const value = VARIABLES[piece.name];
          return value !== '' ? value : piece.children ? render(piece.children, defaults) : '';
        }
      }
    })
    .join('');
}

class SnippetParser {
  pos = 0;
  constructor(private readonly source: string) {}

  /** Pieces up to the end, or up to the `}` that closes the enclosing `${...}` (left unconsumed). */
  parsePieces(closer: '}' | undefined): Piece[] {
    const pieces: Piece[] = [];
    let text = '';
    const flush = () => {
      if (text) pieces.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.source.length) {
      const c = this.source[this.pos];
      if (c === '\\' && '$}\\'.includes(this.source[this.pos + 1] ?? '')) {
        text += this.source[this.pos + 1];
        this.pos += 2;
      } else if (c === '}' && closer) {
        break;
      } else if (c === '$') {
        const piece = this.parseDollar();
        if (piece) {
          flush();
          pieces.push(piece);
        } else {
          text += c;
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return pieces;
  }

  /** A `$...` construct at `pos`, or undefined when the `$` is literal. */
  private parseDollar(): Piece | undefined {
    const rest = this.source.slice(this.pos);
    const simple = /^\$(?:(\d+)|([A-Z_][A-Z0-9_]*))/.exec(rest);
    if (simple) {
      this.pos += simple[0].length;
      return simple[1] !== undefined ? { kind: 'tabstop', index: Number(simple[1]) } : { kind: 'variable', name: simple[2] };
    }
    const head = /^\$\{(?:(\d+)|([A-Z_][A-Z0-9_]*))/.exec(rest);
    if (!head) return undefined;
    this.pos += head[0].length;
    const next = this.source[this.pos];
    const index = head[1] !== undefined ? Number(head[1]) : undefined;
    let piece: Piece;
    if (next === '}') {
      piece = index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name: head[2] };
    } else if (next === ':') {
      this.pos++;
      const children = this.parsePieces('}');
      piece = index !== undefined ? { kind: 'tabstop', index, children } : { kind: 'variable', name: head[2], children };
    } else if (next === '|' && index !== undefined) {
      const end = this.source.indexOf('|}', this.pos + 1);
      if (end < 0) throw new Error(`Unclosed choice at ${this.pos}`);
      const choices = this.source.slice(this.pos + 1, end).split(/(?<!\\),/).map((choice) => choice.replace(/\\([,|\\])/g, '$1'));
      this.pos = end + 1;
      piece = { kind: 'tabstop', index, choice: choices[0] };
    } else {
      // Transforms (`${1/regex/format/}`) are not used by our snippets; refusing them keeps this expander honest.
      throw new Error(`Unsupported snippet syntax at ${this.pos}: ${JSON.stringify(rest.slice(0, 20))}`);
    }
    if (this.source[this.pos] !== '}') throw new Error(`Expected "}" at ${this.pos} in ${JSON.stringify(this.source)}`);
    this.pos++;
    return piece;
  }
}
