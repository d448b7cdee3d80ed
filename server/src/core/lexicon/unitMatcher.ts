// Matches lexicon forms unit by unit over the normalised stream: for Chinese and Arabic, and for prose the word-by-word matcher cannot take.

import { AhoCorasick } from './ahoCorasick';
import type { ProseScanner } from './candidate';
import { WORD, classify } from './foldUnits';
import { normalizeInto } from './normalizeForMatching';
import { NormalizedStream } from './normalizedStream';
import type { Pattern } from './termPatterns';
import { TermScan } from './termScan';
import type { LexiconLanguage } from './types';

/** A scanner for the patterns whose normalised `keys` are given. */
export function createUnitMatcher(keys: readonly string[], patterns: readonly Pattern[], language: LexiconLanguage): ProseScanner {
  // Chinese forms match anywhere and Arabic ones after a proclitic; in other languages no match starts
  // inside a word, so the automaton need not look for one there.
  const automaton = new AhoCorasick(language === 'zh' || language === 'ar' ? undefined : mayStartAfter);
  keys.forEach((key, id) => automaton.add(key, id));
  automaton.build();
  const longestPattern = automaton.longestPattern();
  return (text, ranges) => {
    const scan = new TermScan(text, automaton, patterns, longestPattern);
    const stream = new NormalizedStream(STREAM_STRETCH, scan.read);
    normalizeInto(text, ranges, language, stream);
    scan.finish(stream);
    return { candidates: scan.candidates, length: stream.length };
  };
}

/** Units of the stream held at a time: small enough to stay in cache, large enough that copying the kept tail is rare. */
const STREAM_STRETCH = 8192;

/**
 * Whether a match may start with the stream unit `first` after `previous`: not when both are letters, digits
 * or marks. Surrogates are let through, as their class depends on their partner; every match's boundaries
 * are checked anyway, this only spares looking where none can start.
 */
function mayStartAfter(previous: number, first: number): boolean {
  return !(isPlainWordUnit(previous) && isPlainWordUnit(first));
}

function isPlainWordUnit(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && classify(code) === WORD;
}
