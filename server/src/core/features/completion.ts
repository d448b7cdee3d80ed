// Completion items as data: delegations, roles and status keywords in annotations, footnote labels after `[^`, lexicon terms in prose.

import { ROLES, STATUS_KEYWORDS } from '../analysis/clauses';
import type { DocumentModel, Range } from '../analysis/model';
import { withinOrAtEnd } from '../analysis/queries';
import { bestTermItems } from './bestTermItems';
import { excerpt } from './messages';

/** A delegation as completion needs it (the registry's `Delegation` has these fields). */
export interface CompletionDelegation {
  readonly code: string;
  readonly name: string;
  /** Canonical codes of the groups it belongs to. */
  readonly groups: ReadonlyArray<string>;
  readonly aliases?: ReadonlyArray<string>;
}

/** A lexicon entry as completion needs it (the lexicon's `LexiconEntry` has these fields). */
export interface CompletionTerm {
  readonly term: string;
  readonly status: string;
  readonly abbreviation?: string;
  readonly definition?: string;
  readonly source?: string;
  readonly translations?: Readonly<Partial<Record<string, string | ReadonlyArray<string>>>>;
}

/** What completion can offer besides the document itself. */
export interface CompletionSources {
  readonly delegations?: ReadonlyArray<CompletionDelegation>;
  readonly terms?: ReadonlyArray<CompletionTerm>;
}

/** One completion item; `replace` is the range the insert text replaces (on the cursor's line, holding the cursor). */
export interface CompletionData {
  readonly label: string;
  readonly kind: 'delegation' | 'role' | 'status' | 'footnote' | 'term';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  readonly replace: Range;
  readonly filterText?: string;
  readonly sortText?: string;
}

/** Characters after which an editor should ask for completion without a word typed. */
export const COMPLETION_TRIGGERS = ['{', ',', ';', ':', '^'];

/** How far back the annotation scan looks for its `{`: an annotation is short, and the scan must stay cheap. */
const ANNOTATION_LOOKBACK = 400;
const FOOTNOTE_LABEL_MAX = 64;

/**
 * The completions at `offset` as a list to send: a word begun in prose with more lexicon terms than
 * `TERM_ITEM_LIMIT` gets the best of them for the letters typed, and `incomplete` says more would come as the word
 * goes on (see `bestTermItems`).
 */
export function completionListAt(model: DocumentModel, offset: number, sources: CompletionSources = {}): { items: CompletionData[]; incomplete: boolean } {
  const { text } = model;
  if (model.frontMatter && offset > model.frontMatter.start && offset < model.frontMatter.end) return { items: [], incomplete: false };
  if (model.comments.some((c) => c.start < offset && offset < c.end)) return { items: [], incomplete: false };
  const footnote = footnoteContext(text, offset);
  if (footnote) return { items: footnoteCompletions(model, footnote), incomplete: false };
  const annotation = annotationContext(text, offset);
  if (annotation) return { items: annotationCompletions(annotation, sources.delegations ?? []), incomplete: false };
  if (inProse(model, offset)) return termCompletions(model, offset, sources.terms ?? []);
  return { items: [], incomplete: false };
}

/** The completions at `offset`: the items of `completionListAt`. */
export function completionsAt(model: DocumentModel, offset: number, sources: CompletionSources = {}): CompletionData[] {
  return completionListAt(model, offset, sources).items;
}

interface FootnoteContext {
  /** The label typed so far, from after `[^` to the cursor. */
  readonly typed: Range;
  /** Where the label being typed ends (the cursor, or further when the cursor is inside a label). */
  readonly labelEnd: number;
  /** True when a `]` already follows the label. */
  readonly closed: boolean;
  /** True for `[^` at the start of a line: a definition is being written. */
  readonly definition: boolean;
}

function footnoteContext(text: string, offset: number): FootnoteContext | undefined {
  const isLabelChar = (c: string | undefined) => c !== undefined && !/[\s[\]^]/.test(c);
  let start = offset;
  while (start > 0 && offset - start <= FOOTNOTE_LABEL_MAX && isLabelChar(text[start - 1])) start--;
  if (text[start - 1] !== '^' || text[start - 2] !== '[') return undefined;
  let labelEnd = offset;
  while (labelEnd < text.length && isLabelChar(text[labelEnd])) labelEnd++;
  const open = start - 2;
  const lineStart = Math.max(text.lastIndexOf('\n', open - 1), text.lastIndexOf('\r', open - 1)) + 1;
  return { typed: { start, end: offset }, labelEnd, closed: text[labelEnd] === ']', definition: /^[ \t]*$/.test(text.slice(lineStart, open)) };
}

