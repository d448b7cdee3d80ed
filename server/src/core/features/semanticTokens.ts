// Semantic tokens as offsets: what only the analysis knows about a document, for colouring where the grammar guesses.

import type { ReadonlyClauseTable } from '../analysis/clauseTable';
import type { Annotation, Bracket, DocumentModel, Range } from '../analysis/model';
import { contentOf, firstEndingAfter } from '../analysis/queries';

/**
 * Token types. The annotation types say what analysis decided a `{...}` is; the grammar guesses that from shape.
 * The order is the legend's: `lsp/` sends indexes into this list, and package.json declares the same names.
 */
export const SEMANTIC_TOKEN_TYPES = [
  'attribution',
  'paragraphAnnotation',
  'footnoteAnnotation',
  'placeholder',
  'role',
  'status',
  'delegation',
  'term',
  'bracket',
] as const;

/** Token modifiers, in the legend's order (bit `i` of the LSP modifier set is `SEMANTIC_TOKEN_MODIFIERS[i]`). */
export const SEMANTIC_TOKEN_MODIFIERS = [
  'depth1',
  'depth2',
  'depth3',
  'depth4',
  'depth5',
  'depth6',
  'unclosed',
  'stray',
  'misplaced',
  'unknown',
  'group',
  'deprecated',
  'contested',
  'rejected',
] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** One token: a half-open range of UTF-16 offsets, possibly over several lines (`lsp/` splits it per line). */
export interface SemanticTokenData extends Range {
  readonly type: SemanticTokenType;
  readonly modifiers: ReadonlyArray<SemanticTokenModifier>;
}

/** What the registry says about a delegation's canonical code; `DelegationRegistry` fits it. */
export interface DelegationKinds {
  get(code: string): { readonly kind: string } | undefined;
}

export interface SemanticTokenOptions {
  /** The registry the document was analysed with: delegations of kind `group` get the `group` modifier. */
  readonly delegations?: DelegationKinds;
  /**
   * Only the tokens that overlap this range (what an editor shows of a large draft), found without making the
   * others: a 10 MB draft has some 190,000 tokens, and an editor asks for the visible range at every edit.
   */
  readonly within?: Range;
}

/** Bracket depths cycle through six modifiers, as the grammar's six depth scopes do. */
const DEPTH_MODIFIERS: ReadonlyArray<SemanticTokenModifier> = ['depth1', 'depth2', 'depth3', 'depth4', 'depth5', 'depth6'];

// Modifier lists are shared between tokens (a large draft has hundreds of thousands of tokens, with few distinct lists).
type Modifiers = ReadonlyArray<SemanticTokenModifier>;
const NONE: Modifiers = Object.freeze([]);
const UNCLOSED: Modifiers = Object.freeze(['unclosed'] as const);
const MISPLACED: Modifiers = Object.freeze(['misplaced'] as const);
const UNKNOWN: Modifiers = Object.freeze(['unknown'] as const);
const GROUP: Modifiers = Object.freeze(['group'] as const);
const STRAY: Modifiers = Object.freeze(['stray'] as const);
const DEPTH: ReadonlyArray<Modifiers> = DEPTH_MODIFIERS.map((depth) => Object.freeze([depth]));
const DEPTH_UNCLOSED: ReadonlyArray<Modifiers> = DEPTH_MODIFIERS.map((depth) => Object.freeze([depth, 'unclosed' as const]));

/**
 * The semantic tokens of a document in document order, never overlapping: annotations by kind (braces, and the
 * text of placeholders and misplaced attributions), roles, status keywords and delegations inside annotations,
 * lexicon terms, and bracket delimiters with their depth. Linear in the size of the model: each source is already
 * in document order (the closers are put in order with a stack), and the sources are merged.
 */
