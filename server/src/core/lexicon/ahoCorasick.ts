// An Aho-Corasick automaton over UTF-16 units: finds every occurrence of many patterns in one pass over a text.

/**
 * A set of string patterns, each with a numeric id, matched all at once. Build it with `add` then `build`,
 * then `run` it over the text, a stretch at a time if need be; the patterns ending at a unit are read from
 * the node it reports with `nextOutput`, `patternAt` and `lengthAt`. The time is linear in the text plus the number of occurrences, whatever
 * the number of patterns: the reason the lexicon does not use a regular expression per term.
 *
 * With `mayStartAfter`, occurrences are only looked for where that test allows one to start, given the unit
 * before and the first unit (the matcher allows no start inside a word): the automaton then never enters
 * the middle of a word, and most units inside words cost a single test. Every occurrence starting where the
 * test allows is still reported.
 *
 * While patterns are added, children are sibling lists in flat arrays, not a Map per node: a 2,000-term
 * lexicon makes about 100,000 nodes and most have one child. `build` then lays each node's children out
 * side by side, sorted by unit, so that a step is one comparison for most nodes, and gives the root,
 * visited on nearly every character, a dense table.
 */
export class AhoCorasick {
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly label: number[] = [0];
  private readonly depth: number[] = [0];
  /** Pattern id ending at the node, or -1. When two patterns are equal, the first added keeps the node. */
  private readonly output: number[] = [-1];
  private outputs: Int32Array = new Int32Array(1);
  private depths: Int32Array = new Int32Array(1);
  private fail: Int32Array = new Int32Array(1);
  /** Nearest node on the fail chain that has an output (0 when none). */
  private outputLink: Int32Array = new Int32Array(1);
  private readonly rootTable = new Int32Array(0x10000);
  /** The children of node n, for the scan: `childCodes` and `childNodes` from `childrenFrom[n]` to `childrenFrom[n + 1]`, by unit. */
  private childrenFrom: Int32Array = new Int32Array(2);
  private childCodes: Uint16Array = new Uint16Array(0);
  private childNodes: Int32Array = new Int32Array(0);
  private built = false;

  /** `mayStartAfter(previous, first)`: whether an occurrence may start with `first` after `previous`; anywhere when absent. */
  constructor(private readonly mayStartAfter?: (previous: number, first: number) => boolean) {}

  /** Adds a pattern; returns false when an equal pattern was added before (the earlier id wins). */
  add(pattern: string, id: number): boolean {
    if (this.built) throw new Error('AhoCorasick.add after build');
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let child = this.child(node, code);
      if (child < 0) {
        child = this.label.length;
        this.label.push(code);
        this.depth.push(this.depth[node] + 1);
        this.output.push(-1);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[node]);
        this.firstChild[node] = child;
      }
      node = child;
    }
    if (node === 0 || this.output[node] >= 0) return false;
    this.output[node] = id;
    return true;
  }

  /** Computes the fail links (breadth first, so a node's fail target is always done before the node). */
  build(): void {
    const count = this.label.length;
    this.outputs = Int32Array.from(this.output);
    this.depths = Int32Array.from(this.depth);
    this.childrenFrom = new Int32Array(count + 1);
    this.childCodes = new Uint16Array(count - 1);
    this.childNodes = new Int32Array(count - 1);
    let edges = 0;
    for (let node = 0; node < count; node++) {
      this.childrenFrom[node] = edges;
      const children: number[] = [];
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) children.push(child);
      children.sort((a, b) => this.label[a] - this.label[b]);
      for (const child of children) {
        this.childCodes[edges] = this.label[child];
        this.childNodes[edges++] = child;
      }
    }
    this.childrenFrom[count] = edges;
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    for (let child = this.firstChild[0]; child >= 0; child = this.nextSibling[child]) this.rootTable[this.label[child]] = child;
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    for (let child = this.firstChild[0]; child >= 0; child = this.nextSibling[child]) queue[tail++] = child;
    while (head < tail) {
      const node = queue[head++];
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
        // The fail link: the longest proper suffix that is a node and may start an occurrence. It starts inside the
        // child's own units, so `mayStartAfter` reads only the pattern; the shortest, the child's label alone, follows the node's label.
        const next = this.next(this.fail[node], this.label[child], this.label[node]);
        this.fail[child] = next;
        this.outputLink[child] = this.output[next] >= 0 ? next : this.outputLink[next];
        queue[tail++] = child;
      }
    }
    this.built = true;
  }

  /**
   * Reads `codes[from..to)` starting in `state`, `previous` being the unit before `codes[from]`; calls
   * `onOutput(index, node)` at each unit where a pattern ends, `node` the longest pattern ending there (see `nextOutput`);
   * returns the state after the last unit. Where no occurrence may start, the root reads a unit with one test.
   */
  run(codes: Uint16Array, from: number, to: number, state: number, previous: number, onOutput: (index: number, node: number) => void): number {
    for (let i = from; i < to; i++) {
      const code = codes[i];
      state = this.next(state, code, previous);
      previous = code;
      if (state !== 0) {
        const node = this.firstOutput(state);
        if (node !== 0) onOutput(i, node);
      }
    }
    return state;
  }

  /** The next, shorter, pattern ending on `node`'s chain, or 0. */
  nextOutput(node: number): number {
    return this.outputLink[node];
  }

  /** The id of the pattern ending at an output node. */
  patternAt(node: number): number {
    return this.outputs[node];
  }

  /** The length of the pattern ending at an output node. */
  lengthAt(node: number): number {
    return this.depths[node];
  }

  /** The length of the longest pattern. */
  longestPattern(): number {
    let longest = 0;
    for (const depth of this.depth) longest = Math.max(longest, depth);
    return longest;
  }

  /**
   * The state after reading `code` in `state` (0, the root, before the first unit), following fail links
   * until a node has a child on `code`; `previous` is the unit read before `code`, for `mayStartAfter`.
   */
  private next(state: number, code: number, previous: number): number {
    for (; state !== 0; state = this.fail[state]) {
      const child = this.childOn(state, code);
      if (child !== 0) return child;
    }
    return this.mayStartAfter === undefined || this.mayStartAfter(previous, code) ? this.rootTable[code] : 0;
  }

  /** The first node of `state`'s chain where a pattern ends (the longest such pattern), or 0 when none does. */
  private firstOutput(state: number): number {
    return this.outputs[state] >= 0 ? state : this.outputLink[state];
  }

  /** The child of a node other than the root on `code`, or 0. */
  private childOn(node: number, code: number): number {
    const { childrenFrom, childCodes } = this;
    let low = childrenFrom[node];
    let high = childrenFrom[node + 1];
    // Most nodes have one child or a few: compare them in turn; halve the range of a node with many.
    while (high - low > 8) {
      const middle = (low + high) >>> 1;
      if (childCodes[middle] < code) low = middle + 1;
      else high = middle + 1;
    }
    while (low < high && childCodes[low] < code) low++;
    return low < high && childCodes[low] === code ? this.childNodes[low] : 0;
  }

  private child(node: number, code: number): number {
    for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
      if (this.label[child] === code) return child;
    }
    return -1;
  }
}
