// Writes a JSON array element by element, as `JSON.stringify(array, null, 2)` would print it whole.

/**
 * Prints an array of records as it is made, through a line writer, byte for byte as `JSON.stringify(all, null, 2)`:
 * a command with tens of thousands of records (`check --format json` over a workspace) then holds neither the
 * records nor the whole text. Each element is held back until the next one comes, to know whether a comma follows.
 */
export class JsonArrayLines {
  private pending: string | undefined;
  private started = false;

  constructor(private readonly out: (text: string) => void) {}

  add(value: unknown): void {
    if (this.pending !== undefined) this.out(`${this.pending},`);
    else if (!this.started) this.out('[');
    this.started = true;
    // Indented one level, as inside the array.
    this.pending = `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;
  }

  /** Ends the array (`[]` when nothing was added). */
  end(): void {
    if (!this.started) {
      this.out('[]');
      return;
    }
    this.out(this.pending!);
    this.out(']');
  }
}
