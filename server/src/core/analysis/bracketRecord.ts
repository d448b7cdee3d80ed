// A bracket as the model keeps it: one object, its opener's and closer's ranges made when read.

import { NO_ITEMS } from './noItems';
import type { Bracket, Range } from './model';

/**
 * A draft has thousands of brackets, and each kept two more objects for the ranges of its `[` and `]`: a third of
 * the objects a bracket cost, which the collector copied at every analysis. The opener starts the bracket and the
 * closer ends it, so their other ends are all that is stored; `open` and `close` make the ranges on each read (a
 * reader that only takes `.start` from one costs no allocation once V8 has optimised it).
 */
export class BracketRecord implements Bracket {
  /** Where the bracket's `[` ends. */
  private readonly openEnd: number;
  /** Where its `]` starts, -1 when it has none. */
  private readonly closeStart: number;
  readonly end: number;
  readonly expectedCloseAt: number | undefined;
  attribution: number | undefined = undefined;
  alternativeSet = -1;
  innerAlternatives: ReadonlyArray<Range> = NO_ITEMS;

  /** A closed bracket from `[` over `start..openEnd` to `]` over `closeStart..closeEnd`; an unclosed one has `closeStart` -1 and `expectedCloseAt`. */
  constructor(
    readonly start: number,
    openEnd: number,
    closeStart: number,
    closeEnd: number,
    expectedCloseAt: number,
    readonly depth: number,
    readonly parent: number,
    readonly block: number,
  ) {
    this.openEnd = openEnd;
    this.closeStart = closeStart;
    const closed = closeStart >= 0;
    this.end = closed ? closeEnd : Math.max(expectedCloseAt, openEnd);
    this.expectedCloseAt = closed ? undefined : expectedCloseAt;
  }

  get open(): Range {
    return { start: this.start, end: this.openEnd };
  }

  get close(): Range | undefined {
    return this.closeStart < 0 ? undefined : { start: this.closeStart, end: this.end };
  }
}
