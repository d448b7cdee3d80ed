// Turns term occurrences into findings: deprecated forms, contested and rejected terms.

import type { TermFinding, TermOccurrence } from './types';

/**
 * The findings for some occurrences, in their order:
 * - `term.deprecated` (warning) for each deprecated form, with the agreed term as `replacement`;
 * - `term.contested` (information) and `term.rejected` (warning) for the other forms of entries with that
 *   status, with the `useInstead` term as `replacement` when the lexicon gives one.
 * A deprecated form of a contested entry gets only `term.deprecated`: one squiggle per place, and its fix
 * already leads to the entry's term, which then gets its own finding.
 */
export function termFindings(occurrences: readonly TermOccurrence[]): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const occurrence of occurrences) {
    const { entry, start, end, matched, replacement } = occurrence;
    const precedent = entry.source !== undefined ? ` (${entry.source})` : '';
    if (occurrence.form === 'deprecated') {
      const message = replacement !== undefined
        ? `“${matched}” is deprecated; the agreed term is “${replacement}”${precedent}.`
        : `“${matched}” is deprecated; use “${entry.term}”${precedent}.`;
      findings.push(withReplacement({ id: 'term.deprecated', severity: 'warning', message, start, end }, replacement));
    } else if (entry.status === 'contested') {
      const instead = replacement !== undefined ? ` Agreed wording: “${replacement}”.` : '';
      const note = entry.note !== undefined ? ` ${entry.note}` : '';
      findings.push(withReplacement({ id: 'term.contested', severity: 'information', message: `“${matched}” is contested in this negotiation.${note}${instead}`, start, end }, replacement));
    } else if (entry.status === 'rejected') {
      const instead = replacement !== undefined ? ` Use “${replacement}”.` : '';
      findings.push(withReplacement({ id: 'term.rejected', severity: 'warning', message: `“${matched}” was rejected in this negotiation.${instead}`, start, end }, replacement));
    }
  }
  return findings;
}

function withReplacement(finding: TermFinding, replacement: string | undefined): TermFinding {
  return replacement === undefined ? finding : { ...finding, replacement };
}
