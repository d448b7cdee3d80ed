// Builds the positions report: per delegation, every bracket, alternative, option, paragraph and footnote it took a position on, and the paragraph × delegation matrix.

import type { Annotation, DocumentModel, Role } from '../analysis/model';
import { excerpt } from '../features/messages';
import { StringColumn } from '../text/stringColumn';
import { delegationRoles } from './delegationRoles';
import { Locator, trimLabel, type SourceLocation } from './locator';
import type { ReportInput } from './statusReport';
import { clausesOf, innerOf } from '../analysis/queries';

/** What an attribution or annotation is about. */
export type PositionItemKind = 'bracket' | 'alternative' | 'option' | 'paragraph' | 'footnote';

/** The roles in the order reports list them. */
export const ROLE_ORDER: ReadonlyArray<Role> = ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation'];

/** One thing delegations took positions on. */
export interface PositionItem {
  readonly kind: PositionItemKind;
  /** `alternative 2 of 3`, `Option 1 of 2`: where a member stands in its set. */
  readonly member?: string;
  /** The text it is about, shortened. */
  readonly excerpt: string;
  readonly location: SourceLocation;
  /** The paragraph it stands in (`OP3`, `2 (c)`), or `[^1]` for a footnote. */
  readonly paragraph: string;
  readonly section: string;
  /** Canonical codes per role. */
  readonly positions: Readonly<Record<Role, ReadonlyArray<string>>>;
}

/** Everything one delegation took a position on. */
export interface DelegationPositions {
  readonly code: string;
  /** The registry's name, when it knows the delegation. */
  readonly name?: string;
  readonly known: boolean;
  /** Indexes into `PositionsReport.items`, with the role, in document order. */
  readonly entries: ReadonlyArray<{ readonly item: number; readonly role: Role }>;
}

/** One row of the matrix: a paragraph, and the roles each delegation took in it. */
export interface MatrixRow {
  readonly file: string;
  readonly section: string;
  readonly paragraph: string;
  readonly location: SourceLocation;
  /** Delegation code to its roles in this paragraph, in `ROLE_ORDER`. */
  readonly cells: Readonly<Record<string, ReadonlyArray<Role>>>;
}

/** The positions report of one or more documents. */
export interface PositionsReport {
  readonly kind: 'positions';
  readonly files: ReadonlyArray<string>;
  readonly items: ReadonlyArray<PositionItem>;
  /** Sorted by code. */
  readonly delegations: ReadonlyArray<DelegationPositions>;
  readonly matrix: { readonly delegations: ReadonlyArray<string>; readonly rows: ReadonlyArray<MatrixRow> };
}

/** Looks up a delegation's name by code; the delegation registry fits. */
export interface DelegationNames {
  resolve(text: string): { readonly name: string } | undefined;
}

/**
 * Builds the positions report of the given documents, each read once and not kept; `names` gives delegation names
 * (the registry), else codes stand alone, and is asked only once every document has been read.
 */
export function buildPositionsReport(inputs: Iterable<ReportInput>, names?: DelegationNames): PositionsReport {
  const files: string[] = [];
  const items: PositionItem[] = [];
  const byDelegation = new Map<string, { known: boolean; entries: Array<{ item: number; role: Role }> }>();
  const rows: MatrixRow[] = [];
  for (const input of inputs) {
    files.push(input.file);
    const locator = new Locator(input.file, input.model);
    const rowByKey = new Map<string, { row: MatrixRow; cells: Record<string, Role[]> }>();
    for (const found of itemsOf(input.model, locator)) {
      const index = items.length;
      const positions: Record<Role, string[]> = { proposed: [], supported: [], opposed: [], delete: [], retain: [], reservation: [] };
      const roles = delegationRoles(input.model, found.annotation);
      for (const r of roles) {
        positions[r.role].push(r.code);
        const entry = byDelegation.get(r.code) ?? { known: r.known, entries: [] };
        entry.entries.push({ item: index, role: r.role });
        byDelegation.set(r.code, entry);
      }
      const { annotation: _annotation, ...item } = found;
      items.push({ ...item, positions });
      const key = `${item.section}\u0000${item.paragraph}`;
      let matrixRow = rowByKey.get(key);
      if (!matrixRow) {
        const cells: Record<string, Role[]> = {};
        matrixRow = { row: { file: input.file, section: item.section, paragraph: item.paragraph, location: item.location, cells }, cells };
        rowByKey.set(key, matrixRow);
        rows.push(matrixRow.row);
      }
      for (const r of roles) {
        const cell = (matrixRow.cells[r.code] ??= []);
        if (!cell.includes(r.role)) cell.push(r.role);
      }
    }
    for (const { cells } of rowByKey.values()) for (const code of Object.keys(cells)) cells[code].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  }
  const delegations = [...byDelegation.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, { known, entries }]) => ({ code, name: known ? names?.resolve(code)?.name : undefined, known, entries }));
  return { kind: 'positions', files, items, delegations, matrix: { delegations: delegations.map((d) => d.code), rows } };
}

