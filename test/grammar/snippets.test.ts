// Checks that every snippet parses and that each Negotext snippet, expanded with its defaults, is error-free text.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { checkText } from '../../server/src/core';
import { expandSnippet } from './expandSnippet';

const root = path.resolve(__dirname, '../../..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

describe('snippet expansion helper', () => {
  // The helper decides what the other tests check, so it gets a few expectations of its own.
  it('keeps defaults, first choices and mirrors, and drops bare tabstops', () => {
    assert.strictEqual(expandSnippet('[${1:text}]{${2|proposed,opposed|}: $3}$0'), '[text]{proposed: }');
    assert.strictEqual(expandSnippet(['- term: ${1:ICTs}', '  en: $1']), '- term: ICTs\n  en: ICTs');
    assert.strictEqual(expandSnippet('${1:outer ${2:inner}} \\$5 \\}'), 'outer inner $5 }');
    assert.strictEqual(expandSnippet('${TM_SELECTED_TEXT:fallback} ${CURRENT_YEAR}'), 'fallback 2025');
  });

  it('refuses what it does not understand', () => {
    assert.throws(() => expandSnippet('${UNKNOWN_VARIABLE}'), /Unknown snippet variable/);
    assert.throws(() => expandSnippet('${1/(.*)/$1/}'), /Unsupported/);
  });
});

describe('negotext snippets', () => {
  const snippets = readSnippets('snippets/negotext.json');

  it('offer every construct the issue asks for', () => {
    const expected = ['Preambular paragraph', 'Operative paragraph', 'Bracket with attribution', 'Alternative set', 'Option set', 'Footnote', 'Paragraph status', 'Front matter'];
    for (const name of expected) assert.ok(snippets[name], `missing snippet "${name}"`);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" expands to text without errors`, () => {
      assert.ok(snippet.prefix.length > 0 && snippet.description, 'a snippet needs a prefix and a description');
      const text = expandSnippet(snippet.body);
      const errors = checkText(text).filter((finding) => finding.severity === 'error');
      assert.deepStrictEqual(errors, [], `in:\n${text}`);
    });
  }

  it('the status snippet offers exactly the status keywords', () => {
    const body = ([] as string[]).concat(snippets['Paragraph status'].body).join('\n');
    assert.match(body, /\$\{1\|agreed,ad ref,pending\|\}/);
  });

  it('the status snippet, typed after a label, is read as the paragraph status and not as a placeholder', () => {
    // On its own the snippet's text is a placeholder; its purpose is to follow a label.
    const text = `OP4. ${expandSnippet(snippets['Paragraph status'].body)}Decides to convene a conference;`;
    assert.deepStrictEqual(checkText(text).map((finding) => finding.id), []);
  });
});

describe('lexicon snippet', () => {
  const snippets = readSnippets('snippets/lexicon.json');

  it('expands to one lexicon entry with every field and the six UN languages', () => {
    const entries = Object.values(snippets);
    assert.strictEqual(entries.length, 1);
    const yaml = `terms:\n${expandSnippet(entries[0].body).replace(/^/gm, '  ')}\n`;
    const [entry] = parseYaml(yaml).terms;
    const fields = ['term', 'abbreviation', 'status', 'definition', 'source', 'variants', 'deprecated', 'translations', 'note'];
    assert.deepStrictEqual(Object.keys(entry), fields);
    assert.ok(['agreed', 'proposed', 'contested', 'rejected'].includes(entry.status));
    assert.ok(Array.isArray(entry.variants) && Array.isArray(entry.deprecated));
    assert.deepStrictEqual(Object.keys(entry.translations), ['ar', 'zh', 'en', 'fr', 'es', 'ru']);
    for (const [language, value] of Object.entries(entry.translations)) {
      assert.ok(typeof value === 'string' && value.length > 0, `empty translation ${language}`);
    }
    // `en` mirrors the term's tabstop, so the English form follows the term as the user types it.
    assert.strictEqual(entry.translations.en, entry.term);
  });
});