export function computeSemanticTokens(model: DocumentModel, options: SemanticTokenOptions = {}): SemanticTokenData[] {
  const groupCache = new Map<string, boolean>();
  const isGroup = (code: string): boolean => {
    const registry = options.delegations;
    if (!registry) return false;
    let group = groupCache.get(code);
    if (group === undefined) groupCache.set(code, (group = registry.get(code)?.kind === 'group'));
    return group;
  };
  const within = options.within ?? { start: 0, end: Infinity };
  const streams = [annotationTokens(model, isGroup, within), termTokens(model, within), ...bracketTokens(model, within)];
  const tokens = withoutOverlaps(ensureOrdered(mergeByStart(streams)));
  // Each stream keeps what may overlap the range; the tokens themselves are held to it here.
  return options.within ? tokens.filter((token) => overlaps(token, within)) : tokens;
}

function overlaps(token: Range, range: Range): boolean {
  return overlapsSpan(token.start, token.end, range);
}

/** `overlaps` for a token given by its offsets (a bracket's delimiters, which are not kept as ranges). */
function overlapsSpan(start: number, end: number, range: Range): boolean {
  return end > range.start && start < range.end;
}

/** The tokens of the annotations that overlap `within` (annotations are in order and disjoint, as their tokens are). */
function annotationTokens(model: DocumentModel, isGroup: (code: string) => boolean, within: Range): SemanticTokenData[] {
  const tokens: SemanticTokenData[] = [];
  const annotations = model.annotations;
  for (let index = firstEndingAfter(annotations, within.start); index < annotations.length && annotations[index].start < within.end; index++) {
    const annotation = annotations[index];
    const type = annotationType(annotation);
    if (!annotation.closed) {
      // Where an unclosed annotation ends is a guess; only its `{` is certain.
      tokens.push({ start: annotation.start, end: annotation.start + 1, type, modifiers: UNCLOSED });
      continue;
    }
    if (annotation.kind === 'placeholder') {
      tokens.push({ start: annotation.start, end: annotation.end, type, modifiers: annotation.misplaced ? MISPLACED : NONE });
      continue;
    }
    const content = contentOf(annotation);
    tokens.push({ start: annotation.start, end: content.start, type, modifiers: NONE });
    for (let c = annotation.firstClause; c < annotation.clauseEnd; c++) clauseTokens(model.clauseTable, c, isGroup, tokens);
    tokens.push({ start: content.end, end: annotation.end, type, modifiers: NONE });
  }
  return tokens;
}

/** A misplaced attribution is analysed as a placeholder that reads like an attribution; it is coloured as an attribution. */
function annotationType(annotation: Annotation): SemanticTokenType {
  switch (annotation.kind) {
    case 'attribution':
      return 'attribution';
    case 'paragraph':
      return 'paragraphAnnotation';
    case 'footnote':
      return 'footnoteAnnotation';
    case 'placeholder':
      return annotation.closed && annotation.misplaced ? 'attribution' : 'placeholder';
  }
}

/** The role (before its items, or after them in `G77: retain`), the status keyword, and the delegations of a clause. */
function clauseTokens(clauses: ReadonlyClauseTable, clause: number, isGroup: (code: string) => boolean, tokens: SemanticTokenData[]): void {
  const role = clauses.role(clause);
  if (role === 'status') {
    tokens.push({ start: clauses.start(clause), end: clauses.end(clause), type: 'status', modifiers: NONE });
    return;
  }
  const roleStart = clauses.roleStart(clause);
  const roleToken: SemanticTokenData | undefined =
    roleStart >= 0 ? { start: roleStart, end: roleStart + (clauses.roleText(clause) ?? '').length, type: 'role', modifiers: role === 'unknown' ? UNKNOWN : NONE } : undefined;
  let rolePending = roleToken !== undefined;
  for (let i = clauses.firstItem(clause); i < clauses.itemsEnd(clause); i++) {
    const start = clauses.itemStart(i);
    if (rolePending && roleToken!.start < start) {
      tokens.push(roleToken!);
      rolePending = false;
    }
    const code = clauses.itemCode(i);
    const modifiers = code === undefined ? UNKNOWN : isGroup(code) ? GROUP : NONE;
    tokens.push({ start, end: clauses.itemEnd(i), type: 'delegation', modifiers });
  }
  if (rolePending) tokens.push(roleToken!);
}

