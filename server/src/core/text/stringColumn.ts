// Many strings kept as one copied text and where each ends: no view into a larger text, and one object for all.

/**
 * V8 keeps a substring of 13 characters or more as a view into the string it was cut from, so names and keys read
 * from a draft keep the whole draft alive. Joining them copies their characters into one new string, which is cheaper
 * than copying each (a JSON round trip took four times as long for a folder's 180,000 symbol names), and each is
 * sliced back out of the copy when asked for.
 */
export class StringColumn {
  private readonly text: string;
  private readonly ends: Int32Array;

  constructor(strings: ReadonlyArray<string>) {
    // `join` gives back a lone non-empty string as it is, which may be such a view; a leading character makes the
    // joined text a new string whatever the strings are.
    this.text = ['\n', ...strings].join('');
    this.ends = new Int32Array(strings.length);
    let end = 1;
    for (let i = 0; i < strings.length; i++) this.ends[i] = end += strings[i].length;
  }

  get length(): number {
    return this.ends.length;
  }

  at(index: number): string {
    return this.text.slice(index === 0 ? 1 : this.ends[index - 1], this.ends[index]);
  }
}
