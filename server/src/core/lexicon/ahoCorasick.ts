// An Aho-Corasick automaton over UTF-16 units: finds every occurrence of many patterns in one pass over a text.

/**
 * A set of string patterns, each with a numeric id, matched all at once. Build it with `add` then `build`,
 * then `run` it over the text, a stretch at a time if need be; the patterns ending at a unit are read from
 * the node it reports with `nextOutput`, `patternAt` and `lengthAt`. The time is linear in the text plus the
 * number of occurrences, whatever the number of patterns: the reason the lexicon does not use a regular
 * expression per term.
 *
 * With `mayStartAfter`, occurrences are only looked for where that test allows one to start, given the unit
 * before and the first unit (the matcher allows no start inside a word): the automaton then never enters
 * the middle of a word, and most units inside words cost a single test. Every occurrence starting where the
 * test allows is still reported.
 *
 * While patterns are added, children are sibling lists in flat arrays, not a Map per node: a 2,000-term
 * lexicon makes tens of thousands of nodes and most have one child. `build` then gives the shallowest
 * nodes, where most steps happen, full rows of next states (see `rows`), and the others compact records;
 * the root, visited on nearly every character, gets a dense table.
 */
export class AhoCorasick {
  private firstChild: number[] = [-1];
  private nextSibling: number[] = [-1];
  private label: number[] = [0];
  private depth: number[] = [0];
  /** Pattern id ending at the node, or -1. When two patterns are equal, the first added keeps the node. */
  private output: number[] = [-1];
  /** Per node, after `build`: the pattern id ending there or -1, its depth, and the next node on its fail chain with an output (0 when none). */
  private outputs = new Int32Array(1);
  private depths = new Int32Array(1);
  private outputLink = new Int32Array(1);
  /**
   * The states of `run`: 0 is the root; the shallowest nodes, where most steps happen, have a row, a positive
   * state (see `rows`); the others a record, a negative state (see `records`).
   *
   * A row is the node's next state on every unit the patterns use, fail links already followed: one lookup a
   * step. At the state's index, in place of class 0 (units no pattern uses, which always lead to the root),
   * it holds the first node of the state's chain with an output (a node number, 0 when none).
   */
  private rows = new Int32Array(0);
  /** The class of each unit in rows: 0 for units no pattern uses, else 1 and up. */
  private readonly unitClass = new Uint16Array(0x10000);
  /**
   * A record, at the state's negated index: the node's fail state, the first node of its chain with an output
   * (0 when none), its number of children n, their n units in increasing order, then their n states.
   */
  private records = new Int32Array(0);
  /** The states of the root's children, by unit (0 for none). */
  private readonly rootTable = new Int32Array(0x10000);
  /** The units of the row classes, during `build`. */
  private rowUnits: number[] = [];
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

