// A slow, plain term matcher: the rules of termMatcher.ts applied by searching the normalised text for each key in turn.

import { replacementsFor } from '../../../server/src/core/lexicon/replacements';
import { collectPatterns, occurrenceOf, sameCapitals } from '../../../server/src/core/lexicon/termPatterns';
import type { Lexicon, LexiconLanguage, TermOccurrence } from '../../../server/src/core/lexicon/types';
import { isWordUnit, normalizeForMatching, unitsToString } from './referenceNormalize';

/**
 * The occurrences `createTermMatcher(lexicons, language).match(text, ranges)` must give: the pre-rewrite
 * normaliser, every occurrence of every key found with `indexOf` (overlapping ones included), the
 * boundary, capital and longest-match rules applied to them as the matcher's header comment states.
 * Candidates are taken by end, then longest first, the order in which an Aho-Corasick scan reports them.
 */
export function referenceMatch(lexicons: readonly Lexicon[], language: LexiconLanguage, text: string, ranges: ReadonlyArray<readonly [number, number]>): TermOccurrence[] {
  const { patterns, keys } = collectPatterns(lexicons, language);
  const replacements = replacementsFor(lexicons, language);
  const stream = normalizeForMatching(text, ranges, language);
  const streamText = unitsToString(stream.codes);
  const found: Array<{ start: number; end: number; id: number }> = [];
  keys.forEach((key, id) => {
    for (let at = streamText.indexOf(key); at >= 0; at = streamText.indexOf(key, at + 1)) found.push({ start: at, end: at + key.length, id });
  });
  found.sort((a, b) => a.end - b.end || b.end - b.start - (a.end - a.start));
  const candidates = found.filter(({ start, end, id }) => {
    const pattern = patterns[id];
    if (!pattern.substring && !onBoundaries(stream.codes, start, end, pattern.arabic)) return false;
    return pattern.form !== 'abbreviation' || sameCapitals(text.slice(stream.starts[start], stream.ends[end - 1]), pattern.written);
  });
  return referenceSelectLongest(candidates, stream.codes.length).map(({ start, end, id }) => occurrenceOf(text, stream.starts[start], stream.ends[end - 1], patterns[id], replacements, language));
}

/** The longest candidates that do not overlap, leftmost first on ties: sorted longest first (stable), each kept unless it overlaps one kept before. */
export function referenceSelectLongest<T extends { start: number; end: number }>(candidates: readonly T[], length: number): T[] {
  const covered = new Uint8Array(length);
  const kept: T[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (covered.subarray(candidate.start, candidate.end).some((unit) => unit === 1)) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const ARABIC_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']);

/** No match starts or ends inside a word, except an Arabic one after a proclitic. */
function onBoundaries(stream: Uint16Array, start: number, end: number, arabic: boolean): boolean {
  if (isWordUnit(stream, end - 1) && isWordUnit(stream, end)) return false;
  if (!(isWordUnit(stream, start) && isWordUnit(stream, start - 1))) return true;
  if (!arabic) return false;
  let wordStart = start;
  while (wordStart > 0 && start - wordStart < 3 && isWordUnit(stream, wordStart - 1)) wordStart--;
  return !isWordUnit(stream, wordStart - 1) && ARABIC_PROCLITICS.has(unitsToString(stream, wordStart, start));
}
