// Gathers the code actions at a cursor or selection: bracket, alternative, option, term, footnote and status edits.

import type { FindingId } from './catalogue';
import type { DocumentModel, Range } from '../analysis/model';
import { bracketActionsAt } from './bracketActions';
import type { TextEdit } from './edits';
import { adRefActionsAt, footnoteActionsAt, termActionsAt } from './fixActions';
import { optionActionsAt } from './optionActions';

/** One code action as plain data; `lsp/` turns it into a workspace edit. */
export interface CodeActionData {
  readonly title: string;
  /** `quickfix` for actions that resolve a finding, `refactor.rewrite` for the others. */
  readonly kind: 'quickfix' | 'refactor.rewrite';
  /** Non-overlapping edits with offsets into the current text. */
  readonly edits: ReadonlyArray<TextEdit>;
  /** Everything the edits touch: text outside it is left exactly as it was (the property tests hold actions to it). */
  readonly target: Range;
  /** Findings this action resolves, so an editor can list it under them. */
  readonly fixes: ReadonlyArray<FindingId>;
  /** The action most likely wanted (the alternative under the cursor, the agreed term). */
  readonly preferred?: true;
}

/** Every action that applies at `range.start` (a selection acts where it starts), most specific first. */
export function codeActionsAt(model: DocumentModel, range: Range): CodeActionData[] {
  const offset = range.start;
  return [...termActionsAt(model, offset), ...footnoteActionsAt(model, offset), ...bracketActionsAt(model, offset), ...optionActionsAt(model, offset), ...adRefActionsAt(model, offset)];
}
