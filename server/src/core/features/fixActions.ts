// Small fixes at the cursor: replace a deprecated term, create a missing footnote definition, mark a paragraph `ad ref`.

import type { DocumentModel, TermOccurrence } from '../analysis/model';
import { clausesOf, contentOf, termAt } from '../analysis/queries';
import type { CodeActionData } from './codeActions';

/** The placeholder a new footnote definition starts with: it shows up as an open placeholder until written. */
export const NEW_FOOTNOTE_TEXT = '{Footnote text}';

/** The text a term occurrence should be replaced with, or undefined when the lexicon offers none. */
export function termReplacement(occurrence: TermOccurrence): string | undefined {
  // The lexicon's matcher already chose and capitalised the replacement; the model type does not declare it.
  const given = (occurrence as { readonly replacement?: unknown }).replacement;
  if (typeof given === 'string' && given !== '') return given;
  const { entry } = occurrence;
  if (occurrence.form === 'deprecated') return matchCase(occurrence.matched, entry.term);
  const instead = entry.useInstead;
  if ((entry.status === 'contested' || entry.status === 'rejected') && typeof instead === 'string' && instead !== '') return matchCase(occurrence.matched, instead);
  return undefined;
}

/** "Replace with the agreed term" for a deprecated (or contested, rejected) term at `offset`. */
export function termActionsAt(model: DocumentModel, offset: number): CodeActionData[] {
  const occurrence = termAt(model, offset, true);
  if (!occurrence) return [];
  const replacement = termReplacement(occurrence);
  if (replacement === undefined || replacement === occurrence.matched) return [];
  const id = occurrence.form === 'deprecated' ? 'term.deprecated' : occurrence.entry.status === 'rejected' ? 'term.rejected' : 'term.contested';
  return [
    {
      title: `Replace "${occurrence.matched}" with the agreed term "${replacement}"`,
      kind: 'quickfix',
      edits: [{ start: occurrence.start, end: occurrence.end, newText: replacement }],
      target: { start: occurrence.start, end: occurrence.end },
      fixes: [id],
      preferred: true,
    },
  ];
}

/**
 * "Create footnote definition" for a reference at `offset` whose label is not defined. The definition goes after
 * the last existing one (footnotes are kept together), else at the end of the document after a blank line.
 */
export function footnoteActionsAt(model: DocumentModel, offset: number): CodeActionData[] {
  const reference = model.footnoteReferences.find((r) => r.start <= offset && offset <= r.end);
  if (!reference || model.footnoteDefinitions.some((d) => d.label === reference.label)) return [];
  const { text } = model;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const definition = `[^${reference.label}]: ${NEW_FOOTNOTE_TEXT}`;
  const last = model.footnoteDefinitions[model.footnoteDefinitions.length - 1];
  let at: number;
  let newText: string;
  if (last) {
    at = last.end;
    newText = eol + definition;
  } else {
    at = text.length;
    const lastBreak = /(\r\n|\n|\r)$/.exec(text);
    const endsWithBreak = lastBreak !== null;
    const beforeLastBreak = lastBreak ? text.slice(0, lastBreak.index) : text;
    const endsWithBlank = text.length === 0 || (endsWithBreak && /(^|\r\n|\n|\r)[ \t]*$/.test(beforeLastBreak));
    newText = (endsWithBlank ? '' : endsWithBreak ? eol : eol + eol) + definition + eol;
  }
  return [
    {
      title: `Create the definition of footnote [^${reference.label}]`,
      kind: 'quickfix',
      edits: [{ start: at, end: at, newText }],
      target: { start: at, end: at },
      fixes: ['footnote.undefined'],
      preferred: true,
    },
  ];
}

/** "Mark OP4 ad ref" for the labelled paragraph whose first line holds `offset`, unless it already is. */
export function adRefActionsAt(model: DocumentModel, offset: number): CodeActionData[] {
  const index = model.paragraphTable.indexAt(offset);
  const paragraph = index >= 0 ? model.paragraphTable.at(index) : undefined;
  const label = paragraph?.label;
  // Options are alternatives to choose between, not paragraphs to agree: their annotations hold attributions.
  if (!paragraph || !label || label.sequence === 'option' || paragraph.status === 'ad ref') return [];
  // Offered on the paragraph's first line only: anywhere else the bracket actions are what the cursor is about.
  const firstLineEnd = model.text.slice(paragraph.start, paragraph.end).search(/[\r\n]/);
  if (firstLineEnd >= 0 && offset > paragraph.start + firstLineEnd) return [];
  const title = `Mark ${label.text.replace(/[.:]$/, '')} "ad ref" (agreed ad referendum)`;
  if (paragraph.annotation === undefined) {
    return [{ title, kind: 'refactor.rewrite', edits: [{ start: label.end, end: label.end, newText: ' {ad ref}' }], target: { start: label.end, end: label.end }, fixes: [] }];
  }
  const annotation = model.annotations[paragraph.annotation];
  const target = { start: annotation.start, end: annotation.end };
  const statusClause = clausesOf(model, annotation).find((c) => c.role === 'status');
  if (statusClause) {
    // `{agreed}` or `{pending}` becomes `{ad ref}`: a paragraph has one status.
    return [{ title, kind: 'refactor.rewrite', edits: [{ start: statusClause.start, end: statusClause.end, newText: 'ad ref' }], target, fixes: [] }];
  }
  const content = contentOf(annotation);
  let at = content.end;
  while (at > content.start && /\s/.test(model.text[at - 1])) at--;
  const separator = at > content.start ? '; ' : '';
  return [{ title, kind: 'refactor.rewrite', edits: [{ start: at, end: at, newText: `${separator}ad ref` }], target, fixes: [] }];
}

/** Gives `replacement` the capital first letter `written` has (`Cyber technologies` -> `Information and ...`). */
function matchCase(written: string, replacement: string): string {
  const first = written.charAt(0);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}