function footnoteCompletions(model: DocumentModel, context: FootnoteContext): CompletionData[] {
  const replace = { start: context.typed.start, end: context.labelEnd };
  const items: CompletionData[] = [];
  const seen = new Set<string>();
  if (context.definition) {
    // Writing `[^` at a line start defines a footnote: offer the labels that are referenced but not yet defined.
    const defined = new Set(model.footnoteDefinitions.map((d) => d.label));
    for (const reference of model.footnoteReferences) {
      if (defined.has(reference.label) || seen.has(reference.label) || overlaps(reference.labelRange, replace)) continue;
      seen.add(reference.label);
      items.push({ label: reference.label, kind: 'footnote', detail: 'Referenced, not yet defined', insertText: context.closed ? reference.label : `${reference.label}]: `, replace });
    }
    return items;
  }
  for (const definition of model.footnoteDefinitions) {
    if (seen.has(definition.label) || overlaps(definition.labelRange, replace)) continue;
    seen.add(definition.label);
    const body = model.text.slice(definition.body.start, definition.body.end);
    items.push({ label: definition.label, kind: 'footnote', detail: excerpt(body, 60), documentation: body.replace(/\s+/g, ' ').trim(), insertText: context.closed ? definition.label : `${definition.label}]`, replace });
  }
  return items;
}

interface AnnotationContext {
  /** The item being typed: from after the last `{`, `,`, `;` or `:` (and spaces) to the cursor. */
  readonly item: Range;
  readonly itemEnd: number;
  /** True when the clause so far has no `role:` and no earlier item: a role or status may start here. */
  readonly clauseStart: boolean;
  /** True when the annotation follows a label or footnote marker rather than a `]`: status keywords apply. */
  readonly head: boolean;
}

/**
 * Finds the annotation the cursor is typing in by looking back for its `{`. The text is scanned rather than the
 * model read because an annotation being typed is usually still unclosed, which the model treats as a placeholder.
 */
function annotationContext(text: string, offset: number): AnnotationContext | undefined {
  let open = -1;
  for (let p = offset - 1; p >= 0 && offset - p <= ANNOTATION_LOOKBACK; p--) {
    const c = text[p];
    if (c === '}' || c === '[' || c === ']' || (c === '\n' && /\n[ \t]*\r?$/.test(text.slice(Math.max(0, p - 200), p)))) return undefined;
    if (c === '{') {
      if (text[p - 1] === '\\') return undefined;
      open = p;
      break;
    }
  }
  if (open < 0) return undefined;
  const typed = text.slice(open + 1, offset);
  const clauseFrom = typed.lastIndexOf(';') + 1;
  const clause = typed.slice(clauseFrom);
  const colon = clause.indexOf(':');
  const comma = clause.lastIndexOf(',');
  let itemFrom = open + 1 + clauseFrom + Math.max(colon, comma) + 1;
  while (itemFrom < offset && /[ \t]/.test(text[itemFrom])) itemFrom++;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  itemFrom = Math.max(itemFrom, lineStart);
  let itemEnd = offset;
  while (itemEnd < text.length && !/[,;:{}[\]\r\n]/.test(text[itemEnd])) itemEnd++;
  while (itemEnd > offset && /[ \t]/.test(text[itemEnd - 1])) itemEnd--;
  const before = text[open - 1];
  return { item: { start: itemFrom, end: offset }, itemEnd, clauseStart: colon < 0 && comma < 0, head: before !== ']' };
}