type FoundItem = Omit<PositionItem, 'positions'> & { readonly annotation: Annotation };

/** Every annotated bracket, alternative, option, paragraph and footnote of a document, in document order. */
function itemsOf(model: DocumentModel, locator: Locator): FoundItem[] {
  const { text } = model;
  const found: FoundItem[] = [];
  const place = (offset: number) => {
    const paragraph = locator.paragraphAt(offset);
    const section = paragraph >= 0 ? model.paragraphs[paragraph].section : sectionAt(model, offset);
    return { paragraph: paragraph >= 0 ? locator.paragraphName(paragraph) : sectionHeadingName(model, offset), section: locator.sectionName(section) };
  };
  model.brackets.forEach((bracket, bracketIndex) => {
    if (bracket.attribution === undefined) return;
    const annotation = model.annotations[bracket.attribution];
    let member: string | undefined;
    if (bracket.alternativeSet >= 0) {
      const members = model.alternativeSets[bracket.alternativeSet].members;
      member = `alternative ${members.indexOf(bracketIndex) + 1} of ${members.length}`;
    }
    const inner = innerOf(bracket);
    const bracketed = text.slice(inner.start, inner.end);
    found.push({ kind: member ? 'alternative' : 'bracket', member, excerpt: excerpt(bracketed, 60), location: locator.at(bracket.start), ...place(bracket.start), annotation });
  });
  model.paragraphs.forEach((paragraph, index) => {
    if (paragraph.annotation === undefined || !paragraph.label) return;
    const annotation = model.annotations[paragraph.annotation];
    if (!clausesOf(model, annotation).some((c) => c.role !== 'status' && c.role !== 'unknown' && c.items.length > 0)) return;
    const body = excerpt(text.slice(annotation.end, paragraph.end), 60);
    let member: string | undefined;
    if (paragraph.optionSet >= 0 && paragraph.label.sequence === 'option') {
      const set = model.optionSets[paragraph.optionSet];
      const k = set.members.findIndex((m) => m.paragraph === index);
      if (k >= 0) member = `${trimLabel(paragraph.label.text)} of ${set.members.length}${set.members[k].noText ? ', no text' : ''}`;
    }
    found.push({ kind: member ? 'option' : 'paragraph', member, excerpt: body, location: locator.at(paragraph.label.start), paragraph: locator.paragraphName(index), section: locator.sectionName(paragraph.section), annotation });
  });
  for (const definition of model.footnoteDefinitions) {
    if (definition.annotation === undefined) continue;
    const annotation = model.annotations[definition.annotation];
    // A footnote is about the paragraph that first refers to it; the report names that paragraph's section.
    const reference = model.footnoteReferences.find((r) => r.label === definition.label);
    const where = reference ? place(reference.start) : { section: locator.sectionName(sectionAt(model, definition.start)) };
    found.push({ kind: 'footnote', excerpt: excerpt(text.slice(annotation.end, definition.end), 60), location: locator.at(definition.start), section: where.section, paragraph: `[^${definition.label}]`, annotation });
  }
  // Excerpts are views into the text (see `excerpts.ts`), and the report keeps them after the model is let go: copied
  // out, a document's all at once, they no longer keep the whole draft alive.
  const excerpts = new StringColumn(found.map((item) => item.excerpt));
  return found.map((item, index) => ({ ...item, excerpt: excerpts.at(index) })).sort((a, b) => a.location.offset - b.location.offset);
}

function sectionAt(model: DocumentModel, offset: number): number {
  let section = -1;
  for (let h = 0; h < model.headings.length && model.headings[h].start <= offset; h++) section = h;
  return section;
}

/** A bracket in a heading stands in no paragraph; the heading names it. */
function sectionHeadingName(model: DocumentModel, offset: number): string {
  const heading = model.headings.find((h) => h.start <= offset && offset <= h.end);
  return heading ? `(heading)` : '';
}
