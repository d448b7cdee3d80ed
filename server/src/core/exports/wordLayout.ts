// The layout of a Word document built from a negotiated text: header, title, labelled paragraphs and footnotes as plain data, ready for any writer.

import type { Annotation, DocumentModel, Range } from '../analysis/model';
import { contentOf } from '../analysis/queries';

/** A stretch of text with one look. */
export interface WordRun {
  readonly text: string;
  readonly italic?: boolean;
  /** An attribution or paragraph annotation: a small note in small capitals, `(proposed: RU; supported: CN)`. */
  readonly note?: boolean;
  /** A placeholder still to fill, `{number}`, highlighted in Word. */
  readonly placeholder?: boolean;
  /** A footnote reference: the id of the footnote in `WordLayout.footnotes` (its text is empty). */
  readonly footnote?: number;
}

/** A heading or a paragraph. `level` is the heading level, or the label's nesting level (0 without a label). */
export interface WordParagraph {
  readonly kind: 'heading' | 'paragraph';
  readonly level: number;
  /** The label as written, `OP3.`, `(a)`, `Option 1:`; the writer puts a tab after it. */
  readonly label?: string;
  readonly runs: ReadonlyArray<WordRun>;
}

/** A footnote: the id its references use, and its text. */
export interface WordFootnote {
  readonly id: number;
  readonly runs: ReadonlyArray<WordRun>;
}

/** Everything a Word writer needs. */
export interface WordLayout {
  readonly title?: string;
  readonly symbol?: string;
  /** The front matter's `date`, as written. */
  readonly date?: string;
  readonly paragraphs: ReadonlyArray<WordParagraph>;
  readonly footnotes: ReadonlyArray<WordFootnote>;
}

/**
 * Lays a document out as delegations know it from UN documents: brackets and their text kept as written, attributions
 * and paragraph annotations as small notes in parentheses (parentheses, so that they are never taken for negotiating
 * brackets), comments left out, escapes written as the characters they stand for, and every footnote reference a real
 * footnote (a footnote referred to twice is repeated, since a Word footnote has one reference). In preambular
 * paragraphs the opening words are italic (see `preambularOpening`).
 */
export function buildWordLayout(model: DocumentModel): WordLayout {
  const definitions = new Map<string, Range & { annotation?: number }>();
  for (const definition of model.footnoteDefinitions) if (!definitions.has(definition.label)) definitions.set(definition.label, { start: definition.body.start, end: definition.body.end, annotation: definition.annotation });
  const footnotes: WordFootnote[] = [];
  const writer = new RunWriter(model, (label) => {
    const definition = definitions.get(label);
    if (!definition) return undefined;
    const id = footnotes.length + 1;
    // The id is taken before the text is written, so that a footnote that refers to another numbers in reading order.
    footnotes.push({ id, runs: [] });
    footnotes[id - 1] = { id, runs: writer.runs(definition) };
    return id;
  });
  const paragraphs: WordParagraph[] = [];
  const paragraphOfBlock = new Map(model.paragraphs.map((p) => [p.block, p]));
  const headingAt = new Map(model.headings.map((h) => [h.start, h]));
  model.blocks.toArray().forEach((block, index) => {
    if (block.kind === 'heading') {
      const heading = headingAt.get(block.start);
      if (heading) paragraphs.push({ kind: 'heading', level: heading.level, runs: writer.runs(heading.textRange) });
      return;
    }
    if (block.kind !== 'paragraph') return;
    const paragraph = paragraphOfBlock.get(index);
    if (!paragraph) return; // a paragraph made only of comments
    const label = paragraph.label;
    let runs = writer.runs({ start: label ? label.end : paragraph.start, end: paragraph.end });
    // An opener before the label (`[[ 3bis. ...`) is part of the text: it goes first, before the label's tab.
    const before = label ? model.text.slice(paragraph.start, label.start).replace(/\s+/g, '') : '';
    if (before) runs = [{ text: before }, ...trimRuns(runs)];
    if (label?.sequence === 'preambular') runs = italicizeOpening(runs);
    paragraphs.push({ kind: 'paragraph', level: label ? label.level : 0, label: label?.text, runs: trimRuns(runs) });
  });
  const data = model.frontMatter?.data ?? {};
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : typeof data.date === 'string' || typeof data.date === 'number' ? String(data.date) : undefined;
  return { title: model.frontMatter?.title, symbol: model.frontMatter?.symbol, date, paragraphs, footnotes };
}

/** Writes the runs of a range: text, notes, placeholders, footnote references; comments and line breaks folded away. */
class RunWriter {
  private readonly marks: Array<{ range: Range; kind: 'annotation' | 'comment' | 'footnote' | 'escape'; annotation?: Annotation; label?: string }>;

  constructor(
    private readonly model: DocumentModel,
    private readonly footnoteFor: (label: string) => number | undefined,
  ) {
    this.marks = [
      ...model.annotations.map((annotation) => ({ range: annotation as Range, kind: 'annotation' as const, annotation })),
      ...model.comments.map((range) => ({ range, kind: 'comment' as const })),
      ...model.footnoteReferences.map((r) => ({ range: r as Range, kind: 'footnote' as const, label: r.label })),
      ...model.escapes.map((range) => ({ range, kind: 'escape' as const })),
    ].sort((a, b) => a.range.start - b.range.start);
  }

