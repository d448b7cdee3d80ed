// Finds, in one linear pass, where YAML text nests deeper than a limit, before a recursive parser sees it.

/**
 * The offset at which `text` first nests deeper than `limit` levels, or undefined when it never does.
 *
 * The YAML library composes documents recursively and overflows the stack on a few thousand levels
 * (`[[[[...` or `- - - - ...`), which a `.lexicon.yaml` in a shared repository could contain. This scan
 * estimates depth without recursion: block levels from indentation columns and compact indicators
 * (`- - x`), flow levels from `[` and `{` that start a collection, skipping quoted scalars, comments
 * and block scalars (`|`, `>`), whose brackets are text. It errs on the side of counting a level too many,
 * never on missing a real one, and real lexicons sit far below any sensible limit.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  const columns: number[] = [];
  let flowDepth = 0;
  let quote: '"' | "'" | undefined;
  let blockScalarParent: number | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let indent = 0;
    while (lineStart + indent < lineEnd && text.charCodeAt(lineStart + indent) === 0x20) indent++;
    const blank = isBlankFrom(text, lineStart + indent, lineEnd);
    let pos = lineStart;
    if (blockScalarParent !== undefined) {
      // Lines of a block scalar are text, whatever they contain, as long as they stay indented.
      if (blank || indent > blockScalarParent) {
        lineStart = lineEnd + 1;
        continue;
      }
      blockScalarParent = undefined;
    }
    if (quote === undefined && flowDepth === 0 && !blank && text.charCodeAt(lineStart + indent) !== 0x23 /* # */) {
      pos = lineStart + indent;
      push(columns, indent);
      // Compact nesting on one line: `- - - x`, `? - x`, each indicator opens a level at its column.
      while (pos < lineEnd && isIndicator(text.charCodeAt(pos)) && (pos + 1 >= lineEnd || isSpace(text.charCodeAt(pos + 1)))) {
        push(columns, pos - lineStart);
        if (columns.length > limit) return pos;
        pos++;
        while (pos < lineEnd && isSpace(text.charCodeAt(pos))) pos++;
        if (pos < lineEnd && !isIndicator(text.charCodeAt(pos))) push(columns, pos - lineStart);
      }
      if (columns.length > limit) return lineStart + indent;
    }
    let previous = -1; // the last non-space character code on this line, -1 at its start
    while (pos < lineEnd) {
      const code = text.charCodeAt(pos);
      if (quote !== undefined) {
        if (quote === '"' && code === 0x5c /* \ */) pos++;
        else if (code === quote.charCodeAt(0)) {
          // In single quotes, '' is an escaped quote, not the end.
          if (quote === "'" && text.charCodeAt(pos + 1) === 0x27) pos++;
          else quote = undefined;
        }
        pos++;
        continue;
      }
      // A quote or a `[` inside a plain scalar (`the States' rights`, `see [1]`) is text, not syntax.
      const tokenStart = previous === -1 || startsToken(previous);
      if (code === 0x23 /* # */ && (pos === lineStart || isSpace(text.charCodeAt(pos - 1)))) break;
      // Characters read as syntax are remembered as themselves; any other is text, remembered as a letter,
      // so that `see [[` counts no level: the second `[` follows text, not a `[` that opened a collection.
      let syntax = code === 0x3a || code === 0x2c || code === 0x2d || code === 0x3f;
      if ((code === 0x22 || code === 0x27) && tokenStart) {
        quote = code === 0x22 ? '"' : "'";
        syntax = true;
      } else if ((code === 0x5b || code === 0x7b) /* [ { */ && (flowDepth > 0 || tokenStart)) {
        flowDepth++;
        syntax = true;
        if (columns.length + flowDepth > limit) return pos;
      } else if ((code === 0x5d || code === 0x7d) /* ] } */ && flowDepth > 0) {
        flowDepth--;
        syntax = true;
      } else if ((code === 0x7c || code === 0x3e) /* | > */ && flowDepth === 0 && tokenStart && /^[|>][-+0-9]*[ \t]*(#.*)?\r?$/.test(text.slice(pos, lineEnd))) {
        blockScalarParent = indent;
        break;
      }
      if (!isSpace(code)) previous = syntax ? code : 0x61;
      pos++;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Records a block level at `column`: closes deeper levels, opens this one if new. */
function push(columns: number[], column: number): void {
  while (columns.length > 0 && columns[columns.length - 1] > column) columns.pop();
  if (columns.length === 0 || columns[columns.length - 1] < column) columns.push(column);
}

function isIndicator(code: number): boolean {
  return code === 0x2d /* - */ || code === 0x3f /* ? */ || code === 0x3a; /* : */
}

/** Characters after which a new token (a flow collection, a quoted scalar) may start. */
function startsToken(code: number): boolean {
  return code === 0x3a || code === 0x2d || code === 0x3f || code === 0x2c || code === 0x5b || code === 0x7b;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d;
}

function isBlankFrom(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