/** Lexicon terms, with their status: `deprecated` for a form to avoid, `contested` and `rejected` from the entry. */
function termTokens(model: DocumentModel, within: Range): SemanticTokenData[] {
  const terms = model.terms;
  const tokens: SemanticTokenData[] = [];
  for (let i = terms.firstEndingAfter(within.start); i < terms.length && terms.start(i) < within.end; i++) {
    const modifiers: SemanticTokenModifier[] = [];
    if (terms.form(i) === 'deprecated') modifiers.push('deprecated');
    const status = terms.entry(i).status;
    if (status === 'contested') modifiers.push('contested');
    else if (status === 'rejected') modifiers.push('rejected');
    tokens.push({ start: terms.start(i), end: terms.end(i), type: 'term', modifiers: modifiers.length === 0 ? NONE : modifiers });
  }
  return tokens;
}

/** Three streams in document order: openers, closers, stray closers; of the delimiters that overlap `within`. */
function bracketTokens(model: DocumentModel, within: Range): SemanticTokenData[][] {
  const openers: SemanticTokenData[] = [];
  const closers: SemanticTokenData[] = [];
  const brackets = model.brackets;
  const cycleOf = (bracket: Bracket) => (bracket.depth - 1) % DEPTH_MODIFIERS.length;
  // Brackets come in opener order and pair like a stack, so a closer is emitted when the next opener (or the end)
  // lies beyond it: the stack's top always has the nearest closer. Every closed bracket goes through the stack, as
  // it orders the closers; only the delimiters that overlap the range become tokens.
  const stack: number[] = [];
  const popCloser = () => {
    const bracket = brackets[stack.pop()!];
    if (overlapsSpan(bracket.end - 1, bracket.end, within)) closers.push({ start: bracket.end - 1, end: bracket.end, type: 'bracket', modifiers: DEPTH[cycleOf(bracket)] });
  };
  for (let index = 0; index < brackets.length; index++) {
    const bracket = brackets[index];
    while (stack.length > 0 && brackets[stack[stack.length - 1]].end - 1 < bracket.start) popCloser();
    if (overlapsSpan(bracket.start, bracket.start + 1, within)) openers.push({ start: bracket.start, end: bracket.start + 1, type: 'bracket', modifiers: bracket.closed ? DEPTH[cycleOf(bracket)] : DEPTH_UNCLOSED[cycleOf(bracket)] });
    if (bracket.closed) stack.push(index);
  }
  while (stack.length > 0) popCloser();
  const strays = model.strayClosers.filter((range) => overlaps(range, within)).map((range): SemanticTokenData => ({ start: range.start, end: range.end, type: 'bracket', modifiers: STRAY }));
  return [openers, closers, strays];
}

/**
 * Merges lists sorted by start into one, a token of an earlier list first where two start together. In one pass into
 * one list: merged two at a time, the 27,000 tokens of a 1 MB draft made four lists of up to their number.
 */
function mergeByStart(streams: ReadonlyArray<SemanticTokenData[]>): SemanticTokenData[] {
  let total = 0;
  for (const stream of streams) total += stream.length;
  const merged: SemanticTokenData[] = new Array(total);
  const next = new Array<number>(streams.length).fill(0);
  for (let k = 0; k < total; k++) {
    let from = -1;
    let start = Infinity;
    for (let s = 0; s < streams.length; s++) {
      const stream = streams[s];
      if (next[s] < stream.length && stream[next[s]].start < start) {
        from = s;
        start = stream[next[s]].start;
      }
    }
    merged[k] = streams[from][next[from]++];
  }
  return merged;
}

/** The sources are in order by construction; should one ever not be, sorting keeps the result right. */
function ensureOrdered(tokens: SemanticTokenData[]): SemanticTokenData[] {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].start < tokens[i - 1].start) return tokens.sort((x, y) => x.start - y.start);
  return tokens;
}

/** Editors take no overlapping tokens; empty ones mean nothing. The first of two overlapping tokens is kept. */
function withoutOverlaps(tokens: SemanticTokenData[]): SemanticTokenData[] {
  const kept: SemanticTokenData[] = [];
  let end = -1;
  for (const token of tokens) {
    if (token.end <= token.start || token.start < end) continue;
    kept.push(token);
    end = token.end;
  }
  return kept;
}
