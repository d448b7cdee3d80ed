// A scenario text: every choice made (first alternative, or one delegation's preferred wording) and every bracket settled.

import type { DocumentModel, Range } from '../analysis/model';
import { innerOf, openerOf } from '../analysis/queries';
import { stanceOf, type GroupsOf } from '../reports/delegationRoles';
import { bracketExtent, optionBodyStart, withTrailingFootnotes } from './constructs';
import { ExportBuilder, type ExportResult } from './exportBuilder';

/** How the scenario chooses. */
export interface ScenarioOptions {
  /** A canonical delegation code (`RU`): its preferred wording wins where it is attributed. */
  readonly prefer?: string;
  /** The groups a delegation belongs to, so that the EU's or the G77's position speaks for a member without its own. */
  readonly groupsOf?: GroupsOf;
}

/**
 * Builds a scenario text. Without `prefer`: the first member of every alternative set, the first ` / ` alternative
 * inside a bracket, the first option of every option set, and every plain bracket accepted (its text kept).
 * With `prefer`: in each alternative set and option set the first member that delegation proposed, supported or
 * wants retained, else the first; a plain bracket it opposed or wants deleted is deleted with its text, any other is
 * accepted; a bracket with ` / ` alternatives it opposes goes whole. Nested brackets are decided on their own inside
 * what is kept. Comments, attributions and paragraph annotations go, placeholders stay, footnotes are renumbered.
 */
export function scenarioText(model: DocumentModel, options: ScenarioOptions = {}): ExportResult {
  const builder = new ExportBuilder(model);
  const { text } = model;
  const against = (attribution: number | undefined) => options.prefer !== undefined && stanceOf(model, attribution !== undefined ? model.annotations[attribution] : undefined, options.prefer, options.groupsOf) === 'against';
  const isFor = (annotation: number | undefined) => options.prefer !== undefined && stanceOf(model, annotation !== undefined ? model.annotations[annotation] : undefined, options.prefer, options.groupsOf) === 'for';

  model.alternativeSets.forEach((set) => {
    const chosen = set.members.find((m) => isFor(model.brackets[m].attribution)) ?? set.members[0];
    const bracket = model.brackets[chosen];
    const inner = innerOf(bracket);
    builder.delete({ start: set.start, end: inner.start });
    builder.delete({ start: inner.end, end: set.end });
  });
  model.brackets.forEach((bracket, index) => {
    if (bracket.alternativeSet >= 0) return;
    if (!bracket.closed) {
      // Nobody can tell where an unclosed bracket ends, so only the lone `[` goes and its text stays.
      builder.delete(openerOf(bracket));
      builder.note('unclosedBracket', bracket.start, 'An unclosed "[" was removed; the text after it was kept.');
      return;
    }
    const extent = bracketExtent(model, index);
    if (against(bracket.attribution)) {
      builder.deleteInline(withDanglingSlash(model, withTrailingFootnotes(model, extent)));
      return;
    }
    if (bracket.innerAlternatives.length > 1) {
      const part = trimmed(text, bracket.innerAlternatives[0]);
      builder.delete({ start: extent.start, end: part.start });
      builder.delete({ start: part.end, end: extent.end });
      return;
    }
    builder.delete(openerDeletion(text, openerOf(bracket)));
    builder.delete({ start: innerOf(bracket).end, end: extent.end });
  });
  for (const slash of model.danglingSlashes) builder.delete(slash);
  model.optionSets.forEach((set) => {
    const chosen = set.members.find((m) => isFor(model.paragraphs[m.paragraph].annotation)) ?? set.members[0];
    if (chosen.noText) {
      builder.delete(set);
      return;
    }
    // The other options go one by one, so that each leaves with its own blank lines and the chosen one keeps its own.
    for (const member of set.members) if (member !== chosen) builder.delete(member);
    builder.delete({ start: chosen.label.start, end: optionBodyStart(model, chosen) });
  });
  return builder.finish();
}

/** An accepted `[` with the spaces after it when it stands after a space or another `[` (`[[ 2 bis.` becomes `2 bis.`). */
function openerDeletion(text: string, open: Range): Range {
  const before = text[open.start - 1];
  if (before !== undefined && !/[\s[]/.test(before)) return open;
  let end = open.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return { start: open.start, end };
}

/** A ` / ` alternative without the spaces around it. */
function trimmed(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function withDanglingSlash(model: DocumentModel, range: Range): Range {
  let p = range.end;
  while (model.text[p] === ' ' || model.text[p] === '\t') p++;
  return model.danglingSlashes.some((s) => s.start === p) ? { start: range.start, end: p + 1 } : range;
}
