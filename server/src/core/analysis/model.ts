// The document model: what one analysis walk learns about a document, as plain data with UTF-16 offsets.

import type { ReadonlyTermTable } from '../lexicon/termTable';
import type { SyntaxProblem } from '../syntax/tokens';
import type { LabelInfo } from '../syntax/labels';
import type { ReadonlyBlockTable } from './blockTable';
import type { ReadonlyClauseTable } from './clauseTable';
import type { ReadonlyParagraphTable } from './paragraphTable';

/** The same record with writable fields: analysis fills records in place while building, consumers see them read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A half-open range of UTF-16 offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** The front matter's YAML, read leniently: unknown keys are kept, bad YAML is a problem, never a throw. */
export interface FrontMatter extends Range {
  /** The YAML body, between the fences. */
  readonly body: Range;
  readonly data: Readonly<Record<string, unknown>>;
  readonly title?: string;
  readonly symbol?: string;
  /** Document language (`en` `fr` `es` `ru` `zh` `ar`), `en` when absent. */
  readonly language: string;
  /** Lexicon paths from `lexicon:` (a path or a list), as written. */
  readonly lexiconPaths: ReadonlyArray<string>;
  /** The `delegations:` path, as written. */
  readonly delegationsPath?: string;
  /** YAML problems inside the front matter, at document offsets. */
  readonly problems: ReadonlyArray<{ readonly message: string; readonly start: number; readonly end: number }>;
}

/** A heading: `## Article 3` (`text` covers `Article 3`). */
export interface Heading extends Range {
  readonly level: number;
  readonly text: string;
  readonly textRange: Range;
  /** Index in `DocumentModel.headings` of the enclosing heading (lower level number), or -1. */
  readonly parent: number;
}

/** The status a paragraph annotation gives. */
export type ParagraphStatus = 'agreed' | 'ad ref' | 'pending';

/** A labelled paragraph label: in `OP3bis. Decides`, the range covers `OP3bis.`. */
export interface Label extends Range, LabelInfo {
  readonly text: string;
}

/** A block of text: a paragraph, a heading or a footnote definition (the units brackets are judged against); the
 * model keeps them as columns (`BlockTable`), and this is the object one of them makes. */
export interface Block extends Range {
  readonly kind: 'paragraph' | 'heading' | 'footnoteDefinition';
  /** Where the content ends, before the trailing newline: the place a missing `]` is expected. */
  readonly contentEnd: number;
}

/** A paragraph, labelled or not. */
export interface Paragraph extends Range {
  readonly block: number;
  readonly label?: Label;
  /** The annotation right after the label (`OP4. {ad ref}`), when it is one. */
  readonly annotation?: number;
  readonly status?: ParagraphStatus;
  /** Index of the heading whose section holds the paragraph, or -1. */
  readonly section: number;
  /** Index of the enclosing labelled paragraph (`(a)` under `OP3.`), or -1. */
  readonly parent: number;
  /** Index of the option set this paragraph belongs to, or -1. */
  readonly optionSet: number;
}

/** The roles an attribution clause can give. */
export type Role = 'proposed' | 'supported' | 'opposed' | 'delete' | 'retain' | 'reservation';

/** One item of a clause: `US` in `{supported: US, EU}`. */
export interface AttributionItem extends Range {
  readonly text: string;
  /** The registry's canonical code when the item names a known delegation. */
  readonly code?: string;
}

/** One `;`-separated clause of an annotation, as an object (the model keeps them as columns, `ClauseTable`). */
export interface Clause extends Range {
  /** The role, `status` for a status keyword, or `unknown` for `word:` that is not a role. */
  readonly role: Role | 'status' | 'unknown';
  /**
   * Where the role word is written (`proposed` in `{proposed: RU}`), or -1; it runs for `roleText`'s length, and is
   * not kept as a range of its own (`roleRangeOf` in `queries.ts` makes it).
   */
  readonly roleStart: number;
  /** The role word as written, when there is one. */
  readonly roleText?: string;
  readonly status?: ParagraphStatus;
  readonly items: ReadonlyArray<AttributionItem>;
}

/**
 * `{...}`: an attribution, a paragraph or footnote annotation, or a placeholder, by where it stands. `start` is the
 * offset of `{` and `end` is just after `}` (an unclosed one is only its `{`); its content, the text between the
 * braces, is not kept as a range of its own (`contentOf` in `queries.ts` makes it).
 */
export interface Annotation extends Range {
  readonly kind: 'attribution' | 'paragraph' | 'footnote' | 'placeholder';
  /** True when the annotation has its `}`. */
  readonly closed: boolean;
  /**
   * Its clauses, `firstClause` to `clauseEnd` in the model's `clauseTable` (none for placeholders); `clausesOf` in
   * `queries.ts` makes them objects.
   */
  readonly firstClause: number;
  readonly clauseEnd: number;
  /** For an attribution: the bracket it follows; for a paragraph annotation: the paragraph; for a footnote: the definition. */
  readonly target: number;
  /** For a placeholder: it reads like an attribution (`{proposed: NL}`) but follows no `]` and no label. */
  readonly misplaced?: boolean;
}

/** Who stands where on a bracket, an option or a paragraph, gathered from its clauses. */
export interface Positions {
  readonly proposed: ReadonlyArray<string>;
  readonly supported: ReadonlyArray<string>;
  readonly opposed: ReadonlyArray<string>;
  readonly delete: ReadonlyArray<string>;
  readonly retain: ReadonlyArray<string>;
  readonly reservation: ReadonlyArray<string>;
}

