// Recognises paragraph labels (`PP1.`, `OP3bis.`, `2 bis.`, `(a)`, `a)`, `a.`, `Option 1:`, `Alt. 2`) and describes them.

/** Latin insertion suffixes, in order: `2 bis` comes after 2 and before `2 ter`. */
export const INSERTION_SUFFIXES = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

const SUFFIX = `(?:${INSERTION_SUFFIXES.join('|')})`;
const SUFFIX_PATTERN = new RegExp(SUFFIX);

/** What may follow a label: a space, a tab, a no-break space (Word exports, French typography) or the line end. */
const AFTER = '(?=[ \\t\\u00a0\\u202f]|\\r|\\n|$)';
/** Spaces inside a label (`OP 3`, `2 bis`, `Option 1 :`), no-break ones included. */
const SP = '[ \\t\\u00a0\\u202f]';

const DIGITS_FIRST = '0123456789';
const LOWER_FIRST = 'abcdefghijklmnopqrstuvwxyz';
const OPTION_FIRST = 'oOaA'; // Option, Alternative, Alt

/**
 * One sticky pattern per label form, tried in order at a line start (after indentation).
 * Each must be followed by a space, a tab or the end of the line, so `1.5 degrees` or `(a)b` are not labels.
 * Options need their `:` or `.` (`Option 2 would ...` in a wrapped line is prose); plain numbers have at most three
 * digits, so a wrapped line that starts with a year (`2015. The`) is prose too.
 */
const LABEL_FORMS: ReadonlyArray<{ kind: LabelKind; pattern: RegExp; /** What a label of the form can start with. */ firstCharacters: string }> = [
  { kind: 'option', pattern: new RegExp(`(?:(?:Option|Alternative|Alt)${SP}+(?:\\d+|[A-Z])(?:${SP}*${SUFFIX})?${SP}?[:.]|Alt\\.${SP}*(?:\\d+|[A-Z])(?:${SP}*${SUFFIX})?(?:${SP}?[:.])?)${AFTER}`, 'iy'), firstCharacters: OPTION_FIRST },
  { kind: 'preambular', pattern: new RegExp(`PP${SP}?\\d+(?:[ \\t.\\u00a0\\u202f]?${SUFFIX})?\\.?${AFTER}`, 'iy'), firstCharacters: 'pP' },
  { kind: 'operative', pattern: new RegExp(`OP${SP}?\\d+(?:[ \\t.\\u00a0\\u202f]?${SUFFIX})?\\.?${AFTER}`, 'iy'), firstCharacters: 'oO' },
  // Decimal numbering needs its final dot (`3.1.`, `5 bis.1.`): `1.5 degrees` at the start of a wrapped line is prose.
  { kind: 'number', pattern: new RegExp(`\\d{1,3}(?:\\.?${SP}?${SUFFIX}(?:\\.\\d{1,3})*\\.|\\.?${SP}?${SUFFIX}|(?:\\.\\d{1,3})+\\.|\\.)${AFTER}`, 'y'), firstCharacters: DIGITS_FIRST },
  { kind: 'parenthesised', pattern: new RegExp(`\\((?:[a-z]{1,2}|[ivxlc]+|\\d{1,3})(?:${SP}?${SUFFIX})?\\)${AFTER}`, 'y'), firstCharacters: '(' },
  { kind: 'closingParen', pattern: new RegExp(`(?:[a-z]|[ivxlc]+|\\d{1,3})(?:${SP}?${SUFFIX})?\\)${AFTER}`, 'y'), firstCharacters: LOWER_FIRST + DIGITS_FIRST },
  { kind: 'dotted', pattern: new RegExp(`(?:[a-z]|[ivxlc]+)\\.(?=[ \\t\\u00a0\\u202f])`, 'y'), firstCharacters: LOWER_FIRST },
];

/** The written form of a label, before its level is decided. */
export type LabelKind = 'option' | 'preambular' | 'operative' | 'number' | 'parenthesised' | 'closingParen' | 'dotted';

