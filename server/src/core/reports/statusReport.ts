// Builds the status report: open points, paragraph status and the share of agreed words, per document, section and paragraph.

import type { DocumentModel, ParagraphStatus, Range } from '../analysis/model';
import { describePositions, positionsOf } from '../analysis/positions';
import { excerpt } from '../features/messages';
import { Locator, type SourceLocation } from './locator';
import { forEachProseWord } from './wordCount';
import { firstStartingFrom } from '../analysis/queries';
import { detached } from '../text/detached';

/** A document to report on: the path or URI it is shown under, and its model. */
export interface ReportInput {
  readonly file: string;
  readonly model: DocumentModel;
}

/** Open points and words in one stretch of text. */
export interface StatusCounts {
  /** Bracket openers, nested ones included (the count delegates keep by hand). */
  readonly brackets: number;
  readonly topLevelBrackets: number;
  /** Alternative sets (`[shall][should]`) and brackets with ` / ` alternatives inside. */
  readonly alternativeSets: number;
  /** Option sets of two or more options. */
  readonly optionSets: number;
  readonly placeholders: number;
  /** Footnote references. */
  readonly footnotes: number;
  readonly words: number;
  readonly wordsInBrackets: number;
  /** Words outside brackets but inside an open option set. */
  readonly wordsInOptionSets: number;
  /** Words that are neither in a bracket nor in an open option set, over all words; 1 when there are no words. */
  readonly shareAgreed: number;
}

/** How many paragraphs carry each status; `none` for paragraphs without a status annotation. */
export interface StatusTally {
  readonly agreed: number;
  readonly adRef: number;
  readonly pending: number;
  readonly none: number;
}

/** One paragraph's row. */
export interface ParagraphRow extends StatusCounts {
  /** `OP3`, `2 (c)`, or the start of an unlabelled paragraph's text in quotes. */
  readonly name: string;
  readonly label?: string;
  readonly status?: ParagraphStatus;
  /** `2 of 3` for the second option of a set of three (`2 of 3, no text` for a "No text" option). */
  readonly option?: string;
  readonly location: SourceLocation;
}

/** One section: a heading and the paragraphs up to the next heading; its counts include the heading's own. */
export interface SectionRow extends StatusCounts {
  readonly heading: string;
  /** 0 for the text before the first heading. */
  readonly level: number;
  readonly location: SourceLocation;
  readonly statuses: StatusTally;
  readonly paragraphs: ReadonlyArray<ParagraphRow>;
}

/** One footnote definition. */
export interface FootnoteRow extends StatusCounts {
  readonly label: string;
  /** How often the text refers to it. */
  readonly references: number;
  /** "reservation by PK; proposed by IN", from its annotation. */
  readonly positions?: string;
  readonly excerpt: string;
  readonly location: SourceLocation;
}

/** The status of one document. */
export interface DocumentStatus extends StatusCounts {
  readonly file: string;
  readonly title?: string;
  readonly symbol?: string;
  readonly statuses: StatusTally;
  /** `[` without `]` and `]` without `[`: faults that make every count approximate. */
  readonly unclosedBrackets: number;
  readonly strayClosers: number;
  readonly sections: ReadonlyArray<SectionRow>;
  readonly footnoteDefinitions: ReadonlyArray<FootnoteRow>;
}

/** The status report of one or more documents; the totals add up the documents. */
export interface StatusReport {
  readonly kind: 'status';
  readonly documents: ReadonlyArray<DocumentStatus>;
  readonly totals: StatusCounts & { readonly statuses: StatusTally };
}

interface MutableCounts {
  brackets: number;
  topLevelBrackets: number;
  alternativeSets: number;
  optionSets: number;
  placeholders: number;
  footnotes: number;
  words: number;
  wordsInBrackets: number;
  wordsInOptionSets: number;
}

/** Builds the status report of the given documents, in the order given; each is read once, and not kept. */
export function buildStatusReport(inputs: Iterable<ReportInput>): StatusReport {
  const documents: DocumentStatus[] = [];
  for (const input of inputs) documents.push(documentStatus(input));
  const totals = sumCounts(documents);
  const statuses = sumTallies(documents.map((d) => d.statuses));
  return { kind: 'status', documents, totals: { ...finish(totals), statuses } };
}

