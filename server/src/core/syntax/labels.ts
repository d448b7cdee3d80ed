// Recognises paragraph labels (`PP1.`, `OP3bis.`, `2 bis.`, `(a)`, `a)`, `a.`, `Option 1:`, `Alt. 2`) and describes them.

/** Latin insertion suffixes, in order: `2 bis` comes after 2 and before `2 ter`. */
export const INSERTION_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

const SUFFIX = `(?:${INSERTION_SUFFIXES.join('|')})`;

/**
 * One sticky pattern per label form, tried in order at a line start (after indentation).
 * Each must be followed by a space, a tab or the end of the line, so `1.5 degrees` or `(a)b` are not labels.
 */
const LABEL_FORMS: ReadonlyArray<{ kind: LabelKind; pattern: RegExp }> = [
  { kind: 'option', pattern: new RegExp(`(?:Option|Alt\\.?|Alternative)[ \\t]+(?:\\d+|[A-Z])(?:[ \\t]*${SUFFIX})?[:.]?(?=[ \\t]|\\r|\\n|$)`, 'iy') },
  { kind: 'preambular', pattern: new RegExp(`PP[ \\t]?\\d+(?:[ \\t.]?${SUFFIX})?\\.?(?=[ \\t]|\\r|\\n|$)`, 'iy') },
  { kind: 'operative', pattern: new RegExp(`OP[ \\t]?\\d+(?:[ \\t.]?${SUFFIX})?\\.?(?=[ \\t]|\\r|\\n|$)`, 'iy') },
  { kind: 'number', pattern: new RegExp(`\\d+(?:(?:\\.?[ \\t]?${SUFFIX}\\.?)|\\.)(?=[ \\t]|\\r|\\n|$)`, 'y') },
  { kind: 'parenthesised', pattern: new RegExp(`\\((?:[a-z]{1,2}|[ivxlc]+|\\d+)(?:[ \\t]?${SUFFIX})?\\)(?=[ \\t]|\\r|\\n|$)`, 'y') },
  { kind: 'closingParen', pattern: new RegExp(`(?:[a-z]|[ivxlc]+)(?:[ \\t]?${SUFFIX})?\\)(?=[ \\t]|\\r|\\n|$)`, 'y') },
  { kind: 'dotted', pattern: new RegExp(`(?:[a-z]|[ivxlc]+)\\.(?=[ \\t])`, 'y') },
];

/** The written form of a label, before its level is decided. */
export type LabelKind = 'option' | 'preambular' | 'operative' | 'number' | 'parenthesised' | 'closingParen' | 'dotted';

/** Returns the end offset of a label starting at `pos`, and its form, or undefined when there is none. */
export function matchLabel(text: string, pos: number): { end: number; kind: LabelKind } | undefined {
  const first = text.charCodeAt(pos);
  // Fast exit: every label starts with a letter, a digit or `(`.
  const isDigit = first >= 48 && first <= 57;
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isDigit && !isLetter && first !== 40) return undefined;
  for (const form of LABEL_FORMS) {
    form.pattern.lastIndex = pos;
    if (form.pattern.test(text)) return { end: form.pattern.lastIndex, kind: form.kind };
  }
  return undefined;
}

/** What a label means: its sequence (PP, OP, plain numbers, letters, romans, options), ordinal and insertion. */
export interface LabelInfo {
  /** The sequence the label numbers: paragraphs of one sequence are checked for gaps and duplicates together. */
  readonly sequence: 'preambular' | 'operative' | 'number' | 'letter' | 'roman' | 'option';
  /** Nesting level in the outline: 1 for PP/OP/numbers, 2 for `(a)`/`a)`, 3 for `(i)`/`i)`, 4 for `a.`/`i.`; options are 1. */
  readonly level: number;
  /** The ordinal within the sequence: `OP3` is 3, `(c)` is 3, `(iv)` is 4, `Option B` is 2. */
  readonly ordinal: number;
  /** The insertion suffix (`bis`, `ter` ...) or undefined. */
  readonly suffix?: string;
  /** A normalised key for duplicate detection: `OP3bis.` and `OP 3 bis` give the same key. */
  readonly key: string;
}

/**
 * Interprets a label's text. Letters that are also roman numerals (`i`, `v`, `x`) are read as letters
 * when `previousLetterOrdinal` is the letter just before them (`(h)` then `(i)`), else as romans.
 */
export function describeLabel(labelText: string, kind: LabelKind, previousLetterOrdinal?: number): LabelInfo {
  const lower = labelText.toLowerCase();
  const suffixMatch = new RegExp(`${SUFFIX}`).exec(lower.replace(/^(option|alternative|alt)/, ''));
  const suffix = suffixMatch ? suffixMatch[0] : undefined;
  const core = suffix ? lower.slice(0, lower.lastIndexOf(suffix)) : lower;
  const digits = /\d+/.exec(core);
  const suffixKey = suffix ? ` ${suffix}` : '';
  switch (kind) {
    case 'option': {
      const token = /(?:option|alternative|alt\.?)[ \t]+(\d+|[a-z])/.exec(lower);
      const value = token ? token[1] : '1';
      const ordinal = /\d/.test(value) ? Number(value) : value.charCodeAt(0) - 96;
      return { sequence: 'option', level: 1, ordinal, suffix, key: `option ${value}${suffixKey}` };
    }
    case 'preambular':
      return { sequence: 'preambular', level: 1, ordinal: Number(digits?.[0] ?? 0), suffix, key: `pp${digits?.[0]}${suffixKey}` };
    case 'operative':
      return { sequence: 'operative', level: 1, ordinal: Number(digits?.[0] ?? 0), suffix, key: `op${digits?.[0]}${suffixKey}` };
    case 'number':
      return { sequence: 'number', level: 1, ordinal: Number(digits?.[0] ?? 0), suffix, key: `${digits?.[0]}${suffixKey}` };
    default: {
      const body = core.replace(/[().\s]/g, '');
      if (/^\d+$/.test(body)) return { sequence: 'number', level: 2, ordinal: Number(body), suffix, key: `(${body})${suffixKey}` };
      const isLetterContinuation = body.length === 1 && previousLetterOrdinal === body.charCodeAt(0) - 97;
      const dottedLevelBonus = kind === 'dotted' ? 2 : 0;
      if (/^[ivxlc]+$/.test(body) && !isLetterContinuation) {
        return { sequence: 'roman', level: 3 + (kind === 'dotted' ? 1 : 0), ordinal: romanValue(body), suffix, key: `r${body}${suffixKey}` };
      }
      const ordinal = body.length === 1 ? body.charCodeAt(0) - 96 : 26 * (body.length - 1) + body.charCodeAt(0) - 96;
      return { sequence: 'letter', level: 2 + dottedLevelBonus, ordinal, suffix, key: `l${body}${suffixKey}` };
    }
  }
}

/** The value of a lower-case roman numeral (`iv` is 4). */
export function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]] ?? 0;
    const next = values[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
