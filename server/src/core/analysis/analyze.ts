// The analysis walk: one pass over the tree's blocks builds the document model, then brackets are paired and grouped.

import { parse } from '../syntax/parser';
import { describeLabel } from '../syntax/labels';
import type { Token } from '../syntax/tokens';
import { isNode, type SyntaxElement, type SyntaxNode, type SyntaxTree } from '../syntax/tree';
import { looksLikeAnnotation, looksLikeMisplacedAttribution, parseClauses } from './clauses';
import { frontMatterOf } from './frontMatter';
import type {
  AlternativeSet,
  Annotation,
  Block,
  Bracket,
  DocumentModel,
  FootnoteDefinition,
  FootnoteReference,
  FrontMatter,
  Heading,
  Label,
  Mutable,
  Paragraph,
  Range,
} from './model';
import { groupOptionSets } from './optionSets';
import { builtinRegistry } from '../delegations/builtinRegistry';
import type { AnalysisOptions } from './options';
import { pairBrackets, type BracketEvent } from './pairBrackets';

/** Analyses a text (or an already parsed tree) into its document model; never throws. */
export function analyze(input: string | SyntaxTree, options: AnalysisOptions = {}): DocumentModel {
  const tree = typeof input === 'string' ? parse(input) : input;
  // Without a registry of its own, a document is read against the built-in one, so that `{Iran, Cuba}` after a
  // label is an annotation whoever calls.
  return new Walker(tree, { ...options, delegations: options.delegations ?? builtinRegistry() }).run();
}

/** Tokens that may stand before a block-edge opener: `[[ 3bis.` or `OP4. {ad ref} [text`. */
const LEADING_KINDS = new Set(['whitespace', 'label', 'bracketOpen', 'headingMarker', 'footnoteDefMarker']);
/** Tokens that may stand after a block-edge closer: `...]]{US}.[^2]`. */
const TRAILING_KINDS = new Set(['whitespace', 'newline', 'bracketClose', 'footnoteRef']);

interface AttributionCandidate {
  readonly annotation: number;
  readonly closerStart: number;
}

class Walker {
  private readonly text: string;
  private frontMatter?: FrontMatter;
  private readonly blocks: Block[] = [];
  private readonly headings: Heading[] = [];
  private readonly paragraphs: Array<Mutable<Paragraph>> = [];
  private readonly annotations: Array<Mutable<Annotation>> = [];
  private readonly footnoteReferences: FootnoteReference[] = [];
  private readonly footnoteDefinitions: Array<Mutable<FootnoteDefinition>> = [];
  private readonly comments: Range[] = [];
  private readonly escapes: Range[] = [];
  private readonly prose: Array<{ start: number; end: number }> = [];
  private readonly events: BracketEvent[] = [];
  private readonly eventEnds: number[] = [];
  private readonly attributionCandidates: AttributionCandidate[] = [];
  private readonly spacedSlashes: Range[] = [];
  private currentBlockIsMain = false;
  // Label context: the labelled paragraphs open at each level, and the last letter seen (to read `(i)` after `(h)`).
  private labelStack: number[] = [];
  private readonly listContexts = new Map<string, { letterOrdinal?: number; wasRoman: boolean; letterIndent: number; romanIndent: number }>();

  constructor(
    private readonly tree: SyntaxTree,
    private readonly options: AnalysisOptions,
  ) {
    this.text = tree.text;
  }

