// The name of a paragraph label as outlines and messages show it: `OP3` for `OP3.`, `Option 1` for `Option 1:`.

/** The label text without its final `.` or `:` (what `replace(/[.:]$/, '')` gives, without a regex per label). */
export function labelName(labelText: string): string {
  const last = labelText.charCodeAt(labelText.length - 1);
  return last === 46 || last === 58 ? labelText.slice(0, -1) : labelText;
}
