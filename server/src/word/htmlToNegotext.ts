// Maps the HTML that mammoth makes of a Word document to Negotext: paragraphs, headings, footnotes, and brackets kept as brackets.

/** Tags whose content is one paragraph of the text. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Converts mammoth's HTML to Negotext text. Headings `<h1>`…`<h6>` become `#`…`######`; every other block becomes
 * a paragraph, separated by blank lines; footnote and endnote references become `[^n]` (`[^en]` for endnotes) and
 * their texts definitions at the end, continuation paragraphs indented. `[` and `]` stay brackets; `{`, `}` and `\`
 * are escaped, since in Word they are just characters. Paragraph numbers typed as text (`1.`, `PP3`, `(a)`) stay and
 * are read as labels; a tab after them becomes a space. Formatting, links and images are dropped.
 */
export function htmlToNegotext(html: string): string {
  const paragraphs: string[] = [];
  const notes: string[] = [];
  let buffer = '';
  let heading = 0;
  let note: { label: string; parts: string[] } | undefined;
  let skipDepth = 0;
  const flush = () => {
    const text = tidy(buffer);
    buffer = '';
    if (!text) return;
    if (note) note.parts.push(text);
    else paragraphs.push(heading > 0 ? `${'#'.repeat(heading)} ${text.replace(/\n/g, ' ')}` : text);
  };
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawName, attributes, text] = match;
    if (text !== undefined) {
      if (skipDepth === 0) buffer += escapeText(decode(text));
      continue;
    }
    const name = rawName.toLowerCase();
    if (skipDepth > 0) {
      if (name === 'a') skipDepth += closing ? -1 : attributes.trim().endsWith('/') ? 0 : 1;
      continue;
    }
    if (name === 'a' && !closing) {
      const href = /href="#((?:foot|end)note)-(ref-)?(\d+)"/.exec(attributes);
      if (href) {
        // A reference in the text becomes `[^n]`; the back link at the end of a note's text is dropped.
        if (!href[2]) buffer += `[^${href[1] === 'endnote' ? 'e' : ''}${href[3]}]`;
        skipDepth = 1;
      }
      continue;
    }
    if (name === 'br') {
      buffer += '\n';
      continue;
    }
    if (name === 'li' && !closing) {
      const id = /id="((?:foot|end)note)-(\d+)"/.exec(attributes);
      if (id) {
        flush();
        note = { label: `${id[1] === 'endnote' ? 'e' : ''}${id[2]}`, parts: [] };
        continue;
      }
    }
    if (!BLOCKS.has(name)) continue;
    flush();
    heading = !closing && /^h[1-6]$/.test(name) ? Number(name[1]) : 0;
    if (closing && name === 'li' && note) {
      if (note.parts.length > 0) notes.push(`[^${note.label}]: ${note.parts.join('\n    ')}`);
      note = undefined;
    }
  }
  flush();
  const all = [...paragraphs, ...notes];
  return all.length > 0 ? `${all.join('\n\n')}\n` : '';
}

/** Trims a paragraph, folds runs of spaces, and turns the tab after a typed paragraph number into a space. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/^\s+|\s+$/g, '')
    .replace(/^(\S{1,24})\t+/, '$1 ')
    .replace(/[ ]{2,}/g, ' ');
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Escapes what is markup in Negotext but a plain character in Word; a `[^` would read as a footnote reference. */
function escapeText(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/\[\^/g, '\\[^');
}
