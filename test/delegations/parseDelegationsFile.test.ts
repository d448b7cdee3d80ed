// Reading delegations.yaml: entries, problems at exact offsets under caret lines, and hostile YAML.

import * as assert from 'assert';
import { builtinRegistry, MAX_ALIAS_COUNT, parseDelegationsFile } from '../../server/src/core/delegations';
import { readCarets } from '../support/carets';

/** Parses the text above the caret lines and compares every problem's id and range with the carets. */
function check(annotated: string): ReturnType<typeof parseDelegationsFile> {
  const { text, expectations } = readCarets(annotated);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const expected = expectations.map((e) => {
    const start = lineStarts[e.line] + e.column;
    return `${e.id} ${start}-${start + e.width} ${JSON.stringify(text.slice(start, start + e.width))}`;
  });
  const parsed = parseDelegationsFile(text);
  const actual = parsed.problems.map((p) => `${p.id} ${p.start}-${p.end} ${JSON.stringify(text.slice(p.start, p.end))}`);
  assert.deepStrictEqual(actual, expected);
  return parsed;
}

describe('parseDelegationsFile', () => {
  it('reads a WTO workspace without problems', () => {
    const parsed = check(`
delegations:
  - code: TPKM
    name: Chinese Taipei
    kind: other
    aliases: [Separate Customs Territory of Taiwan Penghu Kinmen and Matsu]
    note: WTO Member.
  - code: CIEL
    name: Center for International Environmental Law
    note: >
      NGO observer
      (accredited).
  - code: G10
    name: G-10 (WTO agriculture)
    kind: group
    membershipNote: informal
    members: [CH, JP, KR, NO, IS, IL, LI, MU, TPKM]
  - code: TUR
    rename: Turkey
`);
    assert.deepStrictEqual(parsed.entries.map((e) => e.code), ['TPKM', 'CIEL', 'G10', 'TUR']);
    assert.deepStrictEqual(parsed.entries[0], {
      code: 'TPKM',
      name: 'Chinese Taipei',
      kind: 'other',
      aliases: ['Separate Customs Territory of Taiwan Penghu Kinmen and Matsu'],
      note: 'WTO Member.',
      codeStart: 24,
      codeEnd: 28,
    });
    assert.strictEqual(parsed.entries[1].note, 'NGO observer (accredited).');
    assert.strictEqual(parsed.entries[2].membershipNote, 'informal');
    const registry = builtinRegistry().withAdditions(parsed.entries);
    assert.strictEqual(registry.resolve('Chinese Taipei')?.groups[0], 'G10');
    assert.strictEqual(registry.get('TR')?.name, 'Turkey');
  });

  it('reports broken YAML with the parser\'s own message and offsets', () => {
    const text = 'delegations:\n  - code: TPKM\n    name: "Chinese Taipei\n  - code: X';
    const parsed = parseDelegationsFile(text);
    // The YAML parser notices the missing quote where the text ends.
    assert.deepStrictEqual(
      parsed.problems.map((p) => [p.id, p.severity, p.start, p.end]),
      [['delegations.yaml', 'error', text.length, text.length]],
    );
    assert.match(parsed.problems[0].message, /quote/i);
    // Only the syntax error is reported: the half-typed list and the entry after it would only echo it.
    const broken = check(`delegations:
  - code: TPKM
    name: [Chinese Taipei
  - code: X
  ^ delegations.yaml`);
    assert.deepStrictEqual(broken.entries.map((e) => e.code), ['TPKM', 'X']);
  });

  it('reports a duplicate key', () => {
    check(`delegations:
  - code: A
    name: First
    name: Second
    ^ delegations.yaml`);
  });

  it('reports wrong types at the offending value', () => {
    check(`delegations:
  - code: [US]
          ^^^^ delegations.wrongType
    kind: state
          ^^^^^ delegations.unknownKind
  - code: EU
    aliases: EC
             ^^ delegations.wrongType
    members: [FR, 3]
                  ^ delegations.wrongType
    membershipNote: fuzzy
                    ^^^^^ delegations.wrongType
  - just a string
    ^^^^^^^^^^^^^ delegations.wrongType`);
  });

  it('reports a file that is not a mapping, and a delegations value that is not a list', () => {
    check(`- code: US
^^^^^^^^^^ delegations.wrongType`);
    check(`delegations: US
             ^^ delegations.wrongType`);
  });

  it('reports an entry without code over the whole entry', () => {
    const parsed = check(`delegations:
  - code: TPKM
    name: Chinese Taipei
  - { name: Nameless, kind: other }
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ delegations.missingCode`);
    assert.deepStrictEqual(parsed.entries.map((e) => e.code), ['TPKM']);
    // A block entry is covered from its first key to the end of its last value, not into the next line.
    const text = 'delegations:\n  - name: Nameless\n    kind: other\n';
    const [problem] = parseDelegationsFile(text).problems;
    assert.strictEqual(text.slice(problem.start, problem.end), 'name: Nameless\n    kind: other');
  });

  it('warns about unknown keys with a suggestion', () => {
    const parsed = check(`delegations:
  - code: TPKM
    name: Chinese Taipei
    alias: [Taipei]
    ^^^^^ delegations.unknownKey
version: 2
^^^^^^^ delegations.unknownKey`);
    assert.strictEqual(parsed.problems[0].message, "Unknown key 'alias'; did you mean 'aliases'?");
    assert.strictEqual(parsed.problems[0].severity, 'warning');
  });

  it('rejects codes that an attribution could not contain', () => {
    check(`delegations:
  - code: "Chinese Taipei"
          ^^^^^^^^^^^^^^^^ delegations.badCode
    name: Chinese Taipei
  - code: "A;B"
          ^^^^^ delegations.badCode
    name: A and B`);
  });

  it('warns about names, renames and codes that will not do what they seem to', () => {
    const parsed = check(`delegations:
  - code: EC
    name: European Communities
          ^^^^^^^^^^^^^^^^^^^^ delegations.existingCode
  - code: CIEL
          ^^^^ delegations.missingName
  - code: NEW
    rename: New
            ^^^ delegations.renameUnknown
  - code: ciel
          ^^^^ delegations.duplicateCode
    name: CIEL`);
    assert.match(parsed.problems[0].message, /'EC' is already Ecuador/);
  });

  it('warns when a spelling already names another delegation, or cannot be written in an attribution', () => {
    const parsed = check(`delegations:
  - code: EU
    aliases: [EC, "Taiwan, Penghu"]
              ^^ delegations.aliasConflict
                  ^^^^^^^^^^^^^^^^ delegations.unusableSpelling
  - code: CAR
          ^^^ delegations.aliasConflict
    name: Caribbean Community`);
    assert.strictEqual(parsed.problems[0].message, "'EC' already means Ecuador (EC); in this workspace it will mean European Union (EU).");
  });

  it('warns about unknown members, with a did-you-mean, and knows members defined in the same file', () => {
    const parsed = check(`delegations:
  - code: G10
    name: G-10
    kind: group
    members: [CH, Cnina, TPKM, Atlantis]
                  ^^^^^ delegations.unknownMember
                               ^^^^^^^^ delegations.unknownMember
  - code: TPKM
    name: Chinese Taipei`);
    assert.strictEqual(parsed.problems[0].message, "'Cnina' is not a known delegation; did you mean 'China'? It is left out of the group.");
    assert.strictEqual(parsed.problems[1].message, "'Atlantis' is not a known delegation. It is left out of the group.");
  });

  it('accepts empty files and an empty list', () => {
    for (const text of ['', '# nothing yet\n', 'delegations:\n', 'delegations: []\n']) {
      assert.deepStrictEqual(parseDelegationsFile(text), { entries: [], problems: [] }, JSON.stringify(text));
    }
  });

  it('gives offsets in UTF-16 units, after characters outside the BMP', () => {
    check(`# 🇺🇳 delegations for 🌍 talks
delegations:
  - code: X Y
          ^^^ delegations.badCode`);
  });

  it('resolves YAML aliases within the limit and reports problems where the alias is written', () => {
    check(`common: &members [CH, JP]
^^^^^^ delegations.unknownKey
delegations:
  - code: G10
    name: G-10
    kind: group
    members: *members
  - code: 7
          ^ delegations.wrongType`);
  });

  it('rejects a billion-laughs alias bomb quickly, at its first alias', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let level = 1; level <= 9; level++) {
      const previous = `*${String.fromCharCode(96 + level)}`;
      text += `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(previous).join(',')}]\n`;
    }
    text += 'delegations: *j\n';
    const started = Date.now();
    const parsed = parseDelegationsFile(text);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    assert.deepStrictEqual(parsed.entries, []);
    assert.deepStrictEqual(parsed.problems.map((p) => p.id), ['delegations.aliasLimit']);
    assert.strictEqual(text.slice(parsed.problems[0].start, parsed.problems[0].end), '*a');
    assert.match(parsed.problems[0].message, new RegExp(`more than ${MAX_ALIAS_COUNT}`));
  });

  it('reports an alias without an anchor as broken YAML, at the alias', () => {
    check(`delegations: *nope
             ^^^^^ delegations.yaml`);
  });

  it('survives an alias that contains itself', () => {
    const parsed = parseDelegationsFile('a: &a [*a]\ndelegations: *a\n');
    assert.deepStrictEqual(parsed.entries, []);
    assert.ok(parsed.problems.some((p) => p.id === 'delegations.wrongType'));
  });

  it('never throws, even on 100 000 nested brackets', () => {
    const parsed = parseDelegationsFile('delegations: ' + '['.repeat(100_000));
    assert.ok(parsed.problems.length > 0);
    // Refused by the nesting pre-scan, at the bracket that goes too deep, before the YAML library recurses.
    assert.deepStrictEqual(parsed.problems.map((p) => [p.id, p.severity, p.start]), [['delegations.limit', 'error', 'delegations: '.length + 63]]);
  });
});
