// Parses a data file's YAML with keys checked unique in linear time, where the YAML library takes quadratic time.

import { isMap, isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';

/**
 * `parseDocument(text, { uniqueKeys: true })` as lexicons and delegations files are read, with the same errors:
 * a key written twice in a mapping is a `DUPLICATE_KEY` error at the second one (in YAML with other errors, the
 * library's recovery sometimes puts it elsewhere; here it is always at the key). The library finds those by
 * comparing each key with every key before it in its mapping, so one mapping of 20,000 keys took 5 s and one of
 * 40,000 took 20 s, in files well under the size limits; here the document is parsed without that check and each
 * mapping's keys are then looked up in a set. Throws what `parseDocument` throws.
 */
export function parseYamlWithUniqueKeys(text: string): Document.Parsed {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const duplicates: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        // The library's test: two scalar keys of the same value (`===`, so NaN never equals itself).
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) {
          const at = keyStart(text, key.range);
          duplicates.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(key.value);
      }
    },
  });
  // A mapping is visited before the mappings inside it, so its duplicates are found before theirs.
  duplicates.sort((a, b) => a.pos[0] - b.pos[0]);
  if (duplicates.length > 0) document.errors = mergeByPosition(document.errors, duplicates);
  return document;
}

/**
 * Where the library says a key starts: its node's start, or, for an empty key (`: value`), the first character
 * after the spaces where its empty node stands.
 */
function keyStart(text: string, range: readonly number[] | null | undefined): number {
  if (!range) return 0;
  let at = range[0];
  if (range[1] === at) while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  return at;
}

/**
 * The library's errors with the duplicate keys among them, in order of position as the library reports them while it
 * reads the text. Where another error starts at the same offset, the library may give the two in the other order
 * (it reports a duplicate between what it finds in the key and what it finds in the value); readers list problems
 * by position anyway.
 */
function mergeByPosition(errors: YAMLParseError[], duplicates: YAMLParseError[]): YAMLParseError[] {
  const merged: YAMLParseError[] = [];
  let d = 0;
  for (const error of errors) {
    while (d < duplicates.length && duplicates[d].pos[0] < error.pos[0]) merged.push(duplicates[d++]);
    merged.push(error);
  }
  while (d < duplicates.length) merged.push(duplicates[d++]);
  return merged;
}