function documentStatus(input: ReportInput): DocumentStatus {
  const { model } = input;
  const locator = new Locator(input.file, model);
  // Each block collects its counts once; sections and the document add blocks up, so every row sums to its parent.
  const blockCounts = countPerBlock(model);
  const paragraphsBySection = new Map<number, ParagraphRow[]>();
  model.paragraphs.forEach((paragraph, index) => {
    const counts = blockCounts[paragraph.block];
    const setIndex = paragraph.optionSet;
    let option: string | undefined;
    if (setIndex >= 0 && paragraph.label?.sequence === 'option') {
      const members = model.optionSets[setIndex].members;
      const k = members.findIndex((m) => m.paragraph === index);
      if (k >= 0) option = `${k + 1} of ${members.length}${members[k].noText ? ', no text' : ''}`;
    }
    const row: ParagraphRow = {
      name: locator.paragraphName(index),
      label: paragraph.label?.text,
      status: paragraph.status,
      option,
      location: locator.at(paragraph.label?.start ?? paragraph.start),
      ...finish(counts),
    };
    const list = paragraphsBySection.get(paragraph.section) ?? [];
    list.push(row);
    paragraphsBySection.set(paragraph.section, list);
  });

  const sections: SectionRow[] = [];
  const sectionStatuses = tallies(model);
  const firstHeading = model.headings.length > 0 ? model.headings[0].start : model.text.length;
  const before = paragraphsBySection.get(-1) ?? [];
  if (before.length > 0) {
    sections.push({ heading: locator.sectionName(-1), level: 0, location: locator.at(Math.min(before[0].location.offset, firstHeading)), statuses: sectionStatuses[0], paragraphs: before, ...finish(sumCounts(before)) });
  }
  const headingBlocks = new Map<number, number>();
  model.blocks.toArray().forEach((block, index) => block.kind === 'heading' && headingBlocks.set(block.start, index));
  model.headings.forEach((heading, index) => {
    const paragraphs = paragraphsBySection.get(index) ?? [];
    const own = blockCounts[headingBlocks.get(heading.start) ?? -1] ?? emptyCounts();
    sections.push({ heading: locator.sectionName(index), level: heading.level, location: locator.at(heading.start), statuses: sectionStatuses[index + 1], paragraphs, ...finish(sumCounts([own, ...paragraphs])) });
  });

  const blockAt = new Map(model.blocks.toArray().map((block, index) => [block.start, index]));
  const referenceCount = new Map<string, number>();
  for (const reference of model.footnoteReferences) referenceCount.set(reference.label, (referenceCount.get(reference.label) ?? 0) + 1);
  const footnoteDefinitions: FootnoteRow[] = model.footnoteDefinitions.map((definition) => {
    const block = blockAt.get(definition.start) ?? -1;
    const annotation = definition.annotation !== undefined ? model.annotations[definition.annotation] : undefined;
    const body = model.text.slice(annotation ? annotation.end : definition.body.start, definition.body.end);
    return {
      label: definition.label,
      references: referenceCount.get(definition.label) ?? 0,
      positions: describePositions(positionsOf(model.clauseTable, annotation)),
      excerpt: detached(excerpt(body, 60)),
      location: locator.at(definition.start),
      ...finish(blockCounts[block] ?? emptyCounts()),
    };
  });

  const statuses = sumTallies(sections.map((s) => s.statuses));
  return {
    file: input.file,
    title: model.frontMatter?.title,
    symbol: model.frontMatter?.symbol,
    statuses,
    unclosedBrackets: model.brackets.filter((b) => !b.closed).length,
    strayClosers: model.strayClosers.length,
    sections,
    footnoteDefinitions,
    ...finish(sumCounts([...sections, ...footnoteDefinitions])),
  };
}

