// The outline says exactly what a plain implementation says: items pushed one by one, sections and counts found by scanning.

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, computeOutline, type DocumentModel, type OutlineItem } from '../../server/src/core';
import { generateText } from '../performance/generateText';
import { fixturePath } from '../support/paths';

interface PlainItem {
  kind: string;
  name: string;
  detail: string;
  openBrackets: number;
  range: { start: number; end: number };
  selectionRange: { start: number; end: number };
  status?: string;
  children: PlainItem[];
}

/** The outline built the obvious way: a fresh object for every item, range and list, every count by a scan. */
function oracleOutline(model: DocumentModel): PlainItem[] {
  const { text, headings, paragraphs, optionSets, brackets } = model;
  const blocks = model.blocks.toArray();
  const roots: PlainItem[] = [];
  const documentEnd = blocks.length > 0 ? blocks[blocks.length - 1].contentEnd : undefined;
  const headingItems = headings.map((heading, index): PlainItem => {
    // The section runs to the last block before the next heading of the same or a higher level.
    const next = headings.findIndex((other, k) => k > index && other.level <= heading.level);
    let end = next < 0 ? (documentEnd ?? heading.end) : heading.end;
    if (next >= 0) {
      const before = blocks.filter((block) => block.start < headings[next].start);
      if (before.length > 0) end = Math.max(before[before.length - 1].contentEnd, heading.end);
    }
    const selectionRange = { start: heading.textRange.start, end: heading.textRange.end };
    return { kind: 'heading', name: heading.text || '#'.repeat(heading.level), detail: '', openBrackets: 0, range: { start: heading.start, end }, selectionRange, children: [] };
  });
  headings.forEach((heading, index) => (heading.parent >= 0 ? headingItems[heading.parent].children : roots).push(headingItems[index]));
  const paragraphItems = new Map<number, PlainItem>();
  const setItems = new Map<number, PlainItem>();
  const listOf = (parent: number, section: number) => paragraphItems.get(parent)?.children ?? (section >= 0 ? headingItems[section].children : roots);
  paragraphs.forEach((paragraph, index) => {
    const label = paragraph.label;
    if (!label) return;
    // The name: the label without its final `.` or `:`, then the paragraph's first words without annotations.
    const words = text
      .slice(label.end, paragraph.end)
      .replace(/\{[^}]*(\}|$)/g, '')
      .replace(/[ \t\r\n]+/g, ' ')
      .replace(/^ | $/g, '');
    const shown = words.length > 48 ? `${words.slice(0, 47)}…` : words;
    const labelName = label.text.replace(/[.:]$/, '');
    const isOption = label.sequence === 'option' && paragraph.optionSet >= 0;
    const item: PlainItem = {
      kind: isOption ? 'option' : 'paragraph',
      name: shown ? `${labelName} ${shown}` : labelName,
      detail: '',
      openBrackets: 0,
      range: { start: paragraph.start, end: paragraph.end },
      selectionRange: { start: label.start, end: label.end },
      status: paragraph.status,
      children: [],
    };
    paragraphItems.set(index, item);
    if (!isOption) return listOf(paragraph.parent, paragraph.section).push(item);
    let setItem = setItems.get(paragraph.optionSet);
    if (!setItem) {
      const set = optionSets[paragraph.optionSet];
      const first = set.members[0].label;
      setItem = { kind: 'optionSet', name: `Options (${set.members.length})`, detail: '', openBrackets: 0, range: { start: set.start, end: set.end }, selectionRange: { start: first.start, end: first.end }, children: [] };
      setItems.set(paragraph.optionSet, setItem);
      listOf(set.parent, set.section).push(setItem);
    }
    setItem.children.push(item);
  });
  // Every list in document order: a section's paragraphs before its first sub-heading come first.
  const inDocumentOrder = (items: PlainItem[]) => items.sort((a, b) => a.range.start - b.range.start);
  const finish = (item: PlainItem) => {
    inDocumentOrder(item.children);
    for (const child of item.children) {
      finish(child);
      item.range.end = Math.max(item.range.end, child.range.end);
    }
    item.openBrackets = brackets.filter((b) => b.start >= item.range.start && b.start < item.range.end).length;
    const counted = item.openBrackets > 0 ? `${item.openBrackets} open bracket${item.openBrackets === 1 ? '' : 's'}` : '';
    item.detail = [counted, item.status ?? ''].filter((part) => part).join(' · ');
  };
  inDocumentOrder(roots).forEach(finish);
  return roots;
}

/** The outline with every range as plain offsets, every item with the same fields in the same order. */
function plain(items: ReadonlyArray<OutlineItem | PlainItem>): PlainItem[] {
  return items.map((item) => ({
    kind: item.kind,
    name: item.name,
    detail: item.detail,
    openBrackets: item.openBrackets,
    range: { start: item.range.start, end: item.range.end },
    selectionRange: { start: item.selectionRange.start, end: item.selectionRange.end },
    ...(item.status !== undefined ? { status: item.status } : {}),
    children: plain(item.children),
  }));
}

function checkAgainstOracle(text: string, what: string): void {
  const model = analyze(text);
  assert.deepStrictEqual(plain(computeOutline(model).items()), plain(oracleOutline(model)), what);
}

/** Headings, labels of every sequence (options, sub-paragraphs, insertions), statuses, brackets and annotations. */
const PIECES = [
  '# Part\n', '## Article\n', '### Sub\n', '#\n', '\n', '\n\n', 'OP1. ', 'OP2. ', 'OP2. ', 'OP5. ', 'PP1. ', '1. ', '3 bis. ', '(a) ', '(b) ', '(i) ', 'a) ',
  'Option 1: ', 'Option 2: ', 'No text', '{ad ref} ', '{agreed} ', '{US} ', '[', ']', '] / [', '][', ']{EU}', 'text ', 'Parties shall ', '  ', '\t', 'é',
  'a long run of words that goes well past the forty-eight characters of a name ',
  // Bare labels (named as written, so read as one excerpt from the label) with what may follow them.
  '(ii) ', 'b) ', 'PP 3 ', '(c)\t', '(d)\n', '(e)  ', '(f){EU} ', '(g)\u00a0', '(h){EU}', 'c)', 'OP 4 bis ', '{unclosed ',
];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

describe('outline oracle', () => {
  it('equals the plain implementation on generated texts', () => {
    fc.assert(
      fc.property(textOf, (text) => checkAgainstOracle(text, JSON.stringify(text))),
      { numRuns: 1500 },
    );
  });

  it('equals the plain implementation on the benchmark texts and the realistic ones', () => {
    for (let seed = 1; seed <= 4; seed++) checkAgainstOracle(generateText(30_000, { seed }), `generated, seed ${seed}`);
    const folder = fixturePath('realistic');
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx'))) checkAgainstOracle(fs.readFileSync(path.join(folder, name), 'utf8'), name);
  });
});