/** Returns the end offset of a label starting at `pos`, and its form, or undefined when there is none. */
export function matchLabel(text: string, pos: number, atBlockStart = false): { end: number; kind: LabelKind } | undefined {
  const end = matchLabelEnd(text, pos, atBlockStart);
  return end < 0 ? undefined : { end, kind: lastMatchedKind };
}

/**
 * `matchLabel(...)?.end ?? -1`, making no object: the lexer tries every line start and needs only where a label
 * ends. The form it found is left in `lastMatchedKind` until the next call.
 */
export function matchLabelEnd(text: string, pos: number, atBlockStart = false): number {
  const first = text.charCodeAt(pos);
  // Fast exit: every label starts with a letter, a digit or `(`.
  const isDigit = first >= 48 && first <= 57;
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isDigit && !isLetter && first !== 40) return -1;
  return matchForms(FORMS_BY_FIRST_CHARACTER[first], text, pos, atBlockStart);
}

/** The form of the label `matchLabelEnd` found last. */
let lastMatchedKind: LabelKind = 'number';

/** Where the first of `forms` that matches at `pos` ends, else a bare decimal where a block starts, else -1. */
function matchForms(forms: typeof LABEL_FORMS, text: string, pos: number, atBlockStart: boolean): number {
  for (const form of forms) {
    form.pattern.lastIndex = pos;
    if (form.pattern.test(text)) {
      lastMatchedKind = form.kind;
      return form.pattern.lastIndex;
    }
  }
  // WIPO and WTO texts write `3.1 Text` without the final dot. Where a block starts (after a blank line or a heading)
  // that cannot be a wrapped line such as `1.5 degrees`, so it is a label there and only there.
  if (atBlockStart && isAsciiDigit(text.charCodeAt(pos))) {
    BARE_DECIMAL.lastIndex = pos;
    if (BARE_DECIMAL.test(text)) {
      lastMatchedKind = 'number';
      return BARE_DECIMAL.lastIndex;
    }
  }
  return -1;
}

/**
 * The forms a label starting with each ASCII character may have, in `LABEL_FORMS` order: a line start tries only
 * those (a line of prose starting with `The` tries none), and the first match is the same as trying them all.
 */
const FORMS_BY_FIRST_CHARACTER: ReadonlyArray<typeof LABEL_FORMS> = Array.from({ length: 128 }, (_, code) =>
  LABEL_FORMS.filter((form) => form.firstCharacters.includes(String.fromCharCode(code))),
);

/** `matchLabel` trying every form whatever the first character: the reference its shortcut is tested against. */
export function matchLabelTryingEveryForm(text: string, pos: number, atBlockStart = false): { end: number; kind: LabelKind } | undefined {
  const end = matchForms(LABEL_FORMS, text, pos, atBlockStart);
  return end < 0 ? undefined : { end, kind: lastMatchedKind };
}

/** `3.1`, `3.1.2`, `5 bis.1` without a final dot; accepted only at the start of a block. */
const BARE_DECIMAL = new RegExp(`\\d{1,3}(?:${SP}?${SUFFIX})?(?:\\.\\d{1,3})+${AFTER}`, 'y');

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

/** What came before a label in its list: the last letter ordinal of the same style, and whether that list is roman. */
export interface LabelContext {
  readonly previousLetterOrdinal?: number;
  readonly previousWasRoman?: boolean;
  /** True when the label is indented deeper than the previous letter label: a roman sub-list under `(h)`. */
  readonly deeperThanPrevious?: boolean;
  /** True when the label is indented less than the roman list before it: back to the letters after a sub-list. */
  readonly shallowerThanRomans?: boolean;
}