/** Counts for every block, by one pass over each kind of open point. */
function countPerBlock(model: DocumentModel): MutableCounts[] {
  const blocks = model.blocks.toArray();
  const counts = blocks.map(emptyCounts);
  const blockAt = blockFinder(blocks);
  for (const bracket of model.brackets) {
    const c = counts[bracket.block];
    c.brackets++;
    if (bracket.depth === 1) c.topLevelBrackets++;
    if (bracket.innerAlternatives.length > 1) c.alternativeSets++;
  }
  for (const set of model.alternativeSets) bump(counts, blockAt(set.start), 'alternativeSets');
  for (const set of model.optionSets) if (set.members.length > 1) bump(counts, blockAt(set.start), 'optionSets');
  for (const annotation of model.annotations) if (annotation.kind === 'placeholder' && annotation.closed) bump(counts, blockAt(annotation.start), 'placeholders');
  for (const reference of model.footnoteReferences) bump(counts, blockAt(reference.start), 'footnotes');
  // Words come in document order, and so do the blocks: the block of each is found by walking on, not searching.
  let block = 0;
  forEachProseWord(model, (start, inBracket, inOptionSet) => {
    while (block < blocks.length && blocks[block].end <= start) block++;
    if (block === blocks.length || blocks[block].start > start) return;
    const c = counts[block];
    c.words++;
    if (inBracket) c.wordsInBrackets++;
    else if (inOptionSet) c.wordsInOptionSets++;
  });
  return counts;
}

function bump(counts: MutableCounts[], block: number, key: keyof MutableCounts): void {
  if (block >= 0) counts[block][key]++;
}

/** Finds the block holding an offset by binary search over the ordered blocks. */
function blockFinder(blocks: ReadonlyArray<Range>): (offset: number) => number {
  return (offset) => {
    const index = firstStartingFrom(blocks, offset + 1) - 1;
    return index >= 0 && offset < blocks[index].end ? index : -1;
  };
}

/**
 * The paragraphs' statuses tallied per section, in one pass: `[section + 1]`, so that the paragraphs before the first
 * heading (section -1) come first. Tallying each section over all paragraphs made the report quadratic: 2.2 s for a
 * 10 MB draft's 7,000 sections.
 */
function tallies(model: DocumentModel): StatusTally[] {
  const result = Array.from({ length: model.headings.length + 1 }, () => ({ agreed: 0, adRef: 0, pending: 0, none: 0 }));
  for (const paragraph of model.paragraphs) {
    const tally = result[paragraph.section + 1];
    if (paragraph.status === 'agreed') tally.agreed++;
    else if (paragraph.status === 'ad ref') tally.adRef++;
    else if (paragraph.status === 'pending') tally.pending++;
    else tally.none++;
  }
  return result;
}

function emptyCounts(): MutableCounts {
  return { brackets: 0, topLevelBrackets: 0, alternativeSets: 0, optionSets: 0, placeholders: 0, footnotes: 0, words: 0, wordsInBrackets: 0, wordsInOptionSets: 0 };
}

function sumCounts(rows: ReadonlyArray<Omit<MutableCounts, never>>): MutableCounts {
  const total = emptyCounts();
  for (const row of rows) for (const key of Object.keys(total) as Array<keyof MutableCounts>) total[key] += row[key];
  return total;
}

function sumTallies(tallies: ReadonlyArray<StatusTally>): StatusTally {
  return tallies.reduce((a, b) => ({ agreed: a.agreed + b.agreed, adRef: a.adRef + b.adRef, pending: a.pending + b.pending, none: a.none + b.none }), { agreed: 0, adRef: 0, pending: 0, none: 0 });
}

function finish(counts: MutableCounts): StatusCounts {
  const agreedWords = counts.words - counts.wordsInBrackets - counts.wordsInOptionSets;
  return {
    brackets: counts.brackets,
    topLevelBrackets: counts.topLevelBrackets,
    alternativeSets: counts.alternativeSets,
    optionSets: counts.optionSets,
    placeholders: counts.placeholders,
    footnotes: counts.footnotes,
    words: counts.words,
    wordsInBrackets: counts.wordsInBrackets,
    wordsInOptionSets: counts.wordsInOptionSets,
    shareAgreed: counts.words === 0 ? 1 : agreedWords / counts.words,
  };
}
