// Renders hover information as short Markdown that reads well in a narrow popup.

import type { HoverInfo } from './hover';
import { positionsLine } from './hover';
import { excerpt } from './messages';

/** Renderers for the kinds whose data lives elsewhere (lexicon entries, the delegation registry). */
export interface HoverRenderers {
  renderTerm?(info: Extract<HoverInfo, { kind: 'term' }>): string | undefined;
  renderDelegation?(info: Extract<HoverInfo, { kind: 'delegation' }>): string | undefined;
}

/** Markdown for a hover. */
export function renderHover(info: HoverInfo, renderers: HoverRenderers = {}): string {
  switch (info.kind) {
    case 'term': {
      const custom = renderers.renderTerm?.(info);
      if (custom) return custom;
      const { entry } = info.occurrence;
      return `**${entry.term}** · ${entry.status}`;
    }
    case 'delegation': {
      const custom = renderers.renderDelegation?.(info);
      if (custom) return custom;
      return info.code ? `**${info.text}** (${info.code})` : `**${info.text}**: not a known delegation`;
    }
    case 'footnote': {
      const who = positionsLine(info.positions);
      const lines = [`**Footnote ${info.label}**${who ? ` · ${who}` : ''}`];
      lines.push(info.body ? info.body : '_No definition._');
      return lines.join('\n\n');
    }
    case 'label': {
      const lines = [`**${info.label.replace(/[.:]$/, '')}** · ${info.status === 'open' ? 'not agreed' : info.status}`];
      if (info.option) lines.push(`Option ${info.option.index} of ${info.option.count}${info.option.noText ? ' (no text)' : ''}`);
      lines.push(info.openBrackets === 0 ? 'No brackets.' : `${info.openBrackets} open bracket${info.openBrackets === 1 ? '' : 's'}.`);
      const who = positionsLine(info.positions);
      if (who) lines.push(capitalise(who));
      return lines.join('\n\n');
    }
    case 'bracket': {
      const head = [`**Bracket**`, `depth ${info.depth}`];
      if (!info.closed) head.push('unclosed');
      if (info.alternative) head.push(`alternative ${info.alternative.index} of ${info.alternative.count}`);
      if (info.innerAlternative) head.push(`inner alternative ${info.innerAlternative.index} of ${info.innerAlternative.count}`);
      const lines = [head.join(' · '), `"${excerpt(info.excerpt, 80)}"`];
      const who = positionsLine(info.positions);
      lines.push(who ? capitalise(who) : 'No attribution.');
      if (info.nestedBrackets > 0) lines.push(`${info.nestedBrackets} nested bracket${info.nestedBrackets === 1 ? '' : 's'}.`);
      return lines.join('\n\n');
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