  run(): DocumentModel {
    for (const child of this.tree.root.children) {
      if (!isNode(child)) continue;
      if (child.kind === 'frontMatter') this.frontMatter = frontMatterOf(this.tree);
      else if (child.kind === 'heading' || child.kind === 'paragraph' || child.kind === 'footnoteDefinition') this.readBlock(child);
    }
    const brackets = this.buildBrackets();
    const { alternativeSets, danglingSlashes } = this.groupAlternatives(brackets.list);
    this.assignInnerAlternatives(brackets.list);
    const optionSets = groupOptionSets(this.text, this.paragraphs, this.blocks);
    const language = this.frontMatter?.language ?? 'en';
    const terms = this.options.terms ? this.options.terms.match(this.text, this.prose.map((r) => [r.start, r.end] as const)) : [];
    return {
      text: this.text,
      syntaxProblems: this.tree.problems,
      frontMatter: this.frontMatter,
      language,
      blocks: this.blocks,
      headings: this.headings,
      paragraphs: this.paragraphs,
      brackets: brackets.list,
      strayClosers: brackets.strays,
      danglingSlashes,
      alternativeSets,
      optionSets,
      annotations: this.annotations,
      footnoteReferences: this.footnoteReferences,
      footnoteDefinitions: this.footnoteDefinitions,
      comments: this.comments,
      escapes: this.escapes,
      prose: this.prose,
      terms,
    };
  }

