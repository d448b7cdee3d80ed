// Hover: the core says what is under the cursor, the lexicon and delegations modules word terms and delegations.

import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt, renderHover, type HoverInfo, type HoverRenderers } from '../core';
import { describeDelegation, renderDelegationMarkdown } from '../core/delegations';
import { describeTerm, renderTermMarkdown, type LexiconEntry } from '../core/lexicon';
import type { Analysis } from './analyses';
import { fromLspPosition, toLspRange } from './positions';
import type { Session } from './session';

/** Role names as a hover line says them. */
const ROLE_PHRASES: Readonly<Record<string, string>> = {
  proposed: 'proposed', supported: 'supported', opposed: 'opposed', delete: 'wants it deleted', retain: 'wants it kept', reservation: 'reservation',
};

/** `textDocument/hover`. */
export function hover(session: Session, params: HoverParams): Hover | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const info = hoverAt(analysis.model, fromLspPosition(analysis.lines, params.position));
  if (!info) return null;
  const markdown = renderHover(info, renderersFor(analysis));
  return { contents: { kind: session.abilities.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: markdown }, range: toLspRange(analysis.lines, info.range) };
}

/** Renderers that look terms up in the document's lexicons and delegations in its registry. */
function renderersFor(analysis: Analysis): HoverRenderers {
  const registry = analysis.context.registry;
  return {
    // The matcher hands back the lexicon's own entry object, so the lexicon module can describe it in full.
    renderTerm: (info) => renderTermMarkdown(describeTerm(info.occurrence.entry as unknown as LexiconEntry)),
    renderDelegation: (info: Extract<HoverInfo, { kind: 'delegation' }>) => {
      const delegation = info.code !== undefined ? registry.get(info.code) : undefined;
      const role = ROLE_PHRASES[info.role];
      if (!delegation) {
        const suggestion = registry.suggest(info.text);
        return `**${escape(info.text)}**: not a known delegation${suggestion ? `; did you mean **${escape(suggestion)}**?` : '.'}`;
      }
      const card = renderDelegationMarkdown(describeDelegation(delegation, registry));
      return role ? `${card}\n\n_Here: ${role}._` : card;
    },
  };
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
