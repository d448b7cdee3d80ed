// Reading a lexicon entry by entry (and again after an edit, from the last reading) gives what reading it whole gives.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseLexicon, parseLexiconWhole, type ParsedLexicon } from '../../server/src/core/lexicon/parseLexicon';
import { cutIntoEntries } from '../../server/src/core/lexicon/entryTexts';
import { readPlainEntry } from '../../server/src/core/lexicon/plainEntry';
import { generateLexicon } from '../performance/generateText';
import { heapAfterCollection } from '../support/heap';

/** The text cut as `cutIntoEntries` cuts it: the head, then each entry; undefined when it does not cut. */
function pieces(text: string): string[] | undefined {
  const cut = cutIntoEntries(text);
  if (cut === undefined) return undefined;
  const ends = [...cut.starts.slice(1), text.length];
  return [text.slice(0, cut.headEnd), ...cut.starts.map((start, i) => text.slice(start, ends[i]))];
}

function checkCut(text: string, expected: string[] | undefined): void {
  assert.deepStrictEqual(pieces(text), expected);
}

/** What a caller sees of a reading (the readings kept for the next one are the reader's business). */
const seen = (parsed: ParsedLexicon) => ({ lexicon: parsed.lexicon, problems: parsed.problems });

/** Both readings of `text` (fresh, and from the readings of `before`) equal the whole file's; true if read in pieces. */
function checkSame(text: string, before?: string): boolean {
  const whole = seen(parseLexiconWhole(text, 'terms.lexicon.yaml'));
  const fresh = parseLexicon(text, 'terms.lexicon.yaml');
  assert.deepStrictEqual(seen(fresh), whole);
  if (before !== undefined) {
    const earlier = parseLexicon(before, 'terms.lexicon.yaml').readings;
    assert.deepStrictEqual(seen(parseLexicon(text, 'terms.lexicon.yaml', earlier)), whole);
  }
  return fresh.readings !== undefined;
}

