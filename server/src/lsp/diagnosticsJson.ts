// A document's diagnostics as JSON bytes, each one's kept from the version before when it reads the same there.

import type { Finding } from '../core';
import { toLspDiagnostic } from './diagnostics';
import { EncodedList } from './encodedList';
import { lspRangeEnd, type TextLines } from './positions';

/** Integers kept per diagnostic: its range in lines and characters, and where its JSON starts and ends in the bytes. */
const INTS = 6;
const START_LINE = 0;
const START_CHARACTER = 1;
const END_LINE = 2;
const END_CHARACTER = 3;
const JSON_START = 4;
const JSON_END = 5;

/** One version's diagnostics as sent, in columns: what each one's JSON is made of, and the UTF-8 JSON of them all. */
class SentDiagnostics {
  readonly ints: Int32Array;
  readonly ids: string[];
  readonly severities: string[];
  readonly messages: string[];
  /**
   * The JSON of the diagnostics with related places (few have any), made at once: their places make their JSON too,
   * and they are told apart by it. Undefined for the others.
   */
  readonly relatedJson: Array<string | undefined>;
  /** The diagnostics' JSON, joined by commas, as UTF-8. */
  body: Buffer = Buffer.alloc(0);

  constructor(readonly length: number) {
    this.ints = new Int32Array(length * INTS);
    this.ids = new Array<string>(length);
    this.severities = new Array<string>(length);
    this.messages = new Array<string>(length);
    this.relatedJson = new Array<string | undefined>(length);
  }

  jsonStart(index: number): number {
    return this.ints[index * INTS + JSON_START];
  }

  jsonEnd(index: number): number {
    return this.ints[index * INTS + JSON_END];
  }

  /** True when diagnostic `index` has the JSON diagnostic `other` of `sent` has: the same range, id, severity, message and related places. */
  readsAs(index: number, sent: SentDiagnostics, other: number): boolean {
    const at = index * INTS;
    const otherAt = other * INTS;
    return (
      this.ints[at + START_LINE] === sent.ints[otherAt + START_LINE] &&
      this.ints[at + START_CHARACTER] === sent.ints[otherAt + START_CHARACTER] &&
      this.ints[at + END_LINE] === sent.ints[otherAt + END_LINE] &&
      this.ints[at + END_CHARACTER] === sent.ints[otherAt + END_CHARACTER] &&
      this.ids[index] === sent.ids[other] &&
      this.severities[index] === sent.severities[other] &&
      this.messages[index] === sent.messages[other] &&
      this.relatedJson[index] === sent.relatedJson[other]
    );
  }
}

const NONE = new SentDiagnostics(0);
const COMMA = 44;

/**
 * The diagnostics of each open document as JSON, made from its findings. A keystroke changes a few findings of the
 * thousands a long draft has (the 1 MB benchmark draft: 2,822), and those on other lines read the same in LSP terms
 * (lines and characters) as in the version before: so the bytes of the findings at the start and at the end of the
 * list that read the same as last time are copied from there, and only those between are made and stringified.
 * Making all of them again took 8 ms an edit (their LSP objects 3.5 ms, `JSON.stringify` 4.5 ms) and 1.4 MB of
 * garbage. The bytes are kept outside V8's heap, as UTF-8, a new buffer for each version: the message that sends a
 * version may wait behind a slow reader while the next version is made.
 */
export class DiagnosticsJson {
  private readonly sent = new Map<string, SentDiagnostics>();
  /** How many diagnostics' JSON the last `encode` made (the others' it copied from the version before). */
  lastMade = 0;

  /** The diagnostics of `findings` (in document order) for `uri`, kept as what was last sent for it. */
  encode(uri: string, findings: ReadonlyArray<Finding>, lines: TextLines): EncodedList {
    this.lastMade = 0;
    const before = this.sent.get(uri) ?? NONE;
    const now = new SentDiagnostics(findings.length);
    for (let index = 0; index < findings.length; index++) this.place(now, index, findings[index], lines, uri);
    // The alike ones at both ends.
    const length = now.length;
    let head = 0;
    while (head < length && head < before.length && now.readsAs(head, before, head)) head++;
    let tail = 0;
    while (tail < length - head && tail < before.length - head && now.readsAs(length - 1 - tail, before, before.length - 1 - tail)) tail++;
    // Those between, made.
    const made: string[] = new Array(length - head - tail);
    for (let index = head; index < length - tail; index++) made[index - head] = now.relatedJson[index] ?? this.made(findings[index], lines, uri);
    now.body = joinedBytes(now, before, head, tail, made);
    this.sent.set(uri, now);
    return new EncodedList(now.body);
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** Fills diagnostic `index` of `now`: its range in lines and characters, what it says, and its JSON if it has related places. */
  private place(now: SentDiagnostics, index: number, finding: Finding, lines: TextLines, uri: string): void {
    const at = index * INTS;
    const startLine = lines.lineAt(finding.start);
    // As `toLspRange` places a range, without its objects.
    const end = lspRangeEnd(finding);
    const endLine = lines.lineAt(end);
    now.ints[at + START_LINE] = startLine;
    now.ints[at + START_CHARACTER] = lines.column(finding.start, startLine);
    now.ints[at + END_LINE] = endLine;
    now.ints[at + END_CHARACTER] = lines.column(end, endLine);
    now.ids[index] = finding.id;
    now.severities[index] = finding.severity;
    now.messages[index] = finding.message;
    now.relatedJson[index] = finding.related !== undefined && finding.related.length > 0 ? this.made(finding, lines, uri) : undefined;
  }

  private made(finding: Finding, lines: TextLines, uri: string): string {
    this.lastMade++;
    return JSON.stringify(toLspDiagnostic(finding, lines, uri));
  }
}

/**
 * The UTF-8 of `now`'s diagnostics joined by commas, its column of where each one's JSON lies filled in: the first
 * `head` and the last `tail` copied from `before` (alike there), the JSON `made` for those between written.
 */
function joinedBytes(now: SentDiagnostics, before: SentDiagnostics, head: number, tail: number, made: ReadonlyArray<string>): Buffer {
  const length = now.length;
  const headBytes = head > 0 ? before.jsonEnd(head - 1) : 0;
  const tailStart = tail > 0 ? before.jsonStart(before.length - tail) : before.body.length;
  let madeBytes = 0;
  for (const json of made) madeBytes += Buffer.byteLength(json, 'utf8');
  // The copied runs hold the commas between their own diagnostics; a comma goes between any two others.
  const commas = Math.max(0, length - 1) - Math.max(0, head - 1) - Math.max(0, tail - 1);
  const body = Buffer.allocUnsafe(headBytes + madeBytes + (before.body.length - tailStart) + commas);
  before.body.copy(body, 0, 0, headBytes);
  now.ints.set(before.ints.subarray(0, head * INTS));
  let used = headBytes;
  for (let index = head; index < length - tail; index++) {
    if (index > 0) body[used++] = COMMA;
    now.ints[index * INTS + JSON_START] = used;
    used += body.write(made[index - head], used, 'utf8');
    now.ints[index * INTS + JSON_END] = used;
  }
  if (tail > 0) {
    if (length - tail > 0) body[used++] = COMMA;
    const shift = used - tailStart;
    before.body.copy(body, used, tailStart);
    for (let index = length - tail, other = before.length - tail; index < length; index++, other++) {
      now.ints[index * INTS + JSON_START] = before.jsonStart(other) + shift;
      now.ints[index * INTS + JSON_END] = before.jsonEnd(other) + shift;
    }
  }
  return body;
}
