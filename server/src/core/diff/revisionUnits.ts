// What a comparison works on: the paragraphs and footnotes of a revision, and the open choices (brackets, alternative sets) in each.

import type { DocumentModel, Range } from '../analysis/model';
import { firstBracketFrom, firstEndingAfter, firstStartingFrom, innerOf } from '../analysis/queries';
import { Locator } from '../reports/locator';
import { mergeRanges, proseWords, type WordAt } from '../reports/wordCount';

/** A paragraph or footnote definition, with what matching and comparing need. */
export interface TextUnit {
  readonly kind: 'paragraph' | 'footnote';
  /** Index in `paragraphs` or `footnoteDefinitions`. */
  readonly index: number;
  /** The section heading and the label path (`article 5|1|(a)`), or `footnote|3`; undefined without a label. */
  readonly key?: string;
  /** `OP3`, `2 (c)`, `[^3]`, or the start of an unlabelled paragraph. */
  readonly name: string;
  readonly section: string;
  readonly range: Range;
  /** The text as written, comments left out and white space collapsed, for "changed" and the word diff. */
  readonly text: string;
  /** Prose words, lower-cased, with whether each stands inside a bracket. */
  readonly words: ReadonlyArray<string>;
  /** The same words as written, for messages. */
  readonly written: ReadonlyArray<string>;
  readonly starts: ReadonlyArray<number>;
  readonly bracketed: ReadonlyArray<boolean>;
  readonly status?: string;
  readonly optionSet: number;
  readonly choices: ReadonlyArray<Choice>;
}

/** An open choice: a plain bracket (accept or delete), an alternative set, or a bracket with ` / ` alternatives. */
export interface Choice {
  readonly kind: 'bracket' | 'alternatives';
  readonly range: Range;
  /** The text with attributions left out and white space collapsed: the same choice in two revisions has the same one. */
  readonly signature: string;
  /** The same, as written (the signature is lower-cased). */
  readonly display: string;
  /** Word indexes in the unit: the choice covers words `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** The words each outcome leaves: for a plain bracket its text (accepted); for alternatives each member's. */
  readonly outcomes: ReadonlyArray<ReadonlyArray<string>>;
  /** The members as written, for reporting which one won. */
  readonly memberTexts: ReadonlyArray<string>;
}

/** The units of a revision in document order: its paragraphs, then its footnote definitions. */
export function revisionUnits(file: string, model: DocumentModel): TextUnit[] {
  const locator = new Locator(file, model);
  const { text } = model;
  const comments = model.comments;
  const topLevel = mergeRanges(model.brackets.filter((b) => b.depth === 1).map((b) => ({ start: b.start, end: b.end })));
  const attributionRanges = model.annotations.filter((a) => a.kind === 'attribution');
  const clean = (range: Range, drop: ReadonlyArray<Range>) => {
    let out = '';
    let from = range.start;
    for (let k = firstEndingAfter(drop, range.start); k < drop.length && drop[k].start < range.end; k++) {
      const r = drop[k];
      if (r.end <= from) continue;
      out += text.slice(from, Math.max(from, r.start));
      from = Math.max(from, r.end);
    }
    out += text.slice(from, Math.max(from, range.end));
    return out.replace(/\s+/g, ' ').trim();
  };
  const sectionKey = (section: number) => (section >= 0 ? normalise(model.headings[section].text) : '');
  const choicesIn = (range: Range, words: ReadonlyArray<WordAt>): Choice[] => {
    const choices: Choice[] = [];
    // Words are in order: each alternative's words are found by binary search, not by reading all the paragraph's
    // (a paragraph of thousands of alternatives made the comparison grow three to seven times for twice as many).
    const wordIndex = (offset: number) => firstStartingFrom(words, offset);
    const wordsOf = (r: Range) => words.slice(wordIndex(r.start), wordIndex(r.end)).map((w) => w.word.toLowerCase());
    for (let index = firstBracketFrom(model.brackets, range.start); index < model.brackets.length && model.brackets[index].start < range.end; index++) {
      const bracket = model.brackets[index];
      if (!bracket.closed) continue;
      const set = bracket.alternativeSet >= 0 ? model.alternativeSets[bracket.alternativeSet] : undefined;
      if (set && set.members[0] !== index) continue;
      const last = set ? model.brackets[set.members[set.members.length - 1]] : bracket;
      const end = last.attribution !== undefined ? model.annotations[last.attribution].end : last.end;
      const extent = { start: bracket.start, end };
      let members: Range[];
      if (set) members = set.members.map((m) => innerOf(model.brackets[m]));
      else if (bracket.innerAlternatives.length > 1) members = [...bracket.innerAlternatives];
      else members = [innerOf(bracket)];
      const kind = members.length > 1 ? 'alternatives' : 'bracket';
      const outcomes = kind === 'bracket' ? [wordsOf(members[0]), []] : members.map(wordsOf);
      choices.push({
        kind,
        range: extent,
        signature: clean(extent, attributionRanges).toLowerCase(),
        display: clean(extent, attributionRanges),
        from: wordIndex(extent.start),
        to: wordIndex(extent.end),
        outcomes,
        memberTexts: members.map((m) => clean(m, attributionRanges)),
      });
    }
    return choices;
  };
  const unit = (kind: TextUnit['kind'], index: number, key: string | undefined, name: string, section: string, range: Range, status: string | undefined, optionSet: number): TextUnit => {
    const words = proseWords(model, range);
    return {
      kind,
      index,
      key,
      name,
      section,
      range,
      text: clean(range, comments),
      words: words.map((w) => w.word.toLowerCase()),
      written: words.map((w) => w.word),
      starts: words.map((w) => w.start),
      bracketed: insideAny(topLevel, words),
      status,
      optionSet,
      choices: choicesIn(range, words),
    };
  };
  const units: TextUnit[] = model.paragraphs.map((paragraph, index) => {
    let key: string | undefined;
    if (paragraph.label) {
      const path: string[] = [];
      for (let p = index; p >= 0; p = model.paragraphs[p].parent) path.unshift(model.paragraphs[p].label?.key ?? '');
      key = `${sectionKey(paragraph.section)}|${path.join('|')}`;
    }
    return unit('paragraph', index, key, locator.paragraphName(index), locator.sectionName(paragraph.section), paragraph, paragraph.status, paragraph.optionSet);
  });
  model.footnoteDefinitions.forEach((definition, index) => {
    units.push(unit('footnote', index, `footnote|${definition.label}`, `[^${definition.label}]`, 'Footnotes', definition, undefined, -1));
  });
  return units;
}


/** For each word (in order), whether it starts inside one of the sorted, disjoint `ranges`. */
function insideAny(ranges: ReadonlyArray<Range>, words: ReadonlyArray<WordAt>): boolean[] {
  let k = words.length > 0 ? firstEndingAfter(ranges, words[0].start) : 0;
  return words.map((w) => {
    while (k < ranges.length && ranges[k].end <= w.start) k++;
    return k < ranges.length && ranges[k].start <= w.start;
  });
}

/** Heading text for matching: brackets, annotations and case do not tell two sections apart. */
function normalise(heading: string): string {
  return heading.replace(/\{[^}]*\}/g, '').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
