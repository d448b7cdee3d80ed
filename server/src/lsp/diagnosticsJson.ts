// A document's diagnostics as JSON texts, each kept from the version before when it reads the same there.

import type { Finding } from '../core';
import { EncodedList } from './encodedList';
import { toLspDiagnostic } from './diagnostics';
import type { TextLines } from './positions';

/** What a diagnostic's JSON is made of, kept with that JSON so that the next version can tell it is the same. */
class SentDiagnostic {
  constructor(
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
    readonly id: string,
    readonly severity: string,
    readonly message: string,
    readonly related: boolean,
    /**
     * The diagnostic's JSON: made at once for one with related places (few have any), whose places make its JSON
     * too and are told apart by it; otherwise taken from the version before or made once the alike ones are known.
     */
    public json: string,
  ) {}

  /** True when `other` has the same JSON: the same range in lines and characters, id, severity, message and related places. */
  readsAs(other: SentDiagnostic): boolean {
    return (
      this.startLine === other.startLine &&
      this.startCharacter === other.startCharacter &&
      this.endLine === other.endLine &&
      this.endCharacter === other.endCharacter &&
      this.id === other.id &&
      this.severity === other.severity &&
      this.message === other.message &&
      this.related === other.related &&
      (!this.related || this.json === other.json)
    );
  }
}

/**
 * The diagnostics of each open document as JSON texts, made from its findings. A keystroke changes a few findings
 * of the thousands a long draft has (the 1 MB benchmark draft: 2,822), and those on other lines read the same in LSP
 * terms (lines and characters) as in the version before: so the texts of the findings at the start and at the end of
 * the list that read the same as last time are taken as they were, and only those between are made again. Making all
 * of them again took 8 ms an edit (their LSP objects 3.5 ms, `JSON.stringify` 4.5 ms) and 1.4 MB of garbage.
 */
export class DiagnosticsJson {
  private readonly sent = new Map<string, SentDiagnostic[]>();
  /** How many diagnostics' JSON the last `encode` made (the others' it took from the version before). */
  lastMade = 0;

  /** The diagnostics of `findings` (in document order) for `uri`, kept as what was last sent for it. */
  encode(uri: string, findings: ReadonlyArray<Finding>, lines: TextLines): EncodedList {
    this.lastMade = 0;
    const before = this.sent.get(uri) ?? [];
    const now: SentDiagnostic[] = new Array(findings.length);
    for (let index = 0; index < findings.length; index++) now[index] = this.placed(findings[index], lines, uri);
    // The alike ones at both ends.
    let head = 0;
    while (head < now.length && head < before.length && now[head].readsAs(before[head])) head++;
    let tail = 0;
    while (tail < now.length - head && tail < before.length - head && now[now.length - 1 - tail].readsAs(before[before.length - 1 - tail])) tail++;
    const elements: string[] = new Array(now.length);
    for (let index = 0; index < now.length; index++) {
      const sent = now[index];
      if (index < head) sent.json = before[index].json;
      else if (index >= now.length - tail) sent.json = before[index - now.length + before.length].json;
      else if (sent.json === '') sent.json = this.made(findings[index], lines, uri);
      elements[index] = sent.json;
    }
    this.sent.set(uri, now);
    return new EncodedList(elements);
  }

  /** A finding's range in lines and characters, with its JSON if it has related places. */
  private placed(finding: Finding, lines: TextLines, uri: string): SentDiagnostic {
    const startLine = lines.lineAt(finding.start);
    const end = Math.max(finding.start, finding.end);
    const endLine = lines.lineAt(end);
    const related = finding.related !== undefined && finding.related.length > 0;
    const json = related ? this.made(finding, lines, uri) : '';
    return new SentDiagnostic(startLine, lines.column(finding.start, startLine), endLine, lines.column(end, endLine), finding.id, finding.severity, finding.message, related, json);
  }

  private made(finding: Finding, lines: TextLines, uri: string): string {
    this.lastMade++;
    return JSON.stringify(toLspDiagnostic(finding, lines, uri));
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.sent.delete(uri);
  }
}
