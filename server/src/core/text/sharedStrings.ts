// One copy of each string an analysis keeps many times over: labels `(a)` and `1.`, their keys, roles, delegation names.

/**
 * A draft repeats its short strings thousands of times (`US`, `proposed`, `(b)`); keeping one copy of each makes the
 * model smaller and leaves the collector fewer objects to copy. The strings looked up are fresh slices that die young.
 * One table per analysis, so that nothing outlives the model that holds it.
 */
export class SharedStrings {
  private readonly copies = new Map<string, string>();

  /** The kept copy equal to `text`, keeping `text` when it is the first. */
  share(text: string): string {
    const kept = this.copies.get(text);
    if (kept !== undefined) return kept;
    this.copies.set(text, text);
    return text;
  }
}
