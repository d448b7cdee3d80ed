// Computes every finding (diagnostic) of a document model, as plain data with offsets and stable ids.

import { closestRole } from '../analysis/clauses';
import type { DocumentModel, Range } from '../analysis/model';
import type { DelegationResolver } from '../analysis/options';
import { describePositionsOf } from '../analysis/positions';
import { CATALOGUE, type FindingId, type Severity, type SeveritySetting } from './catalogue';
import { DraftFindings, MAX_FINDINGS_PER_ID } from './draftFindings';
import { excerptBetween } from './excerpts';
import { labelName } from './labelNames';
import { MESSAGES } from './messages';
import { labelFindings } from './labelFindings';
import { builtinRegistry } from '../delegations/builtinRegistry';
import { countBracketsIn } from '../analysis/queries';

/** Related information: another place that explains the finding. */
export interface RelatedLocation extends Range {
  readonly message: string;
}

/** One finding. */
export interface Finding extends Range {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  readonly related?: ReadonlyArray<RelatedLocation>;
  /** The agreed term, for `term.deprecated` (the quick fix uses it). */
  readonly replacement?: string;
}

/** What findings depend on besides the model. */
export interface FindingOptions {
  /** Per-id severity overrides; `off` removes the finding. */
  readonly severities?: Readonly<Record<string, SeveritySetting | undefined>>;
  /** Used for "did you mean" on unknown delegations; the built-in registry when absent. */
  readonly delegations?: DelegationResolver;
}

/** A finding before its severity is settled. */
export type DraftFinding = Omit<Finding, 'severity'>;

