// Whether a text holds some letters in order, as symbol search and term completion match what was typed.

/**
 * True when `text` holds `letters` in order, each after the one before (both lowercased by the caller, `letters`
 * as a `for...of` reads a string: a character outside the BMP is looked for whole).
 */
export function holdsInOrder(text: string, letters: readonly string[]): boolean {
  let at = 0;
  for (let i = 0; i < letters.length; i++) {
    at = text.indexOf(letters[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