/** A label's meaning with its text and where it stands: the model's `Label`, made in one piece. */
export interface PlacedLabel extends LabelInfo {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Interprets a label's text, standing at `start..end` in the document (the whole text by default). Letters that are
 * also roman numerals are read as romans only when that is the likelier reading: `(i)` after `(h)` at the same
 * indentation is a letter, `(i)` under `(h)` indented deeper or with no letter before it is a roman; `(ii)`, `(iv)`
 * are romans; single `(c)`, `(l)` are always letters.
 */
export function describeLabel(labelText: string, kind: LabelKind, context: LabelContext = {}, start = 0, end = labelText.length): PlacedLabel {
  return describeCommonLabel(labelText, kind, context, start, end) ?? describeLabelInFull(labelText, kind, context, start, end);
}

/** Every label is made here, so that all have one shape. */
function placed(sequence: LabelInfo['sequence'], level: number, ordinal: number, suffix: string | undefined, key: string, text: string, start: number, end: number): PlacedLabel {
  return { sequence, level, ordinal, suffix, key, text, start, end };
}

/**
 * The plain forms most drafts are made of (`OP12.`, `PP 3`, `12.`, `(b)`, `(ii)`, `Option 2:`), read without regular
 * expressions or intermediate strings (keys of small numbers and of letters are made once); undefined for anything
 * else (insertions, decimals, other option forms). `describeLabelInFull` gives the same result for every form this
 * accepts (a test holds them together).
 */
export function describeCommonLabel(labelText: string, kind: LabelKind, context: LabelContext = {}, start = 0, end = labelText.length): PlacedLabel | undefined {
  const length = labelText.length;
  if (kind === 'preambular' || kind === 'operative') {
    let p = 2;
    if (labelText.charCodeAt(p) === 32) p++;
    const digitsStart = p;
    let ordinal = 0;
    while (p < length && isAsciiDigit(labelText.charCodeAt(p))) ordinal = ordinal * 10 + labelText.charCodeAt(p++) - 48;
    if (p === digitsStart || p - digitsStart > 6) return undefined;
    if (p < length && !(p === length - 1 && labelText.charCodeAt(p) === 46)) return undefined;
    return kind === 'preambular'
      ? placed('preambular', 1, ordinal, undefined, numberKey(PP_KEYS, 'pp', labelText, digitsStart, p, ordinal), labelText, start, end)
      : placed('operative', 1, ordinal, undefined, numberKey(OP_KEYS, 'op', labelText, digitsStart, p, ordinal), labelText, start, end);
  }
  if (kind === 'number') {
    let p = 0;
    let ordinal = 0;
    while (p < length && isAsciiDigit(labelText.charCodeAt(p))) ordinal = ordinal * 10 + labelText.charCodeAt(p++) - 48;
    if (p === 0 || p !== length - 1 || labelText.charCodeAt(p) !== 46) return undefined;
    return placed('number', 1, ordinal, undefined, numberKey(NUMBER_KEYS, '', labelText, 0, p, ordinal), labelText, start, end);
  }
  if (kind === 'parenthesised') return describeParenthesisedLetters(labelText, context, start, end);
  if (kind === 'option') return describePlainOption(labelText, start, end);
  return undefined;
}

/**
 * `(b)`, `(hh)`, `(iv)`: lower-case letters between parentheses, one or two of them or only roman ones (the forms
 * `matchLabel` accepts, which then hold no insertion suffix). A letter or a roman by the list around it, as
 * `describeLabelInFull` decides.
 */
function describeParenthesisedLetters(labelText: string, context: LabelContext, start: number, end: number): PlacedLabel | undefined {
  const length = labelText.length;
  if (length < 3 || labelText.charCodeAt(length - 1) !== 41) return undefined;
  let romanOnly = true;
  for (let i = 1; i < length - 1; i++) {
    const c = labelText.charCodeAt(i);
    if (c < 97 || c > 122) return undefined;
    if (!ROMAN_LETTER[c - 97]) romanOnly = false;
  }
  if (length > 4 && !romanOnly) return undefined;
  const keys = LETTER_KEYS.get(labelText) ?? letterKeysOf(labelText);
  if (romanOnly && isRomanReading(keys.body, context)) return placed('roman', 3, romanValue(keys.body), undefined, keys.roman, labelText, start, end);
  return placed('letter', 2, letterOrdinal(keys.body), undefined, keys.letter, labelText, start, end);
}

/** `Option 2:`, `option 3.`: the word in any case, one space, a number and `:` or `.`. */
function describePlainOption(labelText: string, start: number, end: number): PlacedLabel | undefined {
  const length = labelText.length;
  if (length < 9) return undefined;
  for (let i = 0; i < 6; i++) if ((labelText.charCodeAt(i) | 32) !== OPTION_LETTERS.charCodeAt(i)) return undefined;
  if (labelText.charCodeAt(6) !== 32) return undefined;
  let p = 7;
  let ordinal = 0;
  while (p < length && isAsciiDigit(labelText.charCodeAt(p))) ordinal = ordinal * 10 + labelText.charCodeAt(p++) - 48;
  const last = labelText.charCodeAt(p);
  if (p === 7 || p - 7 > 6 || p !== length - 1 || (last !== 58 && last !== 46)) return undefined;
  return placed('option', 1, ordinal, undefined, numberKey(OPTION_KEYS, 'option ', labelText, 7, p, ordinal), labelText, start, end);
}

const OPTION_LETTERS = 'option';

/** Which of `a`..`z` are roman digits (`i v x l c`). */
const ROMAN_LETTER: ReadonlyArray<boolean> = Array.from({ length: 26 }, (_, i) => 'ivxlc'.includes(String.fromCharCode(97 + i)));

/** Keys of numbered labels (`op3`, `pp12`, `7`, `option 2`) by ordinal, made once; digits written with a leading zero are not kept. */
const PP_KEYS: string[] = [];
const OP_KEYS: string[] = [];
const NUMBER_KEYS: string[] = [];
const OPTION_KEYS: string[] = [];
const MAX_KEPT_ORDINAL = 1000;

/** `prefix` and the digits `labelText[from, to)`, from `kept` when the digits are the ordinal as it is written plainly. */
function numberKey(kept: string[], prefix: string, labelText: string, from: number, to: number, ordinal: number): string {
  const plain = ordinal < MAX_KEPT_ORDINAL && (labelText.charCodeAt(from) !== 48 || to - from === 1);
  if (!plain) return prefix + labelText.slice(from, to);
  return (kept[ordinal] ??= prefix + labelText.slice(from, to));
}

/** The letters of `(hh)` and both keys it may have, made once per label text (there are few: `(a)` to `(zz)`, romans). */
const LETTER_KEYS = new Map<string, { readonly body: string; readonly letter: string; readonly roman: string }>();

function letterKeysOf(labelText: string): { readonly body: string; readonly letter: string; readonly roman: string } {
  const body = labelText.slice(1, -1);
  const keys = { body, letter: `()l${body}`, roman: `()r${body}` };
  // Bounded: only one or two letters or roman digits get here, and roman ones longer than a few are rare.
  if (LETTER_KEYS.size < MAX_KEPT_ORDINAL) LETTER_KEYS.set(labelText, keys);
  return keys;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// The expressions `describeLabelInFull` uses, made once (a regular expression literal is a new object each time it
// is evaluated). The global ones only serve `replace`, which starts from the beginning whatever `lastIndex` says, so
// sharing them keeps no state between calls.
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;
const OPTION_WORD = /^(option|alternative|alt)/;
const DIGITS = /\d+/;
const OPTION_VALUE = /(?:option|alternative|alt\.?)[ \t]*(\d+|[a-z])/;
const NOT_DECIMAL = /[^\d.]/g;
const FINAL_DOT = /\.$/;
const ONLY_DIGITS = /^\d+$/;
const LABEL_PUNCTUATION = /[().\s]/g;

/** `describeLabel` for every form, by regular expressions. */
export function describeLabelInFull(labelText: string, kind: LabelKind, context: LabelContext = {}, start = 0, end = labelText.length): PlacedLabel {
  const lower = labelText.toLowerCase().replace(NO_BREAK_SPACES, ' ');
  const suffixMatch = SUFFIX_PATTERN.exec(lower.replace(OPTION_WORD, ''));
  const suffix = suffixMatch ? suffixMatch[0] : undefined;
  const core = suffix ? lower.slice(0, lower.lastIndexOf(suffix)) : lower;
  const digits = DIGITS.exec(core);
  const suffixKey = suffix ? ` ${suffix}` : '';
  switch (kind) {
    case 'option': {
      const token = OPTION_VALUE.exec(lower);
      const value = token ? token[1] : '1';
      const ordinal = DIGITS.test(value) ? Number(value) : value.charCodeAt(0) - 96;
      return placed('option', 1, ordinal, suffix, `option ${value}${suffixKey}`, labelText, start, end);
    }
    case 'preambular':
      return placed('preambular', 1, Number(digits?.[0] ?? 0), suffix, `pp${digits?.[0]}${suffixKey}`, labelText, start, end);
    case 'operative':
      return placed('operative', 1, Number(digits?.[0] ?? 0), suffix, `op${digits?.[0]}${suffixKey}`, labelText, start, end);
    case 'number': {
      // `3.1.` and `5 bis.1.`: decimal article numbering nests one level per component; the insertion stays in the key.
      const decimal = lower.replace(SUFFIX_PATTERN, '').replace(NOT_DECIMAL, '').replace(FINAL_DOT, '');
      const parts = decimal.split('.').filter((p) => ONLY_DIGITS.test(p));
      const level = Math.max(1, parts.length);
      const isInsertion = suffix !== undefined && parts.length === 1;
      const key = `${lower.endsWith(')') ? ')' : ''}${parts[0] ?? ''}${suffixKey}${parts.slice(1).map((part) => `.${part}`).join('')}`;
      // Only `5 bis.` itself is an insertion between numbers; `5 bis.1.` is the first sub-paragraph of that insertion.
      return placed('number', level, Number(parts[parts.length - 1] ?? digits?.[0] ?? 0), isInsertion ? suffix : undefined, key, labelText, start, end);
    }
    default: {
      const body = core.replace(LABEL_PUNCTUATION, '');
      const styleKey = kind === 'dotted' ? '.' : kind === 'closingParen' ? ')' : '()';
      if (ONLY_DIGITS.test(body)) return placed('number', 2, Number(body), suffix, `${styleKey}${body}${suffixKey}`, labelText, start, end);
      const dotted = kind === 'dotted' ? 2 : 0;
      if (isRomanReading(body, context)) {
        return placed('roman', 3 + (kind === 'dotted' ? 1 : 0), romanValue(body), suffix, `${styleKey}r${body}${suffixKey}`, labelText, start, end);
      }
      return placed('letter', 2 + dotted, letterOrdinal(body), suffix, `${styleKey}l${body}${suffixKey}`, labelText, start, end);
    }
  }
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/** `a` is 1, `z` 26, `aa` 27, `bb` 28: doubled letters continue the alphabet, as in long lists of sub-paragraphs. */
function letterOrdinal(body: string): number {
  return 26 * (body.length - 1) + body.charCodeAt(0) - 96;
}

function isRomanReading(body: string, context: LabelContext): boolean {
  if (body === '' || !ROMAN.test(body)) return false;
  // `(ii)` after `(hh)` continues doubled letters; after `(i)` it is roman.
  const continuesLetters = context.previousLetterOrdinal === letterOrdinal(body) - 1;
  if (context.previousWasRoman && !context.shallowerThanRomans) return true; // (iv) then (v)
  if (body.length > 1) return !continuesLetters;
  if (continuesLetters) return context.deeperThanPrevious === true; // (h) then (i): a letter, unless indented under (h)
  // A list that starts with (i) is roman; a lone (v) or (x) with no letters before it is read as a letter.
  return body === 'i';
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
