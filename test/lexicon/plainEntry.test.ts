// readPlainEntry: the plain layout read into the YAML library's nodes, exactly as the library reads it; the rest refused.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { readPlainEntry } from '../../server/src/core/lexicon/plainEntry';
import { cutIntoEntries } from '../../server/src/core/lexicon/entryTexts';
import { parseLexicon, toLexiconYaml } from '../../server/src/core/lexicon';
import { generateLexicon } from '../performance/generateText';

/** What the lexicon reader reads of a node: kinds, values and the first two numbers of each range. */
function shape(node: unknown): unknown {
  const range = (n: { range?: readonly number[] | null }) => [n.range?.[0], n.range?.[1]];
  if (isMap(node)) return { map: range(node), items: node.items.map((pair) => [shape(pair.key), shape(pair.value)]) };
  if (isSeq(node)) return { seq: range(node), items: node.items.map(shape) };
  if (isScalar(node)) return { scalar: node.value, range: range(node) };
  return { other: String(node) };
}

/** The library's reading of an entry, when it reads it without an error or a warning. */
function libraryItem(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0 || document.warnings.length > 0 || !isSeq(document.contents) || document.contents.items.length !== 1) return undefined;
  return document.contents.items[0];
}

/** `text` is read plainly, with what the library gives; or refused, left to the library. */
function checkEntry(text: string, expected: 'plain' | 'library'): void {
  const plain = readPlainEntry(text);
  if (expected === 'library') {
    assert.strictEqual(plain, undefined, `refused: ${JSON.stringify(text)}`);
    return;
  }
  assert.ok(plain, `read plainly: ${JSON.stringify(text)}`);
  const library = libraryItem(text);
  assert.ok(library, `the library reads it cleanly: ${JSON.stringify(text)}`);
  assert.deepStrictEqual(shape(plain), shape(library), JSON.stringify(text));
}

/** The entries of a lexicon file as `cutIntoEntries` cuts them. */
function entriesOf(text: string): string[] {
  const cut = cutIntoEntries(text);
  assert.ok(cut, 'the lexicon has the usual layout');
  return cut.starts.map((start, i) => text.slice(start, cut.starts[i + 1] ?? text.length));
}

const PLAIN: readonly string[] = [
  '  - term: information and communications technologies\n',
  '  - term: "ICT environment"\n    abbreviation: ICTs\n    source: A/RES/79/243; A/76/135, para. 7\n',
  "  - term: 'the State''s own'\n    status: proposed\n",
  '  - term: a\n    deprecated: ["cyber technologies", cyberspace, \'x, y\']\n    variants: []\n    note: [ spaced , items ]\n',
  '  - term: a\n    translations:\n      fr: "technologies de l\'information"\n      es: [TIC, "b"]\n      zh: 信息和通信技术\n',
  '  - term: a\n    variants:\n      - b\n      - "c"\n    deprecated:\n    - indentless\n    - list\n    source: after it\n',
  '  - term: a   \n\n    definition: "trailing spaces and a blank line"   \n\n\n',
  '-   term: a\n    status: agreed\n',
  '  - term: a\r\n    variants: [b, c]\r\n    translations:\r\n      fr: d\r\n',
  '  - term: a\n    definition: >-\n      Technologies used to create, store,\n      process and transmit information.\n    source: x\n',
  '  - term: a\n    note: >-\n      the last field, folded\n\n',
  '  - term: a\n  # --- the next group of entries ---\n\n',
  '  - term: a\n   # between fields, left of the keys\n    status: agreed\n',
  '  - term: a#b\n    definition: a [bracketed], and {braced} text, 12:30 and "quotes"\n',
  '  - term: 2030 Agenda\n    abbreviation: NaN\n    source: 1_000\n',
  '  - term: a\n    colour: blue\n    status: agred\n',
  '  - term: a\n    variants: [b]\n    translations:\n      xx: unknown language\n',
  '  - term:\n      nested: map under term\n',
  '  - term: a\n    source: United Nations Convention; ETS No.\n      185, art. 1 (b)  \n    translations:\n      fr: a long text\n        over two lines\n',
  '  - term: 1\n      2\n',
];

const LIBRARY: readonly string[] = [
  '  - term: a # a comment after a value\n',
  '  - term: a\n      # a comment deeper than the keys\n',
  '  - term: a\n    variants:\n    - b\n    # at the keys\' column, after a list there\n',
  '  - term: "an \\"escape\\""\n',
  '  - term: a\n    definition: |\n      a block\n',
  '  - term: a\n    definition: >\n      folded, keeping its last line break\n',
  '  - term: a\n    definition: >-\n      lines at\n        two indentations\n',
  '  - term: a\n    definition: >-\n      a blank line\n\n      inside\n',
  '  - term: a\n    definition: >-\n      a trailing space \n      here\n',
  '  - term: 123\n',
  '  - term: null\n',
  '  - term: true\n',
  '  - term: ~\n',
  '  - term: 1e3\n',
  '  - term: -a\n',
  '  - term: &anchor a\n',
  '  - term: *alias\n',
  '  - term: !tag a\n',
  '  - term: a\n    term: twice\n',
  '  - term: a\n    translations:\n      fr: b\n      fr: c\n',
  '  - term: a: b\n',
  '  - term: a:\n',
  '  - term: "not closed\n    on its line"\n',
  '  - term: plain text\n\n      continued after a blank line\n',
  '  - term: plain text\n      continued: as a key\n',
  '  - term: "quoted text"\n      continued on a deeper line\n',
  '  - term: a\n    variants: [b, ]\n',
  '  - term: a\n    variants: [b,,c]\n',
  '  - term: a\n    variants: [b: c]\n',
  '  - term: a\n    variants: [b\n',
  '  - term: a\n    variants: { fr: b }\n',
  '  - term: a\n    translations:\n      fr:\n        - nested twice\n',
  '  - term: a\n    variants:\n      - [a list in a list]\n',
  '  - term: a\n    definition:\n',
  '  - term: a\n\tstatus: tab\n',
  '  - term: a\r    status: lone return\n',
  '  - term: a\u2028b\n',
  '  -\n    term: on the next line\n',
  '  - "quoted": key\n',
  '  - term: a\n   status: at another column\n',
  '  - term: a\n  - term: a second item\n',
];