  /** Computes the fail links (breadth first, so a node's fail target is always done before the node), then the records. */
  build(): void {
    const count = this.label.length;
    const order = this.breadthFirst();
    const rootChildren = new Int32Array(0x10000);
    for (let child = this.firstChild[0]; child >= 0; child = this.nextSibling[child]) rootChildren[this.label[child]] = child;
    const fail = new Int32Array(count);
    this.outputLink = new Int32Array(count);
    for (const node of order.subarray(1)) {
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
        // The fail link: the longest proper suffix that is a node and may start an occurrence. It starts inside the
        // child's own units, so `mayStartAfter` reads only the pattern; the shortest, the child's label alone, follows the node's label.
        let target = fail[node];
        let next = -1;
        for (; target !== 0 && next < 0; target = fail[target]) next = this.child(target, this.label[child]);
        if (next < 0) next = this.mayStartAfter === undefined || this.mayStartAfter(this.label[node], this.label[child]) ? rootChildren[this.label[child]] : 0;
        fail[child] = next;
        this.outputLink[child] = this.output[next] >= 0 ? next : this.outputLink[next];
      }
    }
    this.outputs = Int32Array.from(this.output);
    this.depths = Int32Array.from(this.depth);
    const states = this.assignStates(order);
    this.writeRows(order, fail, states, rootChildren);
    this.writeRecords(order, fail, states);
    for (let child = this.firstChild[0]; child >= 0; child = this.nextSibling[child]) this.rootTable[this.label[child]] = states[child];
    // The lists served building only; the records replace them.
    this.firstChild = this.nextSibling = this.label = this.depth = this.output = this.rowUnits = [];
    this.built = true;
  }

  /**
   * Reads `codes[from..to)` starting in `state` (0, the root, before the first unit), `previous` being the
   * unit before `codes[from]`; calls `onOutput(index, node)` at each unit where a pattern ends, `node` the
   * longest pattern ending there (see `nextOutput`); returns the state after the last unit.
   */
  run(codes: Uint16Array, from: number, to: number, state: number, previous: number, onOutput: (index: number, node: number) => void): number {
    const { records, rows, unitClass, rootTable, mayStartAfter } = this;
    for (let i = from; i < to; i++) {
      const code = codes[i];
      const unit = unitClass[code];
      if (unit === 0) {
        // No pattern has this unit (an unknown word, most of them): from any state it leads to the root, and
        // no pattern ends there; decided at once rather than down a deep state's fail chain.
        state = 0;
        previous = code;
        continue;
      }
      let next = 0;
      let found = false;
      // Down the fail chain until a node has a row or a child on `code`, or the root.
      while (state !== 0) {
        if (state > 0) {
          next = rows[state + unit];
          found = true;
          break;
        }
        const at = -state;
        const children = records[at + 2];
        let low = at + RECORD_HEADER;
        let high = low + children;
        while (high - low > 8) {
          const middle = (low + high) >>> 1;
          if (records[middle] < code) low = middle + 1;
          else high = middle + 1;
        }
        while (low < high && records[low] < code) low++;
        if (low < high && records[low] === code) {
          next = records[low + children];
          found = true;
          break;
        }
        state = records[at];
      }
      if (!found && (mayStartAfter === undefined || mayStartAfter(previous, code))) next = rootTable[code];
      state = next;
      previous = code;
      if (state !== 0) {
        const output = state > 0 ? rows[state] : records[1 - state];
        if (output !== 0) onOutput(i, output);
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

  /**
   * Per UTF-16 unit, 0 when no pattern has it (read after `build`): from any state, such a unit leads back to the root
   * and ends no pattern, so a run of them reads as one of them does.
   */
  patternUnits(): Readonly<Uint16Array> {
    return this.unitClass;
  }

  /** The length of the longest pattern. */
  longestPattern(): number {
    let longest = 0;
    for (const depth of this.depths) longest = Math.max(longest, depth);
    return longest;
  }

  /** The nodes in breadth-first order, the root first. */
  private breadthFirst(): Int32Array {
    const order = new Int32Array(this.label.length);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      for (let child = this.firstChild[order[head]]; child >= 0; child = this.nextSibling[child]) order[tail++] = child;
    }
    return order;
  }

  /** The state of each node: rows for as many nodes, breadth first, as `MAX_ROW_ENTRIES` allows, records for the others. */
  private assignStates(order: Int32Array): Int32Array {
    const units: number[] = [];
    for (let node = 1; node < order.length; node++) {
      if (this.unitClass[this.label[node]] === 0) {
        units.push(this.label[node]);
        this.unitClass[this.label[node]] = units.length;
      }
    }
    this.rowUnits = units;
    const width = units.length + 1;
    const rowCount = Math.min(order.length, Math.floor(MAX_ROW_ENTRIES / width));
    const states = new Int32Array(order.length);
    // Row 0 would be state 0, the root's, which has none; record offset 0 likewise stays unused.
    let offset = 1;
    for (let rank = 1; rank < order.length; rank++) {
      const node = order[rank];
      if (rank < rowCount) {
        states[node] = rank * width;
      } else {
        states[node] = -offset;
        let children = 0;
        for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) children++;
        offset += RECORD_HEADER + 2 * children;
      }
    }
    this.rows = new Int32Array(rowCount * width);
    this.records = new Int32Array(offset);
    return states;
  }

  /**
   * Fills the rows. Breadth first, a node's fail target is shallower, so it has a row too, already filled,
   * unless it is the root: then a unit leads to the root's child only where `mayStartAfter` allows.
   */
  private writeRows(order: Int32Array, fail: Int32Array, states: Int32Array, rootChildren: Int32Array): void {
    const units = this.rowUnits;
    const width = units.length + 1;
    for (let rank = 1; rank * width < this.rows.length; rank++) {
      const node = order[rank];
      const row = states[node];
      this.rows[row] = this.output[node] >= 0 ? node : this.outputLink[node];
      for (let unit = 1; unit < width; unit++) {
        const code = units[unit - 1];
        const child = this.child(node, code);
        let next: number;
        if (child >= 0) next = states[child];
        else if (fail[node] !== 0) next = this.rows[states[fail[node]] + unit];
        else next = this.mayStartAfter === undefined || this.mayStartAfter(this.label[node], code) ? states[rootChildren[code]] : 0;
        this.rows[row + unit] = next;
      }
    }
  }

  /** Fills the records of the nodes without a row. */
  private writeRecords(order: Int32Array, fail: Int32Array, states: Int32Array): void {
    for (const node of order) {
      if (states[node] >= 0) continue;
      const at = -states[node];
      const children: number[] = [];
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) children.push(child);
      children.sort((a, b) => this.label[a] - this.label[b]);
      this.records[at] = states[fail[node]];
      this.records[at + 1] = this.output[node] >= 0 ? node : this.outputLink[node];
      this.records[at + 2] = children.length;
      children.forEach((child, k) => {
        this.records[at + RECORD_HEADER + k] = this.label[child];
        this.records[at + RECORD_HEADER + children.length + k] = states[child];
      });
    }
  }

  private child(node: number, code: number): number {
    for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
      if (this.label[child] === code) return child;
    }
    return -1;
  }
}

/** Fail state, first output and number of children, before a node's children in its record. */
const RECORD_HEADER = 3;
/** The most entries in the rows: 1 MB, the first 9,000 nodes of a 2,000-term English lexicon (27 units). */
const MAX_ROW_ENTRIES = 1 << 18;
