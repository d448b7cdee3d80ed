// An annotation and its clauses as the model keeps them: one object each, their inner ranges made when read.

import type { Annotation, AttributionItem, Clause, ParagraphStatus, Range } from './model';

/**
 * `{...}` in the model. A draft has an annotation for every few brackets and paragraphs, and each kept a second
 * object for the range between its braces; the content's ends are kept as numbers instead, and `content` makes the
 * range when read (the same reason as `BracketRecord`).
 */
export class AnnotationRecord implements Annotation {
  /** Set by the walk once it knows what the annotation follows: a bracket, a paragraph, a footnote definition. */
  target: number;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: Annotation['kind'],
    private readonly contentStart: number,
    private readonly contentEnd: number,
    readonly closed: boolean,
    readonly clauses: ReadonlyArray<Clause>,
    target: number,
    readonly misplaced: boolean,
  ) {
    this.target = target;
  }

  get content(): Range {
    return { start: this.contentStart, end: this.contentEnd };
  }
}

/**
 * One clause of an annotation. Every clause has the same fields, so that the features reading them see one shape;
 * the role word's range, where there is one, is made when read from where it starts and its text.
 */
export class ClauseRecord implements Clause {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly role: Clause['role'],
    /** Where the role word starts, -1 when the clause has none. */
    private readonly roleStart: number,
    readonly roleText: string | undefined,
    readonly status: ParagraphStatus | undefined,
    readonly items: ReadonlyArray<AttributionItem>,
  ) {}

  get roleRange(): Range | undefined {
    return this.roleStart < 0 ? undefined : { start: this.roleStart, end: this.roleStart + (this.roleText ?? '').length };
  }
}
