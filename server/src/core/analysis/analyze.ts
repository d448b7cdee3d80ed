// The analysis walk: one pass over the tree's blocks builds the document model, then brackets are paired and grouped.

import { NO_TERMS } from '../lexicon/termTable';
import { parse } from '../syntax/parser';
import { describeLabel, type LabelContext } from '../syntax/labels';
import { delimitedEnd } from '../syntax/objectTree';
import { Tok } from '../syntax/tokens';
import { Blk, type SyntaxTree } from '../syntax/tree';
import { ClauseTable, type ReadonlyClauseTable } from './clauseTable';
import { looksLikeAnnotation, looksLikeMisplacedAttribution, readClauses } from './clauses';
import { frontMatterOf } from './frontMatter';
import type {
  AlternativeSet,
  Annotation,
  Bracket,
  DocumentModel,
  FootnoteDefinition,
  FootnoteReference,
  FrontMatter,
  Heading,
  Label,
  Mutable,
  ParagraphStatus,
  Range,
} from './model';
import { groupOptionSets } from './optionSets';
import { firstBracketFrom } from './queries';
import { builtinRegistry } from '../delegations/builtinRegistry';
import { BlockTable } from './blockTable';
import { ParagraphTable } from './paragraphTable';
import { NO_ITEMS } from './noItems';
import type { AnalysisOptions } from './options';
import { BracketEvents, pairBrackets } from './pairBrackets';
import { ProseRanges } from './proseRanges';
import { matchTerms } from './earlierTerms';
import { AnalysedModel } from './analysedModel';
import { SharedStrings } from '../text/sharedStrings';

/** Analyses a text (or an already parsed tree) into its document model; never throws. */
export function analyze(input: string | SyntaxTree, options: AnalysisOptions = {}): DocumentModel {
  const tree = typeof input === 'string' ? parse(input) : input;
  // Without a registry of its own, a document is read against the built-in one, so that `{Iran, Cuba}` after a
  // label is an annotation whoever calls. The fields are written out, not spread from the caller's options: the
  // spread copy's shape followed the caller's, and in some processes V8's optimised walk then failed its shape check
  // on it at every analysis (a deoptimisation each time).
  return new Walker(tree, { delegations: options.delegations ?? builtinRegistry(), terms: options.terms, earlierTerms: options.earlierTerms }).run();
}

/** Tokens that may stand before a block-edge opener: `[[ 3bis.` or `OP4. {ad ref} [text`. */
const LEADING_KINDS = kindSet([Tok.Whitespace, Tok.Label, Tok.BracketOpen, Tok.HeadingMarker, Tok.FootnoteDefMarker]);
/** Tokens that may stand after a block-edge closer: `...]]{US}.[^2]`. */
const TRAILING_KINDS = kindSet([Tok.Whitespace, Tok.Newline, Tok.BracketClose, Tok.FootnoteRef]);
/** Tokens inside an annotation or comment node; the edges of a block look past them. */
const DELIMITED_KINDS = kindSet([Tok.BraceOpen, Tok.AnnotationText, Tok.BraceClose, Tok.CommentOpen, Tok.CommentText, Tok.CommentClose]);
/** Tokens that make a paragraph's text: they join into the prose ranges that lexicon matching reads. */
const PROSE_KINDS = kindSet([Tok.Text, Tok.Escape, Tok.Slash, Tok.Newline, Tok.Whitespace]);

/** How many of the first `count` entries of `kinds` are `kind` (a function of its own, so that it is optimised). */
function countOf(kinds: Uint8Array, count: number, kind: number): number {
  let found = 0;
  for (let i = 0; i < count; i++) if (kinds[i] === kind) found++;
  return found;
}

function kindSet(kinds: readonly Tok[]): Uint8Array {
  const set = new Uint8Array(32);
  for (const kind of kinds) set[kind] = 1;
  return set;
}

/**
 * What the last labels of one list style were: the letter reached, and whether a roman sub-list followed. One record
 * per style, rewritten in place (a letter or roman label comes every few lines); `active` is false when the list was
 * closed (by a heading or a level-1 label) or never started.
 */