  runs(range: Range): WordRun[] {
    const { text } = this.model;
    const runs: WordRun[] = [];
    const plain = (from: number, to: number) => {
      if (to <= from) return;
      // A line break and the indentation around it are one space: Word reflows the paragraph.
      const chunk = text.slice(from, to).replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
      const last = runs[runs.length - 1];
      if (last && !last.note && !last.placeholder && last.footnote === undefined) runs[runs.length - 1] = { text: last.text + chunk };
      else runs.push({ text: chunk });
    };
    let from = range.start;
    for (let m = this.firstMarkFrom(range.start); m < this.marks.length && this.marks[m].range.start < range.end; m++) {
      const mark = this.marks[m];
      if (mark.range.start < from) continue;
      plain(from, mark.range.start);
      from = mark.range.end;
      if (mark.kind === 'escape') plain(mark.range.start + 1, mark.range.end);
      else if (mark.kind === 'footnote') {
        const id = this.footnoteFor(mark.label!);
        if (id !== undefined) runs.push({ text: '', footnote: id });
        else plain(mark.range.start, mark.range.end);
      } else if (mark.kind === 'annotation') {
        const annotation = mark.annotation!;
        const { start: contentStart, end: contentEnd } = contentOf(annotation);
        const content = text.slice(contentStart, contentEnd).replace(/\s+/g, ' ').trim();
        if (annotation.kind === 'placeholder' && !annotation.misplaced) runs.push({ text: text.slice(annotation.start, annotation.end).replace(/\s+/g, ' '), placeholder: true });
        else if (content) runs.push({ text: `(${content})`, note: true });
      }
    }
    plain(from, range.end);
    return runs;
  }

  private firstMarkFrom(offset: number): number {
    let low = 0;
    let high = this.marks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.marks[mid].range.end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** Removes the spaces at both ends of a paragraph's runs, and before a note that ends it. */
function trimRuns(runs: WordRun[]): WordRun[] {
  const result = runs.filter((r) => r.text !== '' || r.footnote !== undefined);
  if (result.length > 0 && result[0].footnote === undefined) result[0] = { ...result[0], text: result[0].text.trimStart() };
  const last = result.length - 1;
  if (last >= 0 && result[last].footnote === undefined) result[last] = { ...result[last], text: result[last].text.trimEnd() };
  return result.filter((r) => r.text !== '' || r.footnote !== undefined);
}

/** Words that continue a preambular opening: `Bearing in mind`, `Noting with deep concern`, `Recalling also`. */
const CONTINUATIONS = /^(?:in mind|with (?:deep |grave |serious |great )?(?:concern|appreciation|satisfaction|interest|regret|alarm)|also|further|furthermore|moreover|once again|in particular)\b/i;

/**
 * The opening of a preambular paragraph that UN style sets in italics, as `[start, end)` in `body`: the first word,
 * with an adverb before it (`Deeply concerned`, `Further recalling`) and the usual continuations after it
 * (`Bearing in mind`, `Noting with concern`, `Recalling also`); or all the words up to the first comma when that comma
 * comes within the first two words (`Recalling further,`, `Having considered,`). Leading brackets and spaces are skipped; an opening
 * article (`The States Parties to this Convention,`) means there is nothing to set in italics.
 */
export function preambularOpening(body: string): { start: number; end: number } {
  const start = body.search(/[\p{L}]/u);
  if (start < 0) return { start: 0, end: 0 };
  const rest = body.slice(start);
  // `The States Parties to this Convention,` opens a convention's preamble and stays upright.
  if (/^(?:the|a|an)\b/i.test(rest)) return { start, end: start };
  const comma = rest.indexOf(',');
  if (comma > 0 && rest.slice(0, comma).trim().split(/\s+/).length <= 2 && !/[[\]]/.test(rest.slice(0, comma))) return { start, end: start + comma };
  const word = /^[\p{L}'’-]+/u;
  let end = rest.match(word)![0].length;
  const first = rest.slice(0, end);
  if (/ly$/i.test(first) || /^(?:further|also|again)$/i.test(first)) {
    const next = rest.slice(end).match(/^\s+([\p{L}'’-]+)/u);
    if (next) end += next[0].length;
  }
  for (;;) {
    const after = rest.slice(end).match(/^\s+/);
    const continuation = after ? rest.slice(end + after[0].length).match(CONTINUATIONS) : null;
    if (!after || !continuation) break;
    end += after[0].length + continuation[0].length;
  }
  return { start, end: start + end };
}

/** Sets the opening words of a preambular paragraph in italics, splitting runs where needed; notes are skipped. */
function italicizeOpening(runs: WordRun[]): WordRun[] {
  const body = runs.map((r) => (r.note || r.footnote !== undefined || r.placeholder ? '' : r.text)).join('');
  const leading = body.length - body.trimStart().length;
  const { start, end } = preambularOpening(body.trimStart());
  let from = start + leading;
  const to = end + leading;
  let offset = 0;
  const result: WordRun[] = [];
  for (const run of runs) {
    if (run.note || run.footnote !== undefined || run.placeholder) {
      result.push(run);
      continue;
    }
    const runStart = offset;
    const runEnd = offset + run.text.length;
    offset = runEnd;
    if (runEnd <= from || runStart >= to) {
      result.push(run);
      continue;
    }
    const a = Math.max(from, runStart) - runStart;
    const b = Math.min(to, runEnd) - runStart;
    if (a > 0) result.push({ text: run.text.slice(0, a) });
    result.push({ text: run.text.slice(a, b), italic: true });
    if (b < run.text.length) result.push({ text: run.text.slice(b) });
    from = Math.max(from, runStart + b);
  }
  return result;
}