describe('readPlainEntry', () => {
  describe('reads the plain layout as the YAML library does', () => {
    for (const text of PLAIN) it(JSON.stringify(text).slice(0, 70), () => checkEntry(text, 'plain'));
  });

  describe('leaves the rest to the library', () => {
    for (const text of LIBRARY) it(JSON.stringify(text).slice(0, 70), () => checkEntry(text, 'library'));
  });

  it('reads every entry of the benchmark lexicon, the example lexicon and what the importer writes', () => {
    const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'ict.lexicon.yaml'), 'utf8');
    const written = toLexiconYaml(parseLexicon(example, 'ict.lexicon.yaml').lexicon);
    assert.ok(written.includes('>-'), 'the importer folds long definitions');
    for (const lexicon of [generateLexicon().text, example, written]) for (const entry of entriesOf(lexicon)) checkEntry(entry, 'plain');
  });

  it('gives the library’s nodes whenever it reads an entry, for generated entries', () => {
    let read = 0;
    let runs = 0;
    fc.assert(
      fc.property(entries, (text) => {
        runs++;
        const plain = readPlainEntry(text);
        if (plain === undefined) return;
        read++;
        const library = libraryItem(text);
        assert.ok(library, 'the library reads it cleanly');
        assert.deepStrictEqual(shape(plain), shape(library));
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 3000) },
    );
    // A property of this test, not of the reader: enough generated entries must be read plainly to compare.
    assert.ok(read > runs / 10, `${read} of ${runs} generated entries were read plainly`);
  });
});

/** Values as they are written after a key: most of the layout, some with YAML's indicators or outside the layout. */
const GOOD_VALUES = ['a', 'a b', '"q"', '"a, b"', "'s'", "'it''s'", '[a, b]', '[]', '["x", y]', '[a , b ]', 'a#b', 'café', '“curly”', 'a  b', '2030 Agenda', 'A/RES/1, para. 2'];
const ODD_VALUES = ['a # c', '#c', 'a:', 'a: b', '12', '1.5', 'true', 'null', '~', '-a', '- a', '*x', '&x a', '!t a', '>-', '|', '{a: b}', '"unclosed', "'unclosed", 'a,b', '[a', '%a', '@a', '`a', '?a', ':a', '"a\\"b"', ''];
const value = fc.oneof({ arbitrary: fc.constantFrom(...GOOD_VALUES), weight: 4 }, { arbitrary: fc.constantFrom(...ODD_VALUES), weight: 1 });
const KEYS = ['term', 'status', 'variants', 'translations', 'fr', 'es', 'definition', 'note', 'source', 'a_b', 'x-y', 'True', 'null', '"k"'];
const SPACES = ['', ' ', '  '];

/** `key: value`, the key from a set large enough that most entries have no key twice. */
const line = fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SPACES), value, fc.constantFrom(...SPACES)).map(([key, before, v, after]) => `${key}:${v === '' ? '' : ` ${before}`}${v}${after}`);
/** Lines under a key, at one indentation or another: list items, keys, a text's next line, a comment, a blank. */
const underKey = fc.oneof(
  { arbitrary: value.map((v) => `- ${v}`), weight: 3 },
  { arbitrary: line, weight: 3 },
  { arbitrary: fc.constantFrom('words going on', ' one column deeper', '   three deeper', '  [a flow,', '   list]', '# a comment', ''), weight: 1 },
);
const nested = fc.tuple(fc.oneof({ arbitrary: fc.constant(6), weight: 4 }, { arbitrary: fc.constantFrom(4, 8), weight: 1 }), fc.array(underKey, { minLength: 1, maxLength: 3 })).map(([indent, lines]) => lines.map((l) => (l === '' ? '' : `${' '.repeat(indent)}${l}`)));
const field = fc.oneof(
  { arbitrary: line.map((l) => [`    ${l}`]), weight: 6 },
  { arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('', '', ' >-', ' >- ', ' |'), nested).map(([key, header, lines]) => [`    ${key}:${header}`, ...lines]), weight: 3 },
  { arbitrary: fc.constantFrom(['  # a comment'], ['      # deeper'], [''], ['\t'], ['   odd: column'], ['      going on']), weight: 1 },
);
const entries = fc.tuple(fc.constantFrom('  - ', '- ', '  -   '), line, fc.array(field, { maxLength: 4 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '\n', '\n\n')).map(([dash, first, fields, eol, tail]) => {
  // The fields are written for keys at column 4 ('  - '): moved to the first key's column for the other dashes.
  const lines = [`${dash}${first}`, ...fields.flat().map((l) => (dash.length === 4 ? l : l.replace(/^ {4}/, ' '.repeat(dash.length))))];
  return lines.join(eol) + eol + tail;
});