interface ListContext {
  active: boolean;
  letterOrdinal: number | undefined;
  wasRoman: boolean;
  letterIndent: number;
  romanIndent: number;
}

function closedList(): ListContext {
  return { active: false, letterOrdinal: undefined, wasRoman: false, letterIndent: 0, romanIndent: 0 };
}

class Walker {
  private readonly text: string;
  private readonly kinds: Uint8Array;
  private readonly starts: Int32Array;
  private readonly blocks: BlockTable;
  private readonly headings: Heading[] = [];
  /** Paragraphs as columns, with room for every paragraph block (the table never grows). */
  private readonly paragraphs: ParagraphTable;
  /**
   * Annotations, the most numerous records after paragraphs, go in a list made at the most there can be (one per `{`)
   * and cut to their count after the walk: grown by `push`, it was copied a dozen times over on a large text.
   */
  private readonly annotations: Array<Mutable<Annotation>>;
  private readonly clauses: ClauseTable;
  private annotationCount = 0;
  private readonly footnoteReferences: FootnoteReference[] = [];
  private readonly footnoteDefinitions: Array<Mutable<FootnoteDefinition>> = [];
  private readonly comments: Range[] = [];
  private readonly escapes: Range[] = [];
  private readonly prose: ProseRanges;
  private readonly strings = new SharedStrings();
  private readonly events: BracketEvents;
  // Annotations that follow a `]`, with the event of that `]` (the last event when the annotation is read), and the
  // offsets of the `/` that stand apart from brackets: plain numbers, as they are only read once the walk is done.
  private readonly candidateAnnotations: number[] = [];
  private readonly candidateCloserEvents: number[] = [];
  private readonly spacedSlashes: number[] = [];
  private currentBlockIsMain = false;
  // Label context: the labelled paragraphs open at each level, and the last letter seen (to read `(i)` after `(h)`).
  private readonly labelStack: number[] = [];
  /** The context each label is read in, filled anew for every label (one object for the walk, not one per label). */
  private readonly labelContext: Mutable<LabelContext> = { previousLetterOrdinal: undefined, previousWasRoman: undefined, deeperThanPrevious: undefined, shallowerThanRomans: undefined };
  // One record per list style (`(a)`, `a)`, `a.`), closed in place: `Map.clear` would allocate a new table at every
  // numbered paragraph.
  private readonly listContexts: ListContext[] = [closedList(), closedList(), closedList()];

  constructor(
    private readonly tree: SyntaxTree,
    private readonly options: AnalysisOptions,
  ) {
    this.text = tree.text;
    this.prose = new ProseRanges(this.text.length);
    this.events = new BracketEvents(this.text.length);
    // Room for the model's blocks, the tree's headings, paragraphs and footnote definitions: the table neither grows nor
    // is cut (made at the tree's count, half of it blank lines, it was copied to its length at the end of every walk).
    const { kinds: blockKinds, count: blockCount } = tree.blocks;
    this.blocks = new BlockTable(countOf(blockKinds, blockCount, Blk.Heading) + countOf(blockKinds, blockCount, Blk.Paragraph) + countOf(blockKinds, blockCount, Blk.FootnoteDefinition));
    this.kinds = tree.tokens.kinds;
    this.starts = tree.tokens.starts;
    this.paragraphs = new ParagraphTable(countOf(blockKinds, blockCount, Blk.Paragraph));
    const braces = countOf(this.kinds, tree.tokens.count, Tok.BraceOpen);
    this.annotations = new Array(braces);
    this.clauses = new ClauseTable(braces);
  }