  private readBlock(node: SyntaxNode): void {
    const blockIndex = this.blocks.length;
    const children = node.children;
    let contentEnd = node.end;
    const last = children[children.length - 1];
    if (!isNode(last) && last.kind === 'newline') contentEnd = last.start;
    this.blocks.push({ kind: node.kind as Block['kind'], start: node.start, end: node.end, contentEnd });

    // The annotation that stands right after a label or footnote marker (only whitespace between).
    let headAnnotation: SyntaxNode | undefined;
    let labelToken: Token | undefined;
    let markerToken: Token | undefined;
    for (const child of children) {
      if (isNode(child)) {
        // A paragraph's annotation stands after its label, or first in an unlabelled paragraph (`{agreed} Text`).
        if (child.kind === 'annotation' && (labelToken || markerToken || node.kind === 'paragraph')) headAnnotation = child;
        if (child.kind !== 'comment') break;
      } else if (child.kind === 'label') labelToken = child;
      else if (child.kind === 'footnoteDefMarker') markerToken = child;
      else if (!(child.kind === 'whitespace' || child.kind === 'bracketOpen' || (child.kind === 'text' && isBlank(this.text, child)))) break;
    }

    // Openers before `leadingEnd` and closers after `trailingStart` stand at the block's edges.
    const leadingEnd = this.leadingEdgeEnd(children, headAnnotation);
    const trailingStart = this.trailingEdgeStart(children);
    const ownerIndex = this.readBlockOwner(node, blockIndex, labelToken, markerToken, contentEnd);
    this.currentBlockIsMain = node.kind === 'heading' || (node.kind === 'paragraph' && ownerIndex >= 0 && this.paragraphs[ownerIndex].label?.level === 1);

    let previous: SyntaxElement | undefined;
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (isNode(child)) {
        if (child.kind === 'comment') this.comments.push({ start: child.start, end: child.end });
        else this.readAnnotation(child, previous, child === headAnnotation ? node.kind : undefined, ownerIndex);
      } else {
        this.readToken(child, blockIndex, k < leadingEnd, k > trailingStart);
      }
      previous = child;
    }
  }

  /** Creates the heading, paragraph or footnote definition for a block; returns its index in its own list. */
  private readBlockOwner(node: SyntaxNode, blockIndex: number, labelToken: Token | undefined, markerToken: Token | undefined, contentEnd: number): number {
    const text = this.text;
    if (node.kind === 'heading') {
      const marker = node.children.find((c) => !isNode(c) && c.kind === 'headingMarker')!;
      const level = marker.end - marker.start;
      let textStart = marker.end;
      while (textStart < contentEnd && /[ \t]/.test(text[textStart])) textStart++;
      let textEnd = contentEnd;
      while (textEnd > textStart && /[ \t#]/.test(text[textEnd - 1])) textEnd--;
      let parent = this.headings.length - 1;
      while (parent >= 0 && this.headings[parent].level >= level) parent = this.headings[parent].parent;
      this.headings.push({ start: node.start, end: contentEnd, level, text: text.slice(textStart, textEnd), textRange: { start: textStart, end: textEnd }, parent });
      this.labelStack = [];
      this.listContexts.clear();
      return this.headings.length - 1;
    }
    if (node.kind === 'footnoteDefinition' && markerToken) {
      const labelRange = { start: markerToken.start + 2, end: markerToken.end - 2 };
      this.footnoteDefinitions.push({
        start: node.start,
        end: contentEnd,
        label: text.slice(labelRange.start, labelRange.end),
        labelRange,
        marker: { start: markerToken.start, end: markerToken.end },
        body: { start: markerToken.end, end: contentEnd },
      });
      return this.footnoteDefinitions.length - 1;
    }
    const section = this.headings.length - 1;
    let label: Label | undefined;
    let parent = -1;
    if (labelToken) {
      const labelText = text.slice(labelToken.start, labelToken.end);
      const kind = kindOfLabel(labelText);
      // Sub-paragraph lists are told apart by style (`(a)`, `a)`, `a.`), each with its own letter/roman memory.
      const style = kind === 'parenthesised' ? '()' : kind === 'closingParen' ? ')' : '.';
      // Back to the line start by hand: `lastIndexOf('\n')` would scan to the top of a CR-only text for every label.
      let lineStart = labelToken.start;
      while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      const indent = labelToken.start - lineStart;
      const list = this.listContexts.get(style);
      const info = describeLabel(labelText, kind, {
        previousLetterOrdinal: list?.letterOrdinal,
        previousWasRoman: list?.wasRoman,
        deeperThanPrevious: list?.letterOrdinal !== undefined && indent > list.letterIndent,
        shallowerThanRomans: list?.wasRoman === true && indent < list.romanIndent,
      });
      // Spelt out rather than spread: one object shape for every label keeps this hot path fast.
      label = { sequence: info.sequence, level: info.level, ordinal: info.ordinal, suffix: info.suffix, key: info.key, text: labelText, start: labelToken.start, end: labelToken.end };
      if (info.level === 1) this.listContexts.clear();
      else if (info.sequence === 'letter') this.listContexts.set(style, { letterOrdinal: info.ordinal, wasRoman: false, letterIndent: indent, romanIndent: indent });
      else if (info.sequence === 'roman') this.listContexts.set(style, { letterOrdinal: list?.letterOrdinal, wasRoman: true, letterIndent: list?.letterIndent ?? indent, romanIndent: indent });
      // The enclosing paragraph is the nearest open one of a lower level.
      while (this.labelStack.length > 0 && this.paragraphs[this.labelStack[this.labelStack.length - 1]].label!.level >= info.level) this.labelStack.pop();
      parent = this.labelStack.length > 0 ? this.labelStack[this.labelStack.length - 1] : -1;
      this.labelStack.push(this.paragraphs.length);
    }
    // A paragraph made only of comments is not a paragraph of the text (it must not split an option set, say).
    if (!label && node.children.every((c) => (isNode(c) ? c.kind === 'comment' : c.kind === 'whitespace' || c.kind === 'newline' || (c.kind === 'text' && isBlank(text, c))))) return -1;
    this.paragraphs.push({ start: node.start, end: contentEnd, block: blockIndex, label, section, parent, optionSet: -1 });
    return this.paragraphs.length - 1;
  }

  private readToken(token: Token, block: number, openerEdge: boolean, closerEdge: boolean): void {
    switch (token.kind) {
      case 'bracketOpen':
      case 'bracketClose':
        this.events.push({ kind: token.kind === 'bracketOpen' ? 'open' : 'close', start: token.start, block, edge: token.kind === 'bracketOpen' ? openerEdge : closerEdge, main: this.currentBlockIsMain });
        this.eventEnds.push(token.end);
        return;
      case 'footnoteRef':
        this.footnoteReferences.push({ start: token.start, end: token.end, label: this.text.slice(token.start + 2, token.end - 1), labelRange: { start: token.start + 2, end: token.end - 1 } });
        return;
      case 'escape':
        this.escapes.push({ start: token.start, end: token.end });
        break;
      case 'slash': {
        const before = this.text.charCodeAt(token.start - 1);
        if (before !== 93 && before !== 125) this.spacedSlashes.push({ start: token.start, end: token.end });
        break;
      }
    }
    if (token.kind === 'text' || token.kind === 'escape' || token.kind === 'slash' || token.kind === 'newline' || token.kind === 'whitespace') {
      const last = this.prose[this.prose.length - 1];
      if (last && last.end === token.start) last.end = token.end;
      else if (token.kind !== 'newline' && token.kind !== 'whitespace') this.prose.push({ start: token.start, end: token.end });
    }
  }

  private readAnnotation(node: SyntaxNode, previous: SyntaxElement | undefined, headOf: SyntaxNode['kind'] | undefined, owner: number): void {
    const open = node.children[0];
    const textToken = node.children.find((c) => !isNode(c) && c.kind === 'annotationText');
    const closed = node.children.some((c) => !isNode(c) && c.kind === 'braceClose');
    const content = textToken ? { start: textToken.start, end: textToken.end } : { start: open.end, end: open.end };
    const clauses = parseClauses(this.text.slice(content.start, content.end), content.start, this.options.delegations);
    const index = this.annotations.length;
    const afterCloser = previous !== undefined && !isNode(previous) && previous.kind === 'bracketClose' && previous.end === node.start;
    let kind: Annotation['kind'] = 'placeholder';
    let target = -1;
    let misplaced = false;
    if (afterCloser && closed) {
      kind = 'attribution';
      this.attributionCandidates.push({ annotation: index, closerStart: previous!.start });
    } else if (headOf && closed && (headOf === 'paragraph' && owner >= 0 && !this.paragraphs[owner].label ? looksLikeMisplacedAttribution(clauses) : looksLikeAnnotation(clauses))) {
      kind = headOf === 'footnoteDefinition' ? 'footnote' : 'paragraph';
      target = owner;
      if (kind === 'footnote') this.footnoteDefinitions[owner].annotation = index;
      else {
        this.paragraphs[owner].annotation = index;
        this.paragraphs[owner].status = clauses.find((c) => c.role === 'status')?.status;
      }
    }
    if (kind === 'placeholder' && closed) misplaced = looksLikeMisplacedAttribution(clauses);
    this.annotations.push({ start: node.start, end: node.end, kind, content, closed, clauses: kind === 'placeholder' ? [] : clauses, target, misplaced });
  }

  /** The index of the first child that is not part of the block's leading edge (indentation, label, openers, head annotation). */
  private leadingEdgeEnd(children: ReadonlyArray<SyntaxElement>, headAnnotation: SyntaxNode | undefined): number {
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (isNode(child)) {
        if (child !== headAnnotation && child.kind !== 'comment') return k;
      } else if (!LEADING_KINDS.has(child.kind) && !(child.kind === 'text' && isBlank(this.text, child))) return k;
    }
    return children.length;
  }

  /** The index of the last child that is not part of the block's trailing edge (closers, attributions, punctuation). */
  private trailingEdgeStart(children: ReadonlyArray<SyntaxElement>): number {
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k];
      if (isNode(child)) continue; // attributions and comments may follow the closer
      if (!TRAILING_KINDS.has(child.kind) && !(child.kind === 'text' && isTrailingPunctuation(this.text, child))) return k;
    }
    return -1;
  }

  private buildBrackets(): { list: Array<Mutable<Bracket>>; strays: Range[] } {
    const events = this.events;
    const pairing = pairBrackets(events);
    const bracketOfEvent = new Int32Array(events.length).fill(-1);
    const list: Array<Mutable<Bracket>> = [];
    // An unclosed bracket encloses nothing beyond its own block: its children elsewhere go to the nearest closed ancestor.
    const closedAncestor = new Int32Array(events.length).fill(-1);
    for (let i = 0; i < events.length; i++) {
      const event = events[i];
      if (event.kind !== 'open') continue;
      const plainParent = pairing.parentOf[i];
      if (plainParent >= 0) closedAncestor[i] = pairing.closerOf[plainParent] >= 0 ? plainParent : closedAncestor[plainParent];
      const keepsPlainParent = plainParent >= 0 && (pairing.closerOf[plainParent] >= 0 || events[plainParent].block === event.block);
      const parentEvent = keepsPlainParent ? plainParent : plainParent >= 0 ? closedAncestor[plainParent] : -1;
      const parent = parentEvent >= 0 ? bracketOfEvent[parentEvent] : -1;
      const closer = pairing.closerOf[i];
      const open = { start: event.start, end: this.eventEnds[i] };
      const close = closer >= 0 ? { start: events[closer].start, end: this.eventEnds[closer] } : undefined;
      const expectedCloseAt = close ? undefined : this.blocks[event.block].contentEnd;
      bracketOfEvent[i] = list.length;
      if (closer >= 0) bracketOfEvent[closer] = list.length;
      list.push({
        start: open.start,
        end: close ? close.end : Math.max(expectedCloseAt!, open.end),
        open,
        close,
        expectedCloseAt,
        depth: parent >= 0 ? list[parent].depth + 1 : 1,
        parent,
        block: event.block,
        alternativeSet: -1,
        innerAlternatives: [],
      });
    }
    const closerToBracket = new Map<number, number>();
    for (let i = 0; i < events.length; i++) if (events[i].kind === 'close' && bracketOfEvent[i] >= 0) closerToBracket.set(events[i].start, bracketOfEvent[i]);
    for (const candidate of this.attributionCandidates) {
      const bracket = closerToBracket.get(candidate.closerStart);
      if (bracket === undefined) continue;
      list[bracket].attribution = candidate.annotation;
      this.annotations[candidate.annotation].target = bracket;
    }
    const strays = pairing.strays.map((i) => ({ start: events[i].start, end: this.eventEnds[i] }));
    return { list, strays };
  }

  /** `[a][b]`, `[a] [b]`, `[a]/[b]`, `[a]{US} / [b]{EU}`: siblings with only spaces or one `/` between them. */
  private groupAlternatives(brackets: Array<Mutable<Bracket>>): { alternativeSets: AlternativeSet[]; danglingSlashes: Range[] } {
    const text = this.text;
    const openerAt = new Map<number, number>();
    brackets.forEach((b, index) => openerAt.set(b.open.start, index));
    const next = new Int32Array(brackets.length).fill(-1);
    const hasPrevious = new Uint8Array(brackets.length);
    // How loosely each bracket is linked to the next: 0 `][`, 1 `]/[` or `] / [`, 2 `] [`.
    const linkLooseness = new Uint8Array(brackets.length);
    const danglingSlashes: Range[] = [];
    for (let index = 0; index < brackets.length; index++) {
      const bracket = brackets[index];
      if (!bracket.close) continue;
      let p = bracket.attribution !== undefined ? this.annotations[bracket.attribution].end : bracket.close.end;
      while (text[p] === ' ' || text[p] === '\t') p++;
      let slashAt = -1;
      if (text[p] === '/') {
        slashAt = p++;
        while (text[p] === ' ' || text[p] === '\t') p++;
      }
      const following = text[p] === '[' ? openerAt.get(p) : undefined;
      if (following !== undefined && brackets[following].close && brackets[following].parent === bracket.parent) {
        next[index] = following;
        hasPrevious[following] = 1;
        const closeEnd = bracket.attribution !== undefined ? this.annotations[bracket.attribution].end : bracket.close.end;
        linkLooseness[index] = slashAt >= 0 ? 1 : p === closeEnd ? 0 : 2;
      } else if (slashAt >= 0) {
        danglingSlashes.push({ start: slashAt, end: slashAt + 1 });
      }
    }
    const sets: AlternativeSet[] = [];
    const addSet = (members: number[]) => {
      if (members.length < 2) return;
      const setIndex = sets.length;
      for (const m of members) brackets[m].alternativeSet = setIndex;
      const lastMember = brackets[members[members.length - 1]];
      const end = lastMember.attribution !== undefined ? this.annotations[lastMember.attribution].end : lastMember.end;
      sets.push({ start: brackets[members[0]].start, end, members });
    };
    for (let index = 0; index < brackets.length; index++) {
      if (hasPrevious[index] || next[index] < 0) continue;
      const chain: number[] = [];
      for (let m = index; m >= 0; m = next[m]) chain.push(m);
      // Where a chain mixes separators, the looser one separates sets: `[Urges][Invites] [developed][all]` is two choices.
      let tightest = 2;
      for (let k = 0; k + 1 < chain.length; k++) tightest = Math.min(tightest, linkLooseness[chain[k]]);
      let members = [chain[0]];
      for (let k = 1; k < chain.length; k++) {
        if (linkLooseness[chain[k - 1]] > tightest) {
          addSet(members);
          members = [];
        }
        members.push(chain[k]);
      }
      addSet(members);
    }
    return { alternativeSets: sets, danglingSlashes };
  }

  /** ` / ` inside a bracket, at its own depth, splits it into alternatives: `[changing unsustainable / promoting sustainable]`. */
  private assignInnerAlternatives(brackets: Array<Mutable<Bracket>>): void {
    if (this.spacedSlashes.length === 0) return;
    const separators = new Map<number, number[]>();
    const stack: number[] = [];
    let b = 0;
    for (const slash of this.spacedSlashes) {
      while (b < brackets.length && brackets[b].open.start < slash.start) {
        while (stack.length > 0 && brackets[stack[stack.length - 1]].end <= brackets[b].open.start) stack.pop();
        stack.push(b++);
      }
      while (stack.length > 0 && brackets[stack[stack.length - 1]].end <= slash.start) stack.pop();
      if (stack.length === 0) continue;
      const owner = stack[stack.length - 1];
      if (!brackets[owner].close) continue;
      const list = separators.get(owner) ?? [];
      list.push(slash.start);
      separators.set(owner, list);
    }
    for (const [owner, offsets] of separators) {
      const bracket = brackets[owner];
      const parts: Range[] = [];
      let from = bracket.open.end;
      for (const offset of offsets) {
        parts.push({ start: from, end: offset });
        from = offset + 1;
      }
      parts.push({ start: from, end: bracket.close!.start });
      bracket.innerAlternatives = parts;
    }
  }
}

/** Only spaces and closing punctuation: `.`, `;`, quotes after a closing bracket keep it at the paragraph's edge. */
function isTrailingPunctuation(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) {
    if (!TRAILING_PUNCTUATION.has(text.charCodeAt(i))) return false;
  }
  return true;
}

const TRAILING_PUNCTUATION = new Set([...' \t\r\n.,;:!?"\'’”)'].map((c) => c.charCodeAt(0)));

function isBlank(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The lexer only tells that a label is there; its form is re-read here from its text. */
function kindOfLabel(labelText: string): Parameters<typeof describeLabel>[1] {
  if (/^(option|alt|alternative)\b/i.test(labelText)) return 'option';
  if (/^pp/i.test(labelText)) return 'preambular';
  if (/^op/i.test(labelText)) return 'operative';
  if (/^\d/.test(labelText)) return 'number';
  if (labelText.startsWith('(')) return 'parenthesised';
  if (labelText.endsWith(')')) return 'closingParen';
  return 'dotted';
}
