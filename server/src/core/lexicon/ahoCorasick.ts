// An Aho-Corasick automaton over UTF-16 units: finds every occurrence of many patterns in one pass over a text.

/**
 * A set of string patterns, each with a numeric id, matched all at once. Build it with `add` then `build`;
 * `scan` reports every pattern occurrence (overlapping ones included) in time linear in the text plus the
 * number of occurrences, whatever the number of patterns: the reason the lexicon does not use a regular
 * expression per term.
 *
 * While patterns are added, children are sibling lists in flat arrays, not a Map per node: a 2,000-term
 * lexicon makes about 100,000 nodes and most have one child. `build` then puts every edge in one
 * open-addressing hash table for the scan, and gives the root, visited on nearly every character, a
 * dense table.
 */
export class AhoCorasick {
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly label: number[] = [0];
  private readonly depth: number[] = [0];
  /** Pattern id ending at the node, or -1. When two patterns are equal, the first added keeps the node. */
  private readonly output: number[] = [-1];
  private fail: Int32Array = new Int32Array(1);
  /** Nearest node on the fail chain that has an output (0 when none). */
  private outputLink: Int32Array = new Int32Array(1);
  private readonly rootTable = new Int32Array(0x10000);
  /** Edge table for the scan: (parent, code) → child, open addressing with linear probing; parent -1 is empty. */
  private edgeParent: Int32Array = new Int32Array(0);
  private edgeCode: Uint16Array = new Uint16Array(0);
  private edgeChild: Int32Array = new Int32Array(0);
  private edgeMask = 0;
  private built = false;

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
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    this.edgeParent = new Int32Array(capacity).fill(-1);
    this.edgeCode = new Uint16Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.edgeMask = capacity - 1;
    for (let node = 1; node < count; node++) {
      for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
        let slot = hash(node, this.label[child]) & this.edgeMask;
        while (this.edgeParent[slot] >= 0) slot = (slot + 1) & this.edgeMask;
        this.edgeParent[slot] = node;
        this.edgeCode[slot] = this.label[child];
        this.edgeChild[slot] = child;
      }
    }
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
        const code = this.label[child];
        let target = this.fail[node];
        let next = this.step(target, code);
        while (next === 0 && target !== 0) {
          target = this.fail[target];
          next = this.step(target, code);
        }
        this.fail[child] = next;
        this.outputLink[child] = this.output[next] >= 0 ? next : this.outputLink[next];
        queue[tail++] = child;
      }
    }
    this.built = true;
  }

  /**
   * Calls `onMatch(end, id, length)` for every pattern occurrence in `text` (UTF-16 units), where the
   * occurrence is the units `end - length` to `end`; occurrences come in order of their end.
   */
  scan(text: Uint16Array, onMatch: (end: number, id: number, length: number) => void): void {
    if (!this.built) this.build();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text[i];
      let next = this.step(state, code);
      while (next === 0 && state !== 0) {
        state = this.fail[state];
        next = this.step(state, code);
      }
      state = next;
      let node = this.output[state] >= 0 ? state : this.outputLink[state];
      while (node !== 0) {
        onMatch(i + 1, this.output[node], this.depth[node]);
        node = this.outputLink[node];
      }
    }
  }

  /** The goto function (after `build`): the child of `node` on `code`, or the root (0) when there is none. */
  private step(node: number, code: number): number {
    if (node === 0) return this.rootTable[code];
    for (let slot = hash(node, code) & this.edgeMask; ; slot = (slot + 1) & this.edgeMask) {
      const parent = this.edgeParent[slot];
      if (parent < 0) return 0;
      if (parent === node && this.edgeCode[slot] === code) return this.edgeChild[slot];
    }
  }

  private child(node: number, code: number): number {
    for (let child = this.firstChild[node]; child >= 0; child = this.nextSibling[child]) {
      if (this.label[child] === code) return child;
    }
    return -1;
  }
}

/** Mixes a node and a character code into a well-spread 32-bit hash (multiplicative hashing). */
function hash(node: number, code: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca77)) >>> 0;
}