  run(): DocumentModel {
    const blocks = this.tree.blocks;
    let frontMatter: FrontMatter | undefined;
    for (let b = 0; b < blocks.count; b++) {
      const kind = blocks.kinds[b];
      if (kind === Blk.FrontMatter) frontMatter = frontMatterOf(this.tree);
      else if (kind === Blk.Heading || kind === Blk.Paragraph || kind === Blk.FootnoteDefinition) this.readBlock(kind, blocks.firstTokens[b], blocks.endTokens[b]);
    }
    this.blocks.trim();
    this.paragraphs.trim();
    this.annotations.length = this.annotationCount;
    this.clauses.trim();
    const brackets = this.buildBrackets();
    const { alternativeSets, danglingSlashes } = this.groupAlternatives(brackets.list);
    this.assignInnerAlternatives(brackets.list);
    const optionSets = groupOptionSets(this.text, this.paragraphs, this.blocks);
    const language = frontMatter?.language ?? 'en';
    const terms = this.options.terms ? matchTerms(this.options.terms, this.text, this.prose.toFlat(), this.options.earlierTerms) : NO_TERMS;
    return new AnalysedModel(
      {
        text: this.text,
        syntaxProblems: this.tree.problems,
        frontMatter,
        language,
        blocks: this.blocks,
        headings: this.headings,
        paragraphTable: this.paragraphs,
        brackets: brackets.list,
        strayClosers: brackets.strays,
        danglingSlashes,
        alternativeSets,
        optionSets,
        annotations: this.annotations,
        clauseTable: this.clauses,
        footnoteReferences: this.footnoteReferences,
        footnoteDefinitions: this.footnoteDefinitions,
        comments: this.comments,
        escapes: this.escapes,
        terms,
      },
      this.prose,
    );
  }

  /**
   * Reads one block, the tokens `[from, to)`. An annotation or a comment is read as one element (its opener, text
   * and closer, see `delimitedEnd`), as the tree's nodes group them.
   */
  private readBlock(kind: Blk, from: number, to: number): void {
    const { kinds, starts } = this;
    const start = starts[from];
    const end = starts[to];
    const contentEnd = kinds[to - 1] === Tok.Newline ? starts[to - 1] : end;
    const blockIndex = this.blocks.add(kind as Blk.Heading | Blk.Paragraph | Blk.FootnoteDefinition, start, end, contentEnd);

    // The annotation that stands right after a label or footnote marker (only whitespace between).
    let headAnnotation = -1;
    let labelToken = -1;
    let markerToken = -1;
    for (let k = from; k < to; k++) {
      const code = kinds[k];
      if (code === Tok.BraceOpen || code === Tok.CommentOpen) {
        // A paragraph's annotation stands after its label, or first in an unlabelled paragraph (`{agreed} Text`).
        if (code === Tok.BraceOpen) {
          if (labelToken >= 0 || markerToken >= 0 || kind === Blk.Paragraph) headAnnotation = k;
          break;
        }
        k = delimitedEnd(this.tree.tokens, k, to) - 1;
      } else if (code === Tok.Label) labelToken = k;
      else if (code === Tok.FootnoteDefMarker) markerToken = k;
      else if (!(code === Tok.Whitespace || code === Tok.BracketOpen || (code === Tok.Text && this.isBlank(k)))) break;
    }

    // Openers before `leadingEnd` and closers after `trailingStart` stand at the block's edges.
    const leadingEnd = this.leadingEdgeEnd(from, to, headAnnotation);
    const trailingStart = this.trailingEdgeStart(from, to);
    const ownerIndex = this.readBlockOwner(kind, from, to, blockIndex, labelToken, markerToken, contentEnd);
    this.currentBlockIsMain = kind === Blk.Heading || (kind === Blk.Paragraph && ownerIndex >= 0 && this.paragraphs.labelLevel(ownerIndex) === 1);

    for (let k = from; k < to; k++) {
      const code = kinds[k];
      if (code === Tok.CommentOpen) {
        const close = delimitedEnd(this.tree.tokens, k, to);
        this.comments.push({ start: starts[k], end: starts[close] });
        k = close - 1;
      } else if (code === Tok.BraceOpen) {
        const close = delimitedEnd(this.tree.tokens, k, to);
        const afterCloser = k > from && kinds[k - 1] === Tok.BracketClose;
        this.readAnnotation(k, close, afterCloser, k === headAnnotation ? kind : undefined, ownerIndex);
        k = close - 1;
      } else {
        this.readToken(code, starts[k], starts[k + 1], blockIndex, k < leadingEnd, k > trailingStart);
      }
    }
  }

