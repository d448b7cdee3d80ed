// Matches lexicon forms word by word, where no match starts or ends inside a word: most of a document is then skipped a word at a time.

import { AhoCorasick } from './ahoCorasick';
import { Candidates, type ScanResult } from './candidate';
import { WORD, classify } from './foldUnits';
import { ProseTokens } from './proseTokens';
import { sameCapitals, type Pattern } from './termPatterns';
import { tokenizeProse } from './tokenizeProse';
import type { LexiconLanguage } from './types';
import { WordVocabulary, spacedStandIn } from './wordVocabulary';
import type { RangeList } from '../text/rangeList';

/** Finds the candidates of prose, or says, with undefined, that only matching unit by unit can (see `tokenizeProse`). */
export type WordMatcher = (text: string, ranges: RangeList) => ScanResult | undefined;

/**
 * A matcher over tokens (see `ProseTokens`) for the patterns whose normalised `keys` are given, or undefined
 * where matching word by word would not find what `createUnitMatcher` finds: in Chinese and Arabic, whose
 * matches may start inside a word, and for keys with surrogates. Elsewhere a match never starts or ends
 * inside a word, so it is a run of whole tokens: the automaton reads a word in one step, words of no form
 * send it back to its root, and a candidate needs no boundary check.
 */
export function createWordMatcher(keys: readonly string[], patterns: readonly Pattern[], language: LexiconLanguage): WordMatcher | undefined {
  if (language === 'zh' || language === 'ar') return undefined;
  const vocabulary = new WordVocabulary();
  const automaton = new AhoCorasick();
  for (let id = 0; id < keys.length; id++) {
    const tokens = tokensOf(keys[id], vocabulary);
    if (tokens === undefined) return undefined;
    automaton.add(tokens, id);
    // A form ending in a word also ends where the prose has a space after that word: the word's spaced token.
    const last = tokens.charCodeAt(tokens.length - 1);
    if (classify(last) === WORD) automaton.add(tokens.slice(0, -1) + String.fromCharCode(spacedStandIn(last)), id);
  }
  vocabulary.seal();
  automaton.build();
  const longest = automaton.longestPattern();
  return (text, ranges) => {
    const candidates = new Candidates();
    let state = 0;
    let scanned = 0;
    const read = (tokens: ProseTokens): number => {
      state = automaton.run(tokens.codes, scanned, tokens.count, state, 0, (last, first) => {
        for (let node = first; node !== 0; node = automaton.nextOutput(node)) {
          const id = automaton.patternAt(node);
          const pattern = patterns[id];
          const end = tokens.unitEnds[last];
          const sourceStart = tokens.sourceStarts[last + 1 - automaton.lengthAt(node)];
          const sourceEnd = tokens.sourceEnds[last];
          if (pattern.form === 'abbreviation' && !sameCapitals(text.slice(sourceStart, sourceEnd), pattern.written)) continue;
          candidates.push(end - keys[id].length, end, id, sourceStart, sourceEnd);
        }
      });
      // The last tokens stay for a match that ends in the next stretch.
      scanned = Math.min(tokens.count, longest);
      return scanned;
    };
    const tokens = new ProseTokens(TOKEN_STRETCH, read, automaton.patternUnits());
    if (!tokenizeProse(text, ranges, language, vocabulary, tokens)) return undefined;
    read(tokens);
    return { candidates, length: tokens.units };
  };
}

/** Tokens held at a time. */
const TOKEN_STRETCH = 4096;

/**
 * A key as tokens, as `tokenizeProse` makes them: each run of letters, digits and marks as its word's stand-in,
 * or its spaced stand-in when a space follows (the space is then part of its token), other units as themselves.
 */
function tokensOf(key: string, vocabulary: WordVocabulary): string | undefined {
  let tokens = '';
  let wordStart = -1;
  for (let i = 0; i <= key.length; i++) {
    const unit = i < key.length ? key.charCodeAt(i) : -1;
    if (unit >= 0xd800 && unit <= 0xdfff) return undefined;
    const inWord = unit >= 0 && classify(unit) === WORD;
    if (inWord && wordStart < 0) wordStart = i;
    if (inWord) continue;
    if (wordStart >= 0) {
      const standIn = vocabulary.add(key.slice(wordStart, i));
      if (standIn === undefined) return undefined;
      wordStart = -1;
      if (unit === 0x20) {
        tokens += String.fromCharCode(spacedStandIn(standIn));
        continue;
      }
      tokens += String.fromCharCode(standIn);
    }
    if (unit >= 0) tokens += String.fromCharCode(unit);
  }
  return tokens;
}
