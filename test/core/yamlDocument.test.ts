// parseYamlWithUniqueKeys: the YAML library's errors for keys written twice, found in linear time.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseYamlWithUniqueKeys } from '../../server/src/core/yamlDocument';
import { parseLexicon } from '../../server/src/core/lexicon';
import { parseDelegationsFile } from '../../server/src/core/delegations';
import { assertLinearGrowth } from '../support/growth';

/** A document's errors and warnings as the readers see them: id, where, and the message's first line, in order. */
function problemsOf(document: Document.Parsed): string[] {
  return [...document.errors, ...document.warnings].map((e) => `${e.code} ${e.pos[0]}-${e.pos[1]} ${e.message.split('\n')[0]}`);
}

/**
 * The errors and warnings besides keys written twice are the library's own with `uniqueKeys: true`, in its order,
 * and there are as many keys written twice. Each of those is reported at the start of the key written again; with
 * `exactly`, where the library reports it too (it does in the layouts files have; after an empty value, or in YAML
 * with other errors, it points elsewhere, at the end of the line before or where its recovery stands).
 */
function checkSameProblems(text: string, exactly = false): void {
  const library = problemsOf(parseDocument(text, { prettyErrors: false, uniqueKeys: true }));
  const document = parseYamlWithUniqueKeys(text);
  const ours = problemsOf(document);
  const duplicate = (p: string) => p.startsWith('DUPLICATE_KEY ');
  const message = JSON.stringify(text);
  assert.deepStrictEqual(ours.filter((p) => !duplicate(p)), library.filter((p) => !duplicate(p)), message);
  assert.strictEqual(ours.filter(duplicate).length, library.filter(duplicate).length, message);
  const repeated = new Set(repeatedKeyStarts(text, document));
  for (const error of document.errors) if (error.code === 'DUPLICATE_KEY') assert.ok(repeated.has(error.pos[0]), `${message}: a duplicate at ${error.pos[0]}`);
  if (exactly) assert.deepStrictEqual(ours, library, message);
}

/** Where the keys that repeat an earlier key of their mapping start (an empty key where its `:` is). */
function repeatedKeyStarts(text: string, document: Document.Parsed): number[] {
  const starts: number[] = [];
  visit(document, {
    Map(_, map) {
      const keys = map.items.map((pair) => pair.key).filter(isScalar);
      keys.forEach((key, i) => {
        if (keys.slice(0, i).some((earlier) => earlier.value === key.value)) {
          let at = key.range![0];
          if (key.range![1] === at) while (text[at] === ' ' || text[at] === '\t') at++;
          starts.push(at);
        }
      });
    },
  });
  return starts;
}
const CASES = [
  'a: 1\na: 2\n',
  '&x a: 1\n&y a: 2\n',
  '!!str a: 1\na: 2\n',
  '{a: 1, a: 2}\n',
  '? a\n: 1\n? a\n: 2\n',
  ': 1\n: 2\n',
  'a:\n  b: 1\n  b: 2\nc: [{d: 1, d: 2}]\na: 3\n',
  '1: x\n"1": y\n1: z\n',
  '.nan: 1\n.nan: 2\n',
  '- {a: 1, a: 1}\n- x: [1\n',
  'a: 1\nb: "unclosed\na: 2\n',
  'a: 1\n  bad: indent\na: 2\n',
  'terms:\n  - term: a\n    status: agreed\n    status: proposed\n  - term: a\n',
];

describe('parseYamlWithUniqueKeys', () => {
  it('reports keys written twice as the YAML library does, among its other errors', () => {
    for (const text of CASES) checkSameProblems(text, true);
  });

  it('reports what the library reports, for generated YAML', () => {
    fc.assert(fc.property(yamlTexts, (text) => checkSameProblems(text)), { numRuns: Number(process.env.YAML_RUNS ?? 2000) });
  });

  // At these sizes the library's own check makes the time grow 3.7-7 times for twice the keys (and takes seconds).
  it('takes linear time in the keys of one mapping (the library compares each key with all before it)', () => {
    const mapping = (n: number) => Array.from({ length: n }, (_, i) => `key${i}: v\n`).join('');
    assertLinearGrowth(mapping, 12000, (text) => parseYamlWithUniqueKeys(text));
  });

  it('is how lexicons and delegations files are read: a large mapping in them takes linear time', () => {
    // A mapping where text is expected: the readers report it once and do not read into it, so the parse is the time.
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `      k${i}: v\n`).join('');
    assertLinearGrowth((n) => `terms:\n  - term: a\n    note:\n${keys(n)}`, 12000, (text) => parseLexicon(text, 'keys.lexicon.yaml'));
    assertLinearGrowth((n) => `delegations:\n  - code: XX\n    name: X\n    note:\n${keys(n)}`, 12000, (text) => parseDelegationsFile(text));
  });
});

/** Keys from a small set, so that mappings repeat them; values, nested and flow mappings, and broken bits. */
const key = fc.constantFrom('a', 'b', '"a"', '1', '"1"', '&x a', '!!str b', '? a\n', '', 'null', '~');
const scalar = fc.constantFrom('1', 'x', '"q"', '[1, 2]', '{a: 1, a: 2}', '{b: 1}', '*x', '"unclosed', '[1', '');
const line = fc.tuple(fc.constantFrom('', '  ', '    '), key, scalar).map(([indent, k, v]) => (k.endsWith('\n') ? `${indent}${k}${indent}: ${v}` : `${indent}${k}: ${v}`));
const yamlTexts = fc.array(fc.oneof(line, fc.constantFrom('- x', '- a: 1', '  - b: 2', '# c', '')), { minLength: 1, maxLength: 8 }).map((lines) => `${lines.join('\n')}\n`);
