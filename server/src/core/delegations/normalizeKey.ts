// Folds a delegation spelling to the key the registry looks it up by, so that spacing, case, accents and dots do not matter.

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACED_JOINERS = / ?([/+&-]) ?/g;

/**
 * The lookup key of a spelling: `G-77 / China` and `g-77/china` give `g-77/china`, `Türkiye` gives `turkiye`,
 * `U.S.` gives `us`, `the Netherlands` gives `netherlands`.
 *
 * Drafters copy names from Word documents with typographic apostrophes, non-breaking spaces and dots after
 * abbreviations; none of that should make a known delegation unknown. Hyphens stay (so `G-77` and `G77` are
 * distinct keys and both are listed), but spaces around `-`, `/`, `+` and `&` do not count.
 */
export function normalizeKey(text: string): string {
  let key = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  key = key.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\./g, '');
  key = key.replace(/\s+/g, ' ').trim().replace(SPACED_JOINERS, '$1');
  return key.startsWith('the ') ? key.slice(4) : key;
}
