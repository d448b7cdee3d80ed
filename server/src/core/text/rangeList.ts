// Ranges of a text handed from analysis to lexicon matching: pairs, or flat in one typed array as analysis keeps them.

/**
 * `[start, end]` pairs, or the same flat in an `Int32Array` (`start, end, start, end, …`; an odd last entry is
 * ignored). Analysis gives the flat form: a pair array per range was the largest single allocation of an analysis
 * with a lexicon (a megabyte of short-lived arrays per megabyte of text).
 */
export type RangeList = ReadonlyArray<readonly [number, number]> | Int32Array;