  /** Creates the heading, paragraph or footnote definition for a block; returns its index in its own list. */
  private readBlockOwner(kind: Blk, from: number, to: number, blockIndex: number, labelToken: number, markerToken: number, contentEnd: number): number {
    const { text, kinds, starts } = this;
    const blockStart = starts[from];
    if (kind === Blk.Heading) {
      let marker = from;
      while (kinds[marker] !== Tok.HeadingMarker) marker++;
      const level = starts[marker + 1] - starts[marker];
      let textStart = starts[marker + 1];
      while (textStart < contentEnd && isSpaceOrTab(text.charCodeAt(textStart))) textStart++;
      let textEnd = contentEnd;
      while (textEnd > textStart && (isSpaceOrTab(text.charCodeAt(textEnd - 1)) || text.charCodeAt(textEnd - 1) === 35)) textEnd--;
      let parent = this.headings.length - 1;
      while (parent >= 0 && this.headings[parent].level >= level) parent = this.headings[parent].parent;
      this.headings.push({ start: blockStart, end: contentEnd, level, text: text.slice(textStart, textEnd), textRange: { start: textStart, end: textEnd }, parent });
      this.labelStack.length = 0;
      this.closeLists();
      return this.headings.length - 1;
    }
    if (kind === Blk.FootnoteDefinition && markerToken >= 0) {
      const markerStart = starts[markerToken];
      const markerEnd = starts[markerToken + 1];
      const labelRange = { start: markerStart + 2, end: markerEnd - 2 };
      this.footnoteDefinitions.push({
        start: blockStart,
        end: contentEnd,
        label: text.slice(labelRange.start, labelRange.end),
        labelRange,
        marker: { start: markerStart, end: markerEnd },
        body: { start: markerEnd, end: contentEnd },
        annotation: undefined,
      });
      return this.footnoteDefinitions.length - 1;
    }
    const section = this.headings.length - 1;
    let label: Label | undefined;
    let parent = -1;
    if (labelToken >= 0) {
      const labelStart = starts[labelToken];
      const labelEnd = starts[labelToken + 1];
      const labelText = this.strings.slice(text, labelStart, labelEnd);
      const labelKind = kindOfLabel(labelText);
      // Sub-paragraph lists are told apart by style (`(a)`, `a)`, `a.`), each with its own letter/roman memory.
      const style = labelKind === 'parenthesised' ? 0 : labelKind === 'closingParen' ? 1 : 2;
      // Back to the line start by hand: `lastIndexOf('\n')` would scan to the top of a CR-only text for every label.
      let lineStart = labelStart;
      while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
      const indent = labelStart - lineStart;
      const list = this.listContexts[style];
      const open = list.active;
      const context = this.labelContext;
      context.previousLetterOrdinal = open ? list.letterOrdinal : undefined;
      context.previousWasRoman = open ? list.wasRoman : undefined;
      context.deeperThanPrevious = open && list.letterOrdinal !== undefined && indent > list.letterIndent;
      context.shallowerThanRomans = open && list.wasRoman && indent < list.romanIndent;
      // Made in one piece, with one shape for every label; its key is kept once like the label's text.
      const info = describeLabel(labelText, labelKind, context, labelStart, labelEnd) as Mutable<Label>;
      info.key = this.strings.share(info.key);
      label = info;
      if (info.level === 1) this.closeLists();
      else if (info.sequence === 'letter') {
        list.letterOrdinal = info.ordinal;
        list.wasRoman = false;
        list.letterIndent = indent;
        list.romanIndent = indent;
        list.active = true;
      } else if (info.sequence === 'roman') {
        // A roman list keeps the letter it stands under, if its list was open.
        list.letterOrdinal = open ? list.letterOrdinal : undefined;
        list.wasRoman = true;
        list.letterIndent = open ? list.letterIndent : indent;
        list.romanIndent = indent;
        list.active = true;
      }
      // The enclosing paragraph is the nearest open one of a lower level.
      while (this.labelStack.length > 0 && this.paragraphs.labelLevel(this.labelStack[this.labelStack.length - 1]) >= info.level) this.labelStack.pop();
      parent = this.labelStack.length > 0 ? this.labelStack[this.labelStack.length - 1] : -1;
      this.labelStack.push(this.paragraphs.length);
    }
    // A paragraph made only of comments is not a paragraph of the text (it must not split an option set, say).
    if (!label && this.onlyComments(from, to)) return -1;
    return this.paragraphs.add(blockStart, contentEnd, blockIndex, label, section, parent);
  }