/** All findings of a model, in document order, with severities from the catalogue and the overrides. */
export function computeFindings(model: DocumentModel, options: FindingOptions = {}): Finding[] {
  // Every kind of finding is pushed onto one list, in this order (the sort below keeps it among equal ranges).
  const drafts = new DraftFindings();
  syntaxFindings(model, drafts);
  bracketFindings(model, drafts);
  annotationFindings(model, options.delegations ?? builtinRegistry(), drafts);
  footnoteFindings(model, drafts);
  labelFindings(model, drafts);
  termFindings(model, drafts);
  // Settled in place, and kept in the drafts' own list: a large document has tens of thousands of findings, and
  // copies cost collections.
  const findings = drafts.kept as Finding[];
  let kept = 0;
  for (let index = 0; index < findings.length; index++) {
    const draft = findings[index] as DraftFinding;
    const setting = options.severities?.[draft.id];
    if (setting === 'off') continue;
    (draft as { severity?: Severity }).severity = setting ?? CATALOGUE[draft.id].severity;
    findings[kept++] = draft as Finding;
  }
  findings.length = kept;
  // A hostile or broken file (a million lone `]`) must not bury the editor: past the limit, one finding says how many more.
  for (const [id, count] of drafts.totals()) {
    if (count <= MAX_FINDINGS_PER_ID || options.severities?.[id] === 'off') continue;
    const last = findings.filter((f) => f.id === id).pop()!;
    findings.push({ id, severity: last.severity, start: last.start, end: last.end, message: MESSAGES['findings.truncated'](count - MAX_FINDINGS_PER_ID, id) });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export { MAX_FINDINGS_PER_ID };

function syntaxFindings(model: DocumentModel, drafts: DraftFindings): void {
  for (const problem of model.syntaxProblems) {
    const id = problem.id === 'brace.unclosed' ? 'annotation.unclosed' : problem.id;
    const related = problem.expectedAt !== undefined ? [{ start: problem.expectedAt, end: problem.expectedAt, message: MESSAGES['bracket.unclosed.related']().replace('"]"', id === 'comment.unclosed' ? '"-->"' : '"}"') }] : undefined;
    drafts.push({ id, start: problem.start, end: problem.end, message: MESSAGES[id](), related });
  }
  for (const problem of model.frontMatter?.problems ?? []) {
    drafts.push({ id: 'frontmatter.invalid', start: problem.start, end: problem.end, message: MESSAGES['frontmatter.invalid'](problem.message) });
  }
}

function bracketFindings(model: DocumentModel, drafts: DraftFindings): void {
  const { text, brackets, annotations, blocks, paragraphTable: paragraphs } = model;
  // Indexed loops: the `for...of` iterators here were not optimised away, and made a result object per bracket and
  // per paragraph (a tenth of the garbage of a full analysis).
  for (let index = 0; index < brackets.length; index++) {
    const bracket = brackets[index];
    if (!bracket.closed) {
      if (!drafts.wants('bracket.unclosed')) {
        drafts.count('bracket.unclosed');
        continue;
      }
      const expected = bracket.expectedCloseAt ?? bracket.end;
      drafts.push({
        id: 'bracket.unclosed',
        start: bracket.start,
        end: bracket.start + 1,
        message: MESSAGES['bracket.unclosed'](excerptBetween(text, bracket.start + 1, expected, 30)),
        related: [{ start: expected, end: expected, message: MESSAGES['bracket.unclosed.related']() }],
      });
      continue;
    }
    const empty = isBlankBetween(text, bracket.start + 1, bracket.end - 1);
    if (empty) drafts.push({ id: 'bracket.empty', start: bracket.start, end: bracket.end, message: MESSAGES['bracket.empty']() });
    if (bracket.depth === 1 && bracket.alternativeSet < 0 && !empty) {
      const id = bracket.innerAlternatives.length >= 2 ? 'alternatives.open' : 'bracket.open';
      if (!drafts.wants(id)) {
        drafts.count(id);
        continue;
      }
      const positions = describePositionsOf(model.clauseTable, bracket.attribution !== undefined ? annotations[bracket.attribution] : undefined);
      const end = Math.min(bracket.end, blocks.contentEnd(bracket.block));
      const inner = bracket.innerAlternatives;
      const message =
        inner.length >= 2
          ? MESSAGES['alternatives.open'](inner.length, `${innerAlternativesSummary(text, inner)}${positions ? `; the bracket is ${positions}` : ''}`)
          : MESSAGES['bracket.open'](excerptBetween(text, bracket.start + 1, bracket.end - 1, 30), positions);
      drafts.push({ id, start: bracket.start, end: Math.max(end, bracket.start + 1), message });
    }
  }
  for (const stray of model.strayClosers) drafts.push({ id: 'bracket.stray', start: stray.start, end: stray.end, message: MESSAGES['bracket.stray']() });
  for (const slash of model.danglingSlashes) drafts.push({ id: 'alternatives.single', start: slash.start, end: slash.end, message: MESSAGES['alternatives.single']() });

  for (const set of model.alternativeSets) {
    const first = brackets[set.members[0]];
    if (first.depth !== 1) continue;
    // Past the limit the message would not be kept: counted, not worded (a 10 MB draft has 6,000 sets).
    if (!drafts.wants('alternatives.open')) {
      drafts.count('alternatives.open');
      continue;
    }
    let summary = '';
    for (let k = 0; k < set.members.length; k++) {
      const b = brackets[set.members[k]];
      const who = describePositionsOf(model.clauseTable, b.attribution !== undefined ? annotations[b.attribution] : undefined);
      summary += `${k > 0 ? ' or ' : ''}"${excerptBetween(text, b.start + 1, b.end - 1, 24)}"${who ? ` (${who})` : ''}`;
    }
    drafts.push({ id: 'alternatives.open', start: set.start, end: Math.min(set.end, blocks.contentEnd(first.block)), message: MESSAGES['alternatives.open'](set.members.length, summary) });
  }

  for (const set of model.optionSets) {
    const first = set.members[0];
    if (set.members.length === 1) {
      drafts.push({ id: 'options.single', start: first.label.start, end: first.label.end, message: MESSAGES['options.single'](first.label.text) });
      continue;
    }
    if (!drafts.wants('options.open')) {
      drafts.count('options.open');
      continue;
    }
    let summary = '';
    for (let k = 0; k < set.members.length; k++) {
      const member = set.members[k];
      const annotation = paragraphs.annotation(member.paragraph);
      const who = describePositionsOf(model.clauseTable, annotation !== undefined ? annotations[annotation] : undefined);
      summary += `${k > 0 ? '; ' : ''}${labelName(member.label.text).trim()}${member.noText ? ' (no text)' : ''}${who ? ` (${who})` : ''}`;
    }
    drafts.push({ id: 'options.open', start: first.label.start, end: first.label.end, message: MESSAGES['options.open'](set.members.length, summary) });
  }

  // Only a paragraph annotation gives a paragraph its status, so the paragraphs read are those annotations' (in
  // document order, as the annotations are): a long draft has 70,000 paragraphs and a tenth as many statuses, and
  // reading every paragraph's record, no longer in the processor's caches, took longer than the rest of this check.
  for (let index = 0; index < annotations.length; index++) {
    const annotation = annotations[index];
    if (annotation.kind !== 'paragraph' || annotation.target < 0) continue;
    const status = paragraphs.status(annotation.target);
    if (status !== 'agreed' && status !== 'ad ref') continue;
    const target = annotation.target;
    const count = countBracketsIn(brackets, { start: paragraphs.start(target), end: paragraphs.end(target) });
    if (count > 0) {
      const labelled = paragraphs.hasLabel(target);
      const start = labelled ? paragraphs.labelStart(target) : paragraphs.start(target);
      const end = labelled ? paragraphs.labelEnd(target) : paragraphs.end(target);
      drafts.push({ id: 'paragraph.agreedWithBrackets', start, end, message: MESSAGES['paragraph.agreedWithBrackets'](status, count) });
    }
  }
}

function annotationFindings(model: DocumentModel, delegations: DelegationResolver | undefined, drafts: DraftFindings): void {
  const annotations = model.annotations;
  const clauses = model.clauseTable;
  for (let a = 0; a < annotations.length; a++) {
    const annotation = annotations[a];
    if (annotation.kind === 'placeholder') {
      if (annotation.misplaced) drafts.push({ id: 'annotation.misplaced', start: annotation.start, end: annotation.end, message: MESSAGES['annotation.misplaced']() });
      else if (annotation.closed && !drafts.wants('placeholder.open')) drafts.count('placeholder.open');
      else if (annotation.closed) {
        drafts.push({ id: 'placeholder.open', start: annotation.start, end: annotation.end, message: MESSAGES['placeholder.open'](excerptBetween(model.text, annotation.start + 1, annotation.end - 1)) });
      }
      continue;
    }
    if (annotation.kind === 'attribution' && annotation.target < 0) {
      drafts.push({ id: 'attribution.orphan', start: annotation.start, end: annotation.end, message: MESSAGES['attribution.orphan']() });
    }
    for (let c = annotation.firstClause; c < annotation.clauseEnd; c++) {
      const roleStart = clauses.roleStart(c);
      if (clauses.role(c) === 'unknown' && roleStart >= 0) {
        const roleText = clauses.roleText(c) ?? '';
        drafts.push({ id: 'attribution.unknownRole', start: roleStart, end: roleStart + roleText.length, message: MESSAGES['attribution.unknownRole'](roleText, closestRole(roleText)) });
      }
      if (!delegations) continue;
      for (let i = clauses.firstItem(c); i < clauses.itemsEnd(c); i++) {
        if (clauses.itemCode(i) === undefined) {
          const written = clauses.itemText(i);
          drafts.push({ id: 'delegation.unknown', start: clauses.itemStart(i), end: clauses.itemEnd(i), message: MESSAGES['delegation.unknown'](written, delegations.suggest(written)) });
        }
      }
    }
  }
}

function footnoteFindings(model: DocumentModel, drafts: DraftFindings): void {
  const firstDefinition = new Map<string, Range>();
  for (const definition of model.footnoteDefinitions) {
    const first = firstDefinition.get(definition.label);
    if (first) {
      drafts.push({
        id: 'footnote.duplicate',
        ...definition.marker,
        message: MESSAGES['footnote.duplicate'](definition.label),
        related: [{ ...first, message: MESSAGES['footnote.duplicate.related']() }],
      });
    } else firstDefinition.set(definition.label, definition.marker);
  }
  const referenced = new Set<string>();
  for (const reference of model.footnoteReferences) {
    referenced.add(reference.label);
    if (!firstDefinition.has(reference.label)) drafts.push({ id: 'footnote.undefined', start: reference.start, end: reference.end, message: MESSAGES['footnote.undefined'](reference.label) });
  }
  for (const definition of model.footnoteDefinitions) {
    if (!referenced.has(definition.label)) drafts.push({ id: 'footnote.unused', ...definition.marker, message: MESSAGES['footnote.unused'](definition.label) });
  }
}

function termFindings(model: DocumentModel, drafts: DraftFindings): void {
  const terms = model.terms;
  for (let i = 0; i < terms.length; i++) {
    // Most terms are agreed forms of agreed entries, which need no finding: only the others are made objects.
    const form = terms.form(i);
    const status = terms.entry(i).status;
    if (form !== 'deprecated' && status !== 'contested' && status !== 'rejected') continue;
    const occurrence = terms.occurrence(i);
    const { entry } = occurrence;
    if (form === 'deprecated') {
      drafts.push({ id: 'term.deprecated', start: occurrence.start, end: occurrence.end, replacement: occurrence.replacement ?? entry.term, message: MESSAGES['term.deprecated'](occurrence.matched, occurrence.replacement ?? entry.term) });
    } else if (status === 'contested') {
      drafts.push({ id: 'term.contested', start: occurrence.start, end: occurrence.end, message: MESSAGES['term.contested'](occurrence.matched, entry.note === undefined ? undefined : String(entry.note)) });
    } else {
      drafts.push({ id: 'term.rejected', start: occurrence.start, end: occurrence.end, message: MESSAGES['term.rejected'](occurrence.matched) });
    }
  }
}

/** `"shall" or "should"`: the alternatives inside one bracket, each shortened. */
function innerAlternativesSummary(text: string, inner: ReadonlyArray<Range>): string {
  let summary = '';
  for (let k = 0; k < inner.length; k++) summary += `${k > 0 ? ' or ' : ''}"${excerptBetween(text, inner[k].start, inner[k].end, 24)}"`;
  return summary;
}

/** True when `text[from, to)` holds only white space (without copying it: brackets can be long). */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}
