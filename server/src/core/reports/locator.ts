// Places model offsets for reports: file, 1-based line and column, and the paragraph and section they fall in.

import type { DocumentModel } from '../analysis/model';
import { LineIndex } from '../text/lineIndex';
import { excerpt } from '../features/messages';
import { firstStartingFrom } from '../analysis/queries';
import { StringColumn } from '../text/stringColumn';

/** Where something is, as an editor links to it: `file` as given, 1-based `line` and `column`, and the UTF-16 `offset`. */
export interface SourceLocation {
  readonly file: string;
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Converts offsets of one document into locations and names its paragraphs and sections. */
export class Locator {
  private readonly lines: LineIndex;
  /**
   * Paragraph names and headings copied out of the text (`StringColumn`): reports keep them after the model is let go,
   * and a view into the text would keep the whole draft alive with them (for 500 drafts, 80 MB of a status report's
   * peak).
   */
  private readonly names: StringColumn;
  private readonly headings: StringColumn;

  constructor(
    readonly file: string,
    private readonly model: DocumentModel,
  ) {
    this.lines = new LineIndex(model.text);
    this.names = new StringColumn(model.paragraphs.map((_, index) => this.computeName(index)));
    this.headings = new StringColumn(model.headings.map((heading) => heading.text));
  }

  /** The location of an offset. */
  at(offset: number): SourceLocation {
    const position = this.lines.position(offset);
    return { file: this.file, offset, line: position.line + 1, column: position.character + 1 };
  }

  /** The index of the paragraph whose range holds `offset`, or -1 (headings and footnote definitions hold none). */
  paragraphAt(offset: number): number {
    const paragraphs = this.model.paragraphs;
    const index = firstStartingFrom(paragraphs, offset + 1) - 1;
    return index >= 0 && offset <= paragraphs[index].end ? index : -1;
  }

  /**
   * How a reader names a paragraph: its label with those of the paragraphs it stands under (`2 (c)` for `(c)` under
   * `2.`), or the start of its text in quotes when it has no label.
   */
  paragraphName(index: number): string {
    return index >= 0 && index < this.names.length ? this.names.at(index) : '';
  }

  /** The heading text of a section index, or "(before the first heading)". */
  sectionName(section: number): string {
    return section >= 0 ? this.headings.at(section) : '(before the first heading)';
  }

  private computeName(index: number): string {
    const paragraph = this.model.paragraphs[index];
    if (!paragraph.label) return `"${excerpt(this.model.text.slice(paragraph.start, paragraph.end), 32)}"`;
    const parts: string[] = [];
    for (let p = index; p >= 0; p = this.model.paragraphs[p].parent) {
      const label = this.model.paragraphs[p].label;
      if (label) parts.unshift(trimLabel(label.text));
    }
    return parts.join(' ');
  }
}

/** `OP3.` → `OP3`, `Option 1:` → `Option 1`: the label as it is cited in the room. */
export function trimLabel(label: string): string {
  return label.replace(/[.:]$/, '').replace(/[\u00a0\u202f\t ]+/g, ' ').trim();
}