  private closeLists(): void {
    for (const list of this.listContexts) list.active = false;
  }

  /** True when the tokens `[from, to)` are only comments, spaces and line breaks. */
  private onlyComments(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const code = this.kinds[k];
      if (code === Tok.CommentOpen || code === Tok.CommentText || code === Tok.CommentClose || code === Tok.Whitespace || code === Tok.Newline) continue;
      if (code === Tok.Text && this.isBlank(k)) continue;
      return false;
    }
    return true;
  }

  private readToken(code: Tok, start: number, end: number, block: number, openerEdge: boolean, closerEdge: boolean): void {
    switch (code) {
      case Tok.BracketOpen:
      case Tok.BracketClose:
        this.events.add(code === Tok.BracketOpen, start, end, block, code === Tok.BracketOpen ? openerEdge : closerEdge, this.currentBlockIsMain);
        return;
      case Tok.FootnoteRef:
        this.footnoteReferences.push({ start, end, label: this.text.slice(start + 2, end - 1), labelRange: { start: start + 2, end: end - 1 } });
        return;
      case Tok.Escape:
        this.escapes.push({ start, end });
        break;
      case Tok.Slash: {
        const before = this.text.charCodeAt(start - 1);
        if (before !== 93 && before !== 125) this.spacedSlashes.push(start);
        break;
      }
    }
    if (PROSE_KINDS[code] === 1) {
      this.prose.add(start, end, code !== Tok.Newline && code !== Tok.Whitespace);
    }
  }

  /** Reads the annotation whose tokens are `[open, close)`. */
  private readAnnotation(open: number, close: number, afterCloser: boolean, headOf: Blk | undefined, owner: number): void {
    const { kinds, starts } = this;
    const start = starts[open];
    const end = starts[close];
    const hasText = open + 1 < close && kinds[open + 1] === Tok.AnnotationText;
    const closed = kinds[close - 1] === Tok.BraceClose;
    // The content (see `contentOf`) runs from after `{` to its `}`; an unclosed annotation is only its `{`.
    const contentStart = starts[open + 1];
    const clauses = this.clauses;
    const firstClause = clauses.length;
    const firstItem = clauses.itemCount;
    readClauses(this.text, contentStart, hasText ? starts[open + 2] : contentStart, clauses, this.options.delegations, this.strings);
    const clauseEnd = clauses.length;
    const index = this.annotationCount;
    let kind: Annotation['kind'] = 'placeholder';
    let target = -1;
    let misplaced = false;
    if (afterCloser && closed) {
      kind = 'attribution';
      this.candidateAnnotations.push(index);
      this.candidateCloserEvents.push(this.events.length - 1);
    } else if (headOf !== undefined && closed && (headOf === Blk.Paragraph && owner >= 0 && !this.paragraphs.hasLabel(owner) ? looksLikeMisplacedAttribution(clauses, firstClause, clauseEnd) : looksLikeAnnotation(clauses, firstClause, clauseEnd))) {
      kind = headOf === Blk.FootnoteDefinition ? 'footnote' : 'paragraph';
      target = owner;
      if (kind === 'footnote') this.footnoteDefinitions[owner].annotation = index;
      else this.paragraphs.setAnnotation(owner, index, statusOf(clauses, firstClause, clauseEnd));
    }
    if (kind === 'placeholder' && closed) misplaced = looksLikeMisplacedAttribution(clauses, firstClause, clauseEnd);
    // A placeholder keeps no clauses: they were read only to tell what the braces hold.
    if (kind === 'placeholder') clauses.truncate(firstClause, firstItem);
    this.annotations[this.annotationCount++] = { start, end, kind, closed, firstClause, clauseEnd: clauses.length, target, misplaced };
  }

  /** The first token not part of the block's leading edge (indentation, label, openers, head annotation, comments). */
  private leadingEdgeEnd(from: number, to: number, headAnnotation: number): number {
    const kinds = this.kinds;
    for (let k = from; k < to; k++) {
      const code = kinds[k];
      if (code === Tok.BraceOpen || code === Tok.CommentOpen) {
        if (k !== headAnnotation && code !== Tok.CommentOpen) return k;
        k = delimitedEnd(this.tree.tokens, k, to) - 1;
      } else if (LEADING_KINDS[code] !== 1 && !(code === Tok.Text && this.isBlank(k))) return k;
    }
    return to;
  }

  /** The last token not part of the block's trailing edge (closers, attributions, comments, punctuation), or -1. */
  private trailingEdgeStart(from: number, to: number): number {
    const kinds = this.kinds;
    for (let k = to - 1; k >= from; k--) {
      const code = kinds[k];
      if (DELIMITED_KINDS[code] === 1) continue; // attributions and comments may follow the closer
      if (TRAILING_KINDS[code] !== 1 && !(code === Tok.Text && this.isTrailingPunctuation(k))) return k;
    }
    return -1;
  }

  /** Only spaces and closing punctuation: `.`, `;`, quotes after a closing bracket keep it at the paragraph's edge. */
  private isTrailingPunctuation(token: number): boolean {
    const end = this.starts[token + 1];
    for (let i = this.starts[token]; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= TRAILING_PUNCTUATION.length || TRAILING_PUNCTUATION[c] === 0) return false;
    }
    return true;
  }

  private isBlank(token: number): boolean {
    const end = this.starts[token + 1];
    for (let i = this.starts[token]; i < end; i++) {
      if (!isSpaceOrTab(this.text.charCodeAt(i))) return false;
    }
    return true;
  }

  private buildBrackets(): { list: Array<Mutable<Bracket>>; strays: Range[] } {
    const events = this.events;
    const pairing = pairBrackets(events);
    const bracketOfEvent = new Int32Array(events.length).fill(-1);
    // One bracket per opener: the list is made at its length (grown by `push`, it was copied a dozen times over on a
    // large text, 0.8 MB of garbage at 10 MB).
    let openers = 0;
    for (let i = 0; i < events.length; i++) if (events.isOpen(i)) openers++;
    const list: Array<Mutable<Bracket>> = new Array(openers);
    let count = 0;
    // An unclosed bracket encloses nothing beyond its own block: its children elsewhere go to the nearest closed ancestor.
    const closedAncestor = new Int32Array(events.length).fill(-1);
    for (let i = 0; i < events.length; i++) {
      if (!events.isOpen(i)) continue;
      const block = events.block(i);
      const plainParent = pairing.parentOf[i];
      if (plainParent >= 0) closedAncestor[i] = pairing.closerOf[plainParent] >= 0 ? plainParent : closedAncestor[plainParent];
      const keepsPlainParent = plainParent >= 0 && (pairing.closerOf[plainParent] >= 0 || events.block(plainParent) === block);
      const parentEvent = keepsPlainParent ? plainParent : plainParent >= 0 ? closedAncestor[plainParent] : -1;
      const parent = parentEvent >= 0 ? bracketOfEvent[parentEvent] : -1;
      const closer = pairing.closerOf[i];
      const closed = closer >= 0;
      const expectedCloseAt = closed ? undefined : this.blocks.contentEnd(block);
      bracketOfEvent[i] = count;
      if (closer >= 0) bracketOfEvent[closer] = count;
      list[count++] = {
        start: events.start(i),
        end: closed ? events.end(closer) : Math.max(expectedCloseAt!, events.end(i)),
        closed,
        expectedCloseAt,
        depth: parent >= 0 ? list[parent].depth + 1 : 1,
        parent,
        block,
        attribution: undefined,
        alternativeSet: -1,
        innerAlternatives: NO_ITEMS,
      };
    }
    for (let c = 0; c < this.candidateAnnotations.length; c++) {
      const bracket = bracketOfEvent[this.candidateCloserEvents[c]];
      if (bracket < 0) continue;
      const annotation = this.candidateAnnotations[c];
      list[bracket].attribution = annotation;
      this.annotations[annotation].target = bracket;
    }
    const strays = pairing.strays.map((i) => ({ start: events.start(i), end: events.end(i) }));
    return { list, strays };
  }

  /** `[a][b]`, `[a] [b]`, `[a]/[b]`, `[a]{US} / [b]{EU}`: siblings with only spaces or one `/` between them. */
  private groupAlternatives(brackets: Array<Mutable<Bracket>>): { alternativeSets: AlternativeSet[]; danglingSlashes: Range[] } {
    const text = this.text;
    const next = new Int32Array(brackets.length).fill(-1);
    const hasPrevious = new Uint8Array(brackets.length);
    // How loosely each bracket is linked to the next: 0 `][`, 1 `]/[` or `] / [`, 2 `] [`.
    const linkLooseness = new Uint8Array(brackets.length);
    const danglingSlashes: Range[] = [];
    for (let index = 0; index < brackets.length; index++) {
      const bracket = brackets[index];
      if (!bracket.closed) continue;
      let p = bracket.attribution !== undefined ? this.annotations[bracket.attribution].end : bracket.end;
      while (text[p] === ' ' || text[p] === '\t') p++;
      let slashAt = -1;
      if (text[p] === '/') {
        slashAt = p++;
        while (text[p] === ' ' || text[p] === '\t') p++;
      }
      // Brackets are in opener order: the one opening at `p`, if any, is found by a binary search (no map of offsets).
      const candidate = text.charCodeAt(p) === 91 ? firstBracketFrom(brackets, p) : -1;
      const following = candidate >= 0 && candidate < brackets.length && brackets[candidate].start === p ? candidate : undefined;
      if (following !== undefined && brackets[following].closed && brackets[following].parent === bracket.parent) {
        next[index] = following;
        hasPrevious[following] = 1;
        const closeEnd = bracket.attribution !== undefined ? this.annotations[bracket.attribution].end : bracket.end;
        linkLooseness[index] = slashAt >= 0 ? 1 : p === closeEnd ? 0 : 2;
      } else if (slashAt >= 0) {
        danglingSlashes.push({ start: slashAt, end: slashAt + 1 });
      }
    }
    const sets: AlternativeSet[] = [];
    // The `count` brackets linked from `first` make one set, when there are two or more; its list made at its length.
    const addSet = (first: number, count: number) => {
      if (count < 2) return;
      const setIndex = sets.length;
      const members: number[] = new Array(count);
      for (let k = 0, m = first; k < count; k++, m = next[m]) {
        members[k] = m;
        brackets[m].alternativeSet = setIndex;
      }
      const lastMember = brackets[members[count - 1]];
      const end = lastMember.attribution !== undefined ? this.annotations[lastMember.attribution].end : lastMember.end;
      sets.push({ start: brackets[first].start, end, members });
    };
    for (let index = 0; index < brackets.length; index++) {
      if (hasPrevious[index] || next[index] < 0) continue;
      // Where a chain mixes separators, the looser one separates sets: `[Urges][Invites] [developed][all]` is two choices.
      let tightest = 2;
      for (let m = index; next[m] >= 0; m = next[m]) tightest = Math.min(tightest, linkLooseness[m]);
      let first = index;
      let count = 1;
      for (let m = index; ; m = next[m]) {
        const following = next[m];
        if (following < 0) break;
        if (linkLooseness[m] > tightest) {
          addSet(first, count);
          first = following;
          count = 1;
        } else count++;
      }
      addSet(first, count);
    }
    return { alternativeSets: sets, danglingSlashes };
  }

  /** ` / ` inside a bracket, at its own depth, splits it into alternatives: `[changing unsustainable / promoting sustainable]`. */
  private assignInnerAlternatives(brackets: Array<Mutable<Bracket>>): void {
    const slashes = this.spacedSlashes;
    if (slashes.length === 0) return;
    // Each bracket's separators as a chain through the slashes (first and last per bracket, next per slash), in
    // document order: no list or map entry per bracket, and each list of parts made once at its length.
    const firstSlash = new Int32Array(brackets.length).fill(-1);
    const lastSlash = new Int32Array(brackets.length).fill(-1);
    const separatorCount = new Int32Array(brackets.length);
    const nextSlash = new Int32Array(slashes.length).fill(-1);
    const stack: number[] = [];
    let b = 0;
    for (let s = 0; s < slashes.length; s++) {
      const slash = slashes[s];
      while (b < brackets.length && brackets[b].start < slash) {
        while (stack.length > 0 && brackets[stack[stack.length - 1]].end <= brackets[b].start) stack.pop();
        stack.push(b++);
      }
      while (stack.length > 0 && brackets[stack[stack.length - 1]].end <= slash) stack.pop();
      if (stack.length === 0) continue;
      const owner = stack[stack.length - 1];
      if (!brackets[owner].closed) continue;
      if (firstSlash[owner] < 0) firstSlash[owner] = s;
      else nextSlash[lastSlash[owner]] = s;
      lastSlash[owner] = s;
      separatorCount[owner]++;
    }
    for (let owner = 0; owner < brackets.length; owner++) {
      if (firstSlash[owner] < 0) continue;
      const bracket = brackets[owner];
      const parts: Range[] = new Array(separatorCount[owner] + 1);
      let from = bracket.start + 1;
      let k = 0;
      for (let s = firstSlash[owner]; s >= 0; s = nextSlash[s]) {
        parts[k++] = { start: from, end: slashes[s] };
        from = slashes[s] + 1;
      }
      parts[k] = { start: from, end: bracket.end - 1 };
      bracket.innerAlternatives = parts;
    }
  }
}