function annotationCompletions(context: AnnotationContext, delegations: ReadonlyArray<CompletionDelegation>): CompletionData[] {
  const replace = { start: context.item.start, end: context.itemEnd };
  const items: CompletionData[] = [];
  if (context.clauseStart) {
    for (const role of ROLES) items.push({ label: `${role}:`, kind: 'role', detail: ROLE_DETAILS[role], insertText: `${role}: `, replace, filterText: role, sortText: `0${role}` });
    if (context.head) {
      for (const status of STATUS_KEYWORDS) items.push({ label: status, kind: 'status', detail: STATUS_DETAILS[status], insertText: status, replace, sortText: `1${status}` });
    }
  }
  for (const delegation of delegations) {
    const groups = delegation.groups.length > 0 ? ` · ${delegation.groups.join(', ')}` : '';
    items.push({ label: delegation.code, kind: 'delegation', detail: `${delegation.name}${groups}`, insertText: delegation.code, replace, filterText: delegation.code, sortText: `2${delegation.code}` });
    if (delegation.name !== delegation.code) {
      items.push({ label: delegation.name, kind: 'delegation', detail: `${delegation.code}${groups}`, insertText: delegation.name, replace, filterText: delegation.name, sortText: `3${delegation.name}` });
    }
  }
  return items;
}

const ROLE_DETAILS: Readonly<Record<string, string>> = {
  proposed: 'Delegations that proposed the text',
  supported: 'Delegations that support it',
  opposed: 'Delegations that oppose it',
  delete: 'Delegations that want it deleted',
  retain: 'Delegations that want it kept',
  reservation: 'Delegations with a reservation',
};

const STATUS_DETAILS: Readonly<Record<string, string>> = {
  agreed: 'The paragraph is agreed',
  'ad ref': 'Agreed ad referendum, pending capitals',
  pending: 'Still under negotiation',
};

/**
 * True when `offset` is in or right after a run of prose (not in a label, annotation, marker or front matter). Read
 * from the flat pairs: each new version's first completion made the 1 MB draft's 14,000 prose ranges into objects.
 */
function inProse(model: DocumentModel, offset: number): boolean {
  return model.prosePairs.length === 0 || withinOrAtEnd(model.prosePairs, offset);
}

function termCompletions(model: DocumentModel, offset: number, terms: ReadonlyArray<CompletionTerm>): { items: CompletionData[]; incomplete: boolean } {
  if (terms.length === 0) return { items: [], incomplete: false };
  const { text } = model;
  let start = offset;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1])) start--;
  // Without a word begun, every term would be offered at every space: only complete a word in progress.
  if (start === offset) return { items: [], incomplete: false };
  let end = offset;
  while (end < text.length && /[\p{L}\p{N}-]/u.test(text[end])) end++;
  const replace = { start, end };
  // Every term is a candidate; only those sent are described (a term base has tens of thousands).
  const candidates: CompletionData[] = [];
  const entries: CompletionTerm[] = [];
  for (const entry of terms) {
    if (entry.status === 'rejected') continue;
    const form = formIn(entry, model.language);
    if (form === undefined) continue;
    // Agreed terms sort first; an editor orders items that sort alike by their labels.
    const group = entry.status === 'agreed' ? '0' : '1';
    candidates.push({ label: form, kind: 'term', insertText: form, replace, sortText: group });
    entries.push(entry);
    if (entry.abbreviation && model.language === 'en') {
      candidates.push({ label: entry.abbreviation, kind: 'term', detail: form, insertText: entry.abbreviation, replace, sortText: group });
      entries.push(entry);
    }
  }
  const best = bestTermItems(candidates, text.slice(start, offset));
  return { items: best.indices.map((i) => described(candidates[i], entries[i])), incomplete: best.incomplete };
}

/** A term item with its detail (kept when it has one: an abbreviation's is its term) and its definition and source. */
function described(item: CompletionData, entry: CompletionTerm): CompletionData {
  const documentation = [entry.definition, entry.source ? `_Source: ${entry.source}_` : undefined].filter(Boolean).join('\n\n') || undefined;
  return { ...item, detail: item.detail ?? (entry.status === 'agreed' ? 'Agreed term' : `Term (${entry.status})`), documentation };
}

/** The form of a term to write in a document of `language`: the English term, else its first translation. */
function formIn(entry: CompletionTerm, language: string): string | undefined {
  const translated = entry.translations?.[language];
  if (language === 'en') return typeof translated === 'string' ? translated : translated?.[0] ?? entry.term;
  return typeof translated === 'string' ? translated : translated?.[0];
}

function overlaps(a: Range, b: Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}
