// Reads the front matter's YAML into the fields analysis and the workspace need (title, language, lexicon, delegations).

import { parseDocument } from 'yaml';
import { Tok } from '../syntax/tokens';
import { Blk, type SyntaxTree } from '../syntax/tree';
import { findExcessiveNesting } from '../lexicon/yamlNesting';
import { detached } from '../text/detached';
import { FrontMatterCache } from './frontMatterCache';
import type { FrontMatter, Range } from './model';

/** The six UN languages; a document's language decides lexicon matching. */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'es', 'ru'] as const;

/** The longest front matter read (in UTF-16 units): a real one is a few lines; a huge one is a mistake or an attack. */
export const MAX_FRONT_MATTER = 100_000;

/** The most aliases a front matter may use; more is an alias bomb, refused with a problem. */
const MAX_ALIASES = 50;

/** The deepest nesting read: a front matter needs 3 levels; the YAML library recurses and overflows the stack near a thousand. */
export const MAX_FRONT_MATTER_NESTING = 64;

/** Parses the YAML body of a front matter node; never throws. */
export function readFrontMatter(text: string, range: Range, body: Range): FrontMatter {
  const problems: Array<{ message: string; start: number; end: number }> = [];
  let data: Record<string, unknown> = {};
  // A copy, not a view into the draft: the YAML's values are cut from it, and a cached front matter outlives its draft.
  const source = withLineFeeds(detached(text.slice(body.start, body.end)));
  if (source.length > MAX_FRONT_MATTER) {
    problems.push({ message: `The front matter is ${source.length} characters long; a front matter is read only up to ${MAX_FRONT_MATTER} characters, so this one was skipped.`, start: range.start, end: Math.min(range.end, range.start + 3) });
    return { start: range.start, end: range.end, body, data, language: 'en', lexiconPaths: [], problems };
  }
  // Measured first in one linear scan: a deeper front matter would cost a stack overflow (and most of a second) per keystroke.
  const deep = findExcessiveNesting(source, MAX_FRONT_MATTER_NESTING);
  if (deep !== undefined) {
    problems.push({ message: `The front matter nests deeper than ${MAX_FRONT_MATTER_NESTING} levels here, so it was skipped.`, start: body.start + deep, end: body.start + deep + 1 });
    return { start: range.start, end: range.end, body, data, language: 'en', lexiconPaths: [], problems };
  }
  try {
    const document = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
    for (const error of document.errors) {
      problems.push({ message: error.message.split('\n')[0], start: body.start + error.pos[0], end: body.start + Math.max(error.pos[1], error.pos[0] + 1) });
    }
    if (document.errors.length === 0) {
      const value = document.toJS({ maxAliasCount: MAX_ALIASES });
      if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
      else if (value !== null && value !== undefined) problems.push({ message: 'Front matter must be a mapping of keys to values.', start: body.start, end: body.end });
    }
  } catch (error) {
    problems.push({ message: `Front matter could not be read: ${(error as Error).message}`, start: range.start, end: range.end });
  }
  const written = typeof data.language === 'string' ? data.language.trim().toLowerCase() : undefined;
  const known = written !== undefined && (UN_LANGUAGES as readonly string[]).includes(written);
  if (data.language !== undefined && data.language !== null && written !== '' && !known) {
    const at = valueRange(source, 'language');
    problems.push({
      message: `Unknown language "${String(data.language)}": use one of ${UN_LANGUAGES.join(', ')}; lexicon terms are matched as English.`,
      start: body.start + (at?.start ?? 0),
      end: body.start + (at?.end ?? source.length),
    });
  }
  const language = known ? written! : 'en';
  return {
    start: range.start,
    end: range.end,
    body,
    data,
    title: asString(data.title),
    symbol: asString(data.symbol),
    language,
    lexiconPaths: asStringList(data.lexicon),
    delegationsPath: asString(data.delegations),
    problems,
  };
}

/** A lone CR (an old Mac line end) that no LF follows. */
const LONE_CR = /\r(?!\n)/g;

/**
 * The YAML with each lone CR made an LF: the YAML library reads only LF and CRLF as line ends, and read a CR-only
 * front matter as one line (`title: A` CR `language: fr` was a nested mapping error). One character for one, so
 * offsets into the body stay those of the document.
 */
function withLineFeeds(source: string): string {
  return source.includes('\r') ? source.replace(LONE_CR, '\n') : source;
}

function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value instanceof Date) return String(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  return undefined;
}

function asStringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** Where a top-level key's value is written (`language: xx` gives the range of `xx`), by a line scan of the YAML. */
function valueRange(source: string, key: string): { start: number; end: number } | undefined {
  const match = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'm').exec(source);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1], key.length);
  return { start, end: start + match[1].length };
}

/** Front matters read lately, shared by every caller of `frontMatterOf`. */
const recentlyRead = new FrontMatterCache();

/**
 * The front matter of a parsed tree, or undefined when there is none. Callers that must choose the analysis options
 * from it (the lexicon, the delegations) parse once, read it here, then pass the same tree to `analyze`. The same
 * front matter text is read once (see `FrontMatterCache`); the result is frozen.
 */
export function frontMatterOf(tree: SyntaxTree): FrontMatter | undefined {
  const { blocks, tokens } = tree;
  // The front matter can only be the first block (a byte order mark is not a block).
  if (blocks.count === 0 || blocks.kinds[0] !== Blk.FrontMatter) return undefined;
  const first = blocks.firstTokens[0];
  const end = blocks.endTokens[0];
  let body = -1;
  for (let k = first; k < end; k++) if (tokens.kinds[k] === Tok.FrontMatterText) body = k;
  const range = { start: tokens.start(first), end: tokens.start(end) };
  const bodyRange = body >= 0 ? { start: tokens.start(body), end: tokens.end(body) } : { start: tokens.end(first), end: tokens.end(first) };
  return recentlyRead.get(tree.text, range.start, range.end, () => readFrontMatter(tree.text, range, bodyRange));
}