/** Closing punctuation and spaces, by character code (`’` and `”` included). */
const TRAILING_PUNCTUATION = new Uint8Array(0x201e);
for (const c of ' \t\r\n.,;:!?"\'’”)') TRAILING_PUNCTUATION[c.charCodeAt(0)] = 1;

/** The status the first status clause of `from` to `to` gives, if any. */
function statusOf(clauses: ReadonlyClauseTable, from: number, to: number): ParagraphStatus | undefined {
  for (let c = from; c < to; c++) if (clauses.role(c) === 'status') return clauses.status(c);
  return undefined;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** Made once: a regular expression literal is a new object each time it is evaluated, and this runs for every label. */
const OPTION_START = /^(?:option|alt|alternative)\b/i;

/** The lexer only tells that a label is there; its form is re-read here from its text. */
function kindOfLabel(labelText: string): Parameters<typeof describeLabel>[1] {
  const first = labelText.charCodeAt(0) | 32; // lower case for letters
  // Options start with `o` or `a`: other labels skip the regular expression.
  if ((first === 111 || first === 97) && OPTION_START.test(labelText)) return 'option';
  const second = labelText.charCodeAt(1) | 32;
  if (first === 112 && second === 112) return 'preambular'; // pp
  if (first === 111 && second === 112) return 'operative'; // op
  const code = labelText.charCodeAt(0);
  if (code >= 48 && code <= 57) return 'number';
  if (labelText.startsWith('(')) return 'parenthesised';
  if (labelText.endsWith(')')) return 'closingParen';
  return 'dotted';
}