/**
 * A bracket: in `[shall]{US}`, `start` is the offset of `[` and, the bracket being closed, `end` is just after `]`;
 * `attribution` indexes `{US}`. Both delimiters are one character, so they are not kept as ranges of their own
 * (`openerOf`, `closerOf` in `queries.ts` make them): a 10 MB draft has 26,000 brackets, and every object an analysis keeps is
 * copied by the collector. An unclosed bracket ends at the end of its opener or where its `]` most likely belongs,
 * `expectedCloseAt`, whichever is later.
 */
export interface Bracket extends Range {
  /** True when the bracket has its `]`. */
  readonly closed: boolean;
  readonly expectedCloseAt?: number;
  /** 1 for a top-level bracket. */
  readonly depth: number;
  /** Index of the enclosing bracket, or -1. */
  readonly parent: number;
  /** Index of the block holding the opener. */
  readonly block: number;
  readonly attribution?: number;
  /** Index of the alternative set the bracket belongs to, or -1. */
  readonly alternativeSet: number;
  /** ` / `-separated alternatives inside the bracket (at its own depth), when there are at least two. */
  readonly innerAlternatives: ReadonlyArray<Range>;
}

/** Brackets that follow each other (`[shall][should]`, `[a]/[b]`): one open choice. */
export interface AlternativeSet extends Range {
  readonly members: ReadonlyArray<number>;
}

/** One `Option N:` member of an option set, with the sub-paragraphs that belong to it. */
export interface OptionMember extends Range {
  readonly paragraph: number;
  readonly label: Label;
  /** True for `Option 2: No text`. */
  readonly noText: boolean;
}

/** Consecutive `Option N:` / `Alt N.` paragraphs. */
export interface OptionSet extends Range {
  readonly members: ReadonlyArray<OptionMember>;
  /** The labelled paragraph the set stands under, or -1. */
  readonly parent: number;
  readonly section: number;
}

/** `[^7]` in the text: `label` is `7`, `labelRange` covers `7`. */
export interface FootnoteReference extends Range {
  readonly label: string;
  readonly labelRange: Range;
}

/** `[^7]: text`: `marker` covers `[^7]:`, `body` the text after it (continuation lines included). */
export interface FootnoteDefinition extends Range {
  readonly label: string;
  readonly labelRange: Range;
  readonly marker: Range;
  readonly body: Range;
  readonly annotation?: number;
}

/** A matched lexicon term; produced by the lexicon matcher when one is configured. */
export interface TermOccurrence extends Range {
  readonly matched: string;
  readonly form: 'term' | 'variant' | 'abbreviation' | 'deprecated' | 'translation';
  /** The language the term was matched in (the matcher's), which decides the replacement's. */
  readonly language: string;
  /** The agreed form in the document's language, capitalised like the matched text (the quick fix writes it). */
  readonly replacement?: string;
  readonly entry: {
    readonly term: string;
    readonly status: 'agreed' | 'proposed' | 'contested' | 'rejected';
    readonly [key: string]: unknown;
  };
}

/** Everything analysis knows about one document version. */
export interface DocumentModel {
  readonly text: string;
  /** The lexer's and parser's problems. The tree itself is not kept: the model holds everything features need, and a
   * large document's tokens would otherwise stay in memory for as long as the editor caches the model. */
  readonly syntaxProblems: ReadonlyArray<SyntaxProblem>;
  readonly frontMatter?: FrontMatter;
  readonly language: string;
  /** Paragraphs, headings and footnote definitions in document order, as columns (`blocks.contentEnd(i)`). */
  readonly blocks: ReadonlyBlockTable;
  readonly headings: ReadonlyArray<Heading>;
  /** The paragraphs as columns (`paragraphTable.label(i)`): what the paths an edit runs read. */
  readonly paragraphTable: ReadonlyParagraphTable;
  /** The same paragraphs as objects, made when first read. */
  readonly paragraphs: ReadonlyArray<Paragraph>;
  readonly brackets: ReadonlyArray<Bracket>;
  /** `]` with no opener. */
  readonly strayClosers: ReadonlyArray<Range>;
  /** `/` after a bracket that no bracket follows (`[protection]/safeguarding`). */
  readonly danglingSlashes: ReadonlyArray<Range>;
  readonly alternativeSets: ReadonlyArray<AlternativeSet>;
  readonly optionSets: ReadonlyArray<OptionSet>;
  readonly annotations: ReadonlyArray<Annotation>;
  /** The annotations' clauses and their items, as columns. */
  readonly clauseTable: ReadonlyClauseTable;
  readonly footnoteReferences: ReadonlyArray<FootnoteReference>;
  readonly footnoteDefinitions: ReadonlyArray<FootnoteDefinition>;
  readonly comments: ReadonlyArray<Range>;
  readonly escapes: ReadonlyArray<Range>;
  /** The prose: text a reader reads (no labels, annotations, comments, front matter, markers). */
  readonly prose: ReadonlyArray<Range>;
  /** The same ranges flat (`start, end, …`), as lexicon matching reads them. */
  readonly prosePairs: Int32Array;
  /** The lexicon terms in the prose, by start (see `TermTable`; `termAt` finds the one at an offset). */
  readonly terms: ReadonlyTermTable;
}
