// Writes a lexicon as `*.lexicon.yaml` text, in the field order and style the format documents.

import { Document, isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Lexicon, LexiconEntry } from './types';

/**
 * The YAML of a lexicon (for saving an imported TBX or CSV): one entry per term, fields in the documented
 * order, empty fields left out, `status: agreed` left out as the default, short lists such as `variants`
 * written inline (`[a, b]`). `parseLexicon` reads the result back to the same entries (offsets aside).
 */
export function toLexiconYaml(lexicon: Lexicon): string {
  const document = new Document({ terms: lexicon.entries.map(plainEntry) });
  document.commentBefore = ` Lexicon written by Negotext from ${lexicon.path}.\n Format: docs/lexicon.md; statuses: agreed (default), proposed, contested, rejected.`;
  const terms = document.get('terms', true);
  if (isSeq(terms)) {
    for (const item of terms.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = pair.key.value;
        if ((name === 'variants' || name === 'deprecated') && isSeq(pair.value)) pair.value.flow = true;
        if (name === 'translations' || name === 'deprecatedTranslations') {
          if (isMap(pair.value)) for (const inner of pair.value.items) if (isSeq(inner.value)) inner.value.flow = true;
        }
        // Long prose reads better folded than as one very long line.
        if ((name === 'definition' || name === 'note') && isScalar(pair.value) && String(pair.value.value).length > 100) pair.value.type = Scalar.BLOCK_FOLDED;
      }
    }
  }
  return document.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

/** An entry as the plain object to write: documented order, no offsets, no empty values, no default status. */
function plainEntry(entry: LexiconEntry): Record<string, unknown> {
  const plain: Record<string, unknown> = { term: entry.term };
  if (entry.abbreviation !== undefined) plain.abbreviation = entry.abbreviation;
  if (entry.status !== 'agreed') plain.status = entry.status;
  if (entry.definition !== undefined) plain.definition = entry.definition;
  if (entry.source !== undefined) plain.source = entry.source;
  if (entry.variants.length > 0) plain.variants = [...entry.variants];
  if (entry.deprecated.length > 0) plain.deprecated = [...entry.deprecated];
  const translations = Object.entries(entry.translations).filter(([, forms]) => forms !== undefined && forms.length > 0);
  if (translations.length > 0) plain.translations = Object.fromEntries(translations.map(([language, forms]) => [language, Array.isArray(forms) ? [...forms] : forms]));
  const deprecatedTranslations = Object.entries(entry.deprecatedTranslations).filter(([, forms]) => forms !== undefined && forms.length > 0);
  if (deprecatedTranslations.length > 0) plain.deprecatedTranslations = Object.fromEntries(deprecatedTranslations.map(([language, forms]) => [language, [...(forms ?? [])]]));
  if (entry.useInstead !== undefined) plain.useInstead = entry.useInstead;
  if (entry.note !== undefined) plain.note = entry.note;
  return plain;
}
