// Reads the forms of one language from an entry's translation field, which holds one text or several.

/** The forms of a `translations` value as a list: `'ИКТ'` → `['ИКТ']`, undefined → `[]`. */
export function formsOf(forms: string | readonly string[] | undefined): readonly string[] {
  if (forms === undefined) return [];
  return typeof forms === 'string' ? [forms] : forms;
}