describe('parseLexicon entry by entry', () => {
  describe('cutting', () => {
    it('cuts at each entry, comments and blank lines going with the entry before them', () => {
      checkCut('title: T\n# the terms\nterms: # all of them\n  - term: a\n    status: agreed\n\n  # next\n  - term: b\n', [
        'title: T\n# the terms\nterms: # all of them\n',
        '  - term: a\n    status: agreed\n\n  # next\n',
        '  - term: b\n',
      ]);
    });

    it('cuts entries written at the left margin, with Windows line ends, and an entry that is only a dash', () => {
      checkCut('terms:\n- term: a\n-\n- term: b', ['terms:\n', '- term: a\n', '-\n', '- term: b']);
      checkCut('terms:\r\n  - term: a\r\n  - term: b\r\n', ['terms:\r\n', '  - term: a\r\n', '  - term: b\r\n']);
    });

    it('does not cut other layouts: they are read whole', () => {
      checkCut('terms: [a, b]\n', undefined);
      checkCut('terms:\n  - term: a\ntitle: after the entries\n', undefined);
      checkCut('terms:\n  - term: a\n  status: at the dash\n', undefined);
      checkCut('terms:\n  term: a\n', undefined);
      checkCut('title: no terms\n', undefined);
      checkCut('terms:\n', undefined);
      checkCut('terms:#not a comment\n  - term: a\n', undefined);
      checkCut('terms:\n\t- term: a\n', undefined);
      // A carriage return alone ends a line for YAML, not for the cut.
      checkCut('terms:\n  - term: a\r  - term: b\n', undefined);
    });
  });

  describe('reading', () => {
    it('reads the benchmark lexicon in pieces as it reads it whole, and after edits in an entry', () => {
      const { text } = generateLexicon();
      assert.ok(checkSame(text), 'the generated lexicon has the usual layout');
      const at = text.indexOf('definition:', text.length >> 1);
      assert.ok(checkSame(`${text.slice(0, at)}x${text.slice(at)}`, text), 'a typo in a key');
      assert.ok(checkSame(`${text.slice(0, at)}status: agred\n    ${text.slice(at)}`, text), 'a status added, misspelt');
      checkSame(`${text.slice(0, at)}"${text.slice(at)}`, text);
    });

    it('falls back to the whole file where a piece alone could read otherwise', () => {
      // An alias to an anchor in another entry; a quoted text broken over a line that looks like an entry.
      assert.strictEqual(checkSame('terms:\n  - term: &t a\n  - term: b\n    variants: [*t]\n'), false);
      assert.strictEqual(checkSame('terms:\n  - term: "a\n  - b"\n'), false);
      assert.strictEqual(checkSame('terms:\n  - term: a\n  - term: a\n    status: agred\n'), true);
    });

    it('keeps no earlier version of the file alive through the readings it passes on', () => {
      // Plain values, which the YAML library cuts from the text it parses rather than building anew.
      let text = generateLexicon().text.replace(/: "([A-Za-z][^"#:[\]{}]*)"$/gm, ': $1');
      let parsed = parseLexicon(text, 'terms.lexicon.yaml');
      const before = heapAfterCollection();
      // A hundred keystrokes, each in another entry: were each edited entry's reading to keep its version of the file,
      // a hundred 300 KB texts would stay alive.
      for (let k = 0; k < 100; k++) {
        const at = text.indexOf('\n', text.indexOf('    definition: ', Math.floor((text.length * ((k * 7919) % 997)) / 1000)) + 17);
        text = `${text.slice(0, at)}x${text.slice(at)}`;
        parsed = parseLexicon(text, 'terms.lexicon.yaml', parsed.readings);
      }
      assert.ok(parsed.readings, 'read in pieces');
      const grown = heapAfterCollection() - before;
      assert.ok(grown < 10 * text.length, `the heap grew by ${(grown / 1048576).toFixed(1)} MB`);
    });

    it('gives what reading the whole file gives after every one-character edit of small lexicons, Windows line ends too', function () {
      // Every edit of every lexicon, each read whole and in pieces: 18 s alone on a slow host, more under CI's load.
      this.timeout(120_000);
      const small = 'title: T\nterms: # all\n  - term: alpha\n    status: agreed\n    variants: [beta]\n\n  # next\n  - term: gamma\n    definition: |\n      a text\n';
      const twins = 'title: Terms\nterms:\n  - term: alpha\n  - term: alpha';
      // The plain layout, which entries are read in without the YAML library (see plainEntry.ts).
      const plain = `terms:\n  - term: "alpha"\n    deprecated: [b, 'c']\n    definition: >-\n      d e\n      f\n  # group\n  - term: g\n    source: h\n      i\n    variants:\n    - j\n    deprecated:\n      [k,\n       l]\n    translations:\n      fr: m\n`;
      assert.ok(cutIntoEntries(plain)!.starts.every((start, i, starts) => readPlainEntry(plain.slice(start, starts[i + 1])) !== undefined), 'the plain lexicon is read without the library');
      for (const lexicon of [small, twins, plain].flatMap((text) => [text, text.replace(/\n/g, '\r\n')])) {
        for (let at = 0; at <= lexicon.length; at++) {
          checkSame(lexicon.slice(0, at) + lexicon.slice(at + 1), lexicon);
          for (const typed of EDIT_CHARACTERS) checkSame(lexicon.slice(0, at) + typed + lexicon.slice(at), lexicon);
        }
      }
    });

    it('gives what reading the whole file gives, for any lexicon and any edit of it', () => {
      let inPieces = 0;
      let runs = 0;
      fc.assert(
        fc.property(lexicons, edits, (lexicon, edit) => {
          runs++;
          if (checkSame(lexicon)) inPieces++;
          checkSame(edit(lexicon), lexicon);
        }),
        { numRuns: 400 },
      );
      // Not a property of the reader but of this test: enough generated lexicons must take the path it is about (the
      // others have a key twice in an entry, an alias or an error, and are read whole).
      assert.ok(inPieces > runs / 4, `${inPieces} of ${runs} generated lexicons were read in pieces`);
    });
  });
});

/** Lines an entry may have after its `- term:` line (indented for an entry at two spaces), right and wrong. */
const FIELD_LINES = [
  '    status: agreed',
  '    status: agred',
  '    status: [deprecated]',
  '    abbreviation: AB',
  '    definition: "a quoted text, with: colons"',
  '    definition: |\n      a block\n      over lines',
  '    note: >\n      folded\n\n      text',
  '    source: A/RES/1, para. 2',
  '    variants: [alpha, beta]',
  '    variants:\n      - alpha\n      - gamma',
  '    deprecated: [old form, alpha]',
  '    translations:\n      fr: forme\n      zz: unknown',
  '    deprecatedTranslations: { es: [viejo] }',
  '    useInstead: alpha',
  '    colour: blue',
  '    # a comment in the entry',
  '',
  "    note: 'single, with '' quote'",
  '    variants: &v [delta]',
  '    deprecated: *v',
];

const TERMS = ['alpha', 'beta', 'gamma', '"quoted: term"', '', '123', 'Alpha'];

const entry = fc.tuple(fc.constantFrom(...TERMS), fc.uniqueArray(fc.constantFrom(...FIELD_LINES), { maxLength: 5 })).map(([term, fields]) => [`  - term: ${term}`, ...fields].join('\n'));

/** Generated lexicons, some with Windows line ends (saved on Windows, `\r\n` throughout). */
const lexicons = fc
  .tuple(fc.constantFrom('', 'title: Terms\n', '# A lexicon\ndescription: d\n', 'extra: 1\n'), fc.constantFrom('terms:', 'terms: # list'), fc.array(entry, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n', '\n\n# end\n'), fc.boolean())
  .map(([head, key, entries, tail, windows]) => {
    const text = `${head}${key}\n${entries.join('\n')}${tail}`;
    return windows ? text.replace(/\n/g, '\r\n') : text;
  });

/** An edit as typing makes one: a character inserted or deleted anywhere, or a line broken or joined. */
/** What a keystroke may type, YAML's indicators and every kind of line break and space among them. */
const EDIT_CHARACTERS = ['a', ' ', ':', '-', '"', "'", '#', '\n', '\r', '\u2028', '\u0085', '[', ']', '{', '&', '*', '|', '\t'];

const edits = fc.tuple(fc.nat(), fc.constantFrom(...EDIT_CHARACTERS, 'delete')).map(([position, what]) => (text: string) => {
  const at = position % (text.length + 1);
  return what === 'delete' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + what + text.slice(at);
});
