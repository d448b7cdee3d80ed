// Renders a delegation's hover facts as short Markdown that stays readable in a narrow hover popup.

import type { DelegationDescription, DelegationRef } from './describeDelegation';

/** Up to this many members are listed by name, in the group's order; larger groups list sorted codes, which fit a popup. */
const MEMBERS_BY_NAME = 15;
/** Aliases beyond this many are left out: the popup is for recognising a delegation, not for a list of spellings. */
const ALIASES_SHOWN = 4;

/**
 * Markdown for a hover, for example:
 *
 * ```
 * **Iran (Islamic Republic of)**
 * `IR` · `IRN` · UN Member State
 *
 * Groups: Asia-Pacific Group (APG), Group of 77 and China (G77), …
 * ```
 */
export function renderDelegationMarkdown(description: DelegationDescription): string {
  const lines: string[] = [`**${escapeMarkdown(description.name)}**  `];
  const codes = description.codes.map((code) => `\`${code.replace(/`/g, "'")}\``);
  lines.push([...codes, escapeMarkdown(description.kindLabel)].join(' · '));
  const paragraphs = [lines.join('\n')];

  if (description.aliases.length > 0) {
    const shown = description.aliases.slice(0, ALIASES_SHOWN).map(escapeMarkdown);
    if (description.aliases.length > ALIASES_SHOWN) shown.push('…');
    paragraphs.push(`Also: ${shown.join(', ')}`);
  }
  if (description.note !== undefined) paragraphs.push(escapeMarkdown(description.note));
  if (description.groups.length > 0) paragraphs.push(`Groups: ${description.groups.map(refText).join(', ')}`);
  if (description.members !== undefined) {
    const members = description.members;
    const heading = `Members (${members.length}${description.informal ? ', informal' : ''})`;
    const list =
      members.length === 0
        ? 'none listed'
        : members.length <= MEMBERS_BY_NAME
          ? members.map((member) => escapeMarkdown(member.name)).join(', ')
          : // Sorted, so that "is MX in?" is answered by scanning, as in a dictionary.
            members
              .map((member) => escapeMarkdown(member.code))
              .sort()
              .join(', ');
    paragraphs.push(`${heading}: ${list}`);
  }
  if (description.source !== undefined) paragraphs.push(`_Source: ${escapeMarkdown(description.source)}_`);
  return paragraphs.join('\n\n');
}

function refText(ref: DelegationRef): string {
  return ref.name === ref.code ? escapeMarkdown(ref.name) : `${escapeMarkdown(ref.name)} (${escapeMarkdown(ref.code)})`;
}

/** Backslash-escapes what Markdown would read as markup, since workspace files may put anything in a name. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
}
