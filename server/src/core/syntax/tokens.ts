// Token kinds and the token record the lexer produces; every UTF-16 unit of a document belongs to exactly one token.

/**
 * The kinds of token. Text runs are coarse (a whole run of prose between delimiters is one token)
 * because analysis speed depends on the number of tokens, not on the number of characters.
 */
export type TokenKind =
  | 'bom'
  | 'frontMatterFence' // `---` (or `...` as the closer) on its own line
  | 'frontMatterText' // the YAML between the fences, newlines included
  | 'headingMarker' // `##` at line start
  | 'label' // `OP3bis.`, `(a)`, `Option 1:` at line start
  | 'footnoteDefMarker' // `[^7]:` at line start
  | 'footnoteRef' // `[^7]` anywhere else
  | 'bracketOpen' // `[`
  | 'bracketClose' // `]`
  | 'braceOpen' // `{`
  | 'annotationText' // what stands between `{` and `}`
  | 'braceClose' // `}`
  | 'commentOpen' // `<!--`
  | 'commentText' // what stands between `<!--` and `-->`
  | 'commentClose' // `-->`
  | 'escape' // `\[`, `\]`, `\{`, `\}`, `\\`
  | 'slash' // `/` that can separate alternatives: `]/[`, `] / [`, ` / ` inside a bracket
  | 'text'
  | 'whitespace' // indentation and blank lines only; spaces inside a line belong to text
  | 'newline'; // `\n`, `\r\n` or `\r`

/**
 * The token kinds as small numbers, in the order of `TOKEN_KIND_NAMES`: the lexer stores one byte per token
 * rather than an object, which keeps a megabyte of text to a few hundred kilobytes of tokens and no garbage.
 */
export const enum Tok {
  Bom,
  FrontMatterFence,
  FrontMatterText,
  HeadingMarker,
  Label,
  FootnoteDefMarker,
  FootnoteRef,
  BracketOpen,
  BracketClose,
  BraceOpen,
  AnnotationText,
  BraceClose,
  CommentOpen,
  CommentText,
  CommentClose,
  Escape,
  Slash,
  Text,
  Whitespace,
  Newline,
}

/** The name of each `Tok` code, by code. */
export const TOKEN_KIND_NAMES: readonly TokenKind[] = [
  'bom',
  'frontMatterFence',
  'frontMatterText',
  'headingMarker',
  'label',
  'footnoteDefMarker',
  'footnoteRef',
  'bracketOpen',
  'bracketClose',
  'braceOpen',
  'annotationText',
  'braceClose',
  'commentOpen',
  'commentText',
  'commentClose',
  'escape',
  'slash',
  'text',
  'whitespace',
  'newline',
];

/** One token: `start` inclusive, `end` exclusive, both UTF-16 offsets into the document text. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

/** A problem found while lexing or parsing, at offsets; the message catalogue words it. */
export interface SyntaxProblem {
  readonly id: 'brace.unclosed' | 'comment.unclosed' | 'frontmatter.unclosed';
  readonly start: number;
  readonly end: number;
  /** Where the missing closer was expected (the end of the paragraph), when that helps. */
  readonly expectedAt?: number;
}
