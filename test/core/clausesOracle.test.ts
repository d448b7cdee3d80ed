// Clauses read in place say exactly what a plain reading says: the annotation sliced, split at `;` and `,`, trimmed.

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core';
import { parseClauses } from '../../server/src/core/analysis/clauses';
import type { Clause } from '../../server/src/core/analysis/model';
import { clausesOf, contentOf, roleRangeOf } from '../../server/src/core/analysis/queries';
import { normaliseSpelling } from '../../server/src/core/analysis/spellings';
import { builtinRegistry } from '../../server/src/core/delegations';
import { generateText } from '../performance/generateText';
import { fixturePath } from '../support/paths';

const STATUSES = new Map(Object.entries({ agreed: 'agreed', 'ad ref': 'ad ref', 'ad ref.': 'ad ref', 'ad referendum': 'ad ref', 'agreed ad ref': 'ad ref', 'agreed ad referendum': 'ad ref', pending: 'pending' }));
const ROLES = new Map(
  Object.entries({
    proposed: 'proposed', 'proposed by': 'proposed', supported: 'supported', 'supported by': 'supported', opposed: 'opposed', 'opposed by': 'opposed',
    delete: 'delete', retain: 'retain', reservation: 'reservation', reservations: 'reservation',
  }),
);

/** The spaces that end clauses and items: space, tab, line breaks and the no-break space. */
const EDGE_SPACES = /^[ \t\n\r\u00a0]+|[ \t\n\r\u00a0]+$/g;

interface PlainClause {
  start: number;
  end: number;
  role: string;
  roleText?: string;
  roleRange?: { start: number; end: number };
  status?: string;
  items: Array<{ start: number; end: number; text: string; code?: string }>;
}

/** `text` split at `separator`, each part trimmed of the edge spaces, with its offset; empty parts left out. */
function pieces(text: string, offset: number, separator: string): Array<{ text: string; start: number }> {
  const result: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const part of text.split(separator)) {
    const trimmed = part.replace(EDGE_SPACES, '');
    if (trimmed) result.push({ text: trimmed, start: offset + from + part.search(/[^ \t\n\r\u00a0]/) });
    from += part.length + 1;
  }
  return result;
}

/** The clauses of `content` (the text between the braces, at `offset` in the document), read the obvious way. */
function plainClauses(content: string, offset: number): PlainClause[] {
  const registry = builtinRegistry();
  const itemsOf = (text: string, at: number) =>
    pieces(text, at, ',').map((item) => {
      const written = /\s\s|[\t\n\r]/.test(item.text) ? item.text.replace(/\s+/g, ' ') : item.text;
      return { start: item.start, end: item.start + item.text.length, text: written, code: registry.resolve(written)?.code };
    });
  return pieces(content, offset, ';').map(({ text, start }): PlainClause => {
    const end = start + text.length;
    const status = STATUSES.get(normaliseSpelling(text));
    if (status) return { start, end, role: 'status', status, items: [] };
    const lastColon = text.lastIndexOf(':');
    const reversed = lastColon > 0 ? ROLES.get(normaliseSpelling(text.slice(lastColon + 1))) : undefined;
    if (reversed) {
      const written = text.slice(lastColon + 1);
      const roleText = written.trim();
      const roleStart = start + lastColon + 1 + written.indexOf(roleText);
      return { start, end, role: reversed, roleText, roleRange: { start: roleStart, end: roleStart + roleText.length }, items: itemsOf(text.slice(0, lastColon), start) };
    }
    const colon = text.indexOf(':');
    if (colon > 0 && /^[\p{L} ]+$/u.test(text.slice(0, colon).trim())) {
      const roleText = text.slice(0, colon).trim();
      const roleStart = start + text.indexOf(roleText);
      const role = ROLES.get(normaliseSpelling(roleText)) ?? 'unknown';
      return { start, end, role, roleText, roleRange: { start: roleStart, end: roleStart + roleText.length }, items: itemsOf(text.slice(colon + 1), start + colon + 1) };
    }
    return { start, end, role: 'proposed', items: itemsOf(text, start) };
  });
}

/** The oracle's role range as it wrote it, the model's as `roleRangeOf` makes it from the clause's `roleStart`. */
function plainRoleRange(clause: Clause | PlainClause): { roleRange?: { start: number; end: number } } {
  const range = 'roleStart' in clause ? roleRangeOf(clause) : clause.roleRange;
  return range ? { roleRange: { start: range.start, end: range.end } } : {};
}

/** A clause with only the fields it has a value for, so that both readings compare field by field. */
function plain(clauses: ReadonlyArray<Clause | PlainClause>): PlainClause[] {
  return clauses.map((clause) => ({
    start: clause.start,
    end: clause.end,
    role: clause.role,
    ...(clause.roleText !== undefined ? { roleText: clause.roleText } : {}),
    ...plainRoleRange(clause),
    ...(clause.status !== undefined ? { status: clause.status } : {}),
    items: clause.items.map((item) => ({ start: item.start, end: item.end, text: item.text, code: item.code })),
  }));
}

function checkAgainstPlainReading(text: string, from: number, to: number, what: string): void {
  assert.deepStrictEqual(plain(parseClauses(text, from, to, builtinRegistry())), plainClauses(text.slice(from, to), from), what);
}

/** Roles written every way, statuses, delegations, separators and the spaces that trimming treats differently. */
const PIECES = [
  'proposed', 'Proposed by', 'supported', 'opposed by', 'retain', 'delete', 'reservations', 'propsed', 'constructor', 'ad ref', 'agreed', 'Agreed ad referendum',
  'pending', 'US', 'EU', 'G77', 'G77/China', 'China', 'Russian Federation', 'the EU', 'Placeholder for dates', 'é', '中', ':', ':', ';', ';', ',', ',', ' ', ' ', '  ',
  '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000',
];
const annotationText = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join('')));

describe('clauses oracle', () => {
  it('equals the plain reading on generated annotation texts, wherever they stand', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), annotationText, fc.string({ maxLength: 5 }), (before, content, after) => {
        const text = before + content + after;
        checkAgainstPlainReading(text, before.length, before.length + content.length, JSON.stringify(content));
      }),
      { numRuns: 4000 },
    );
  });

  it('equals the plain reading on clauses with many commas, before and after one with thousands', () => {
    const many = (count: number) => Array.from({ length: count }, (_, k) => (k % 3 === 0 ? 'US' : k % 3 === 1 ? ' EU ' : '')).join(',');
    for (const content of [many(40), `supported: ${many(6000)}; opposed: ${many(20)}`, `${many(30)}: delete`, many(40)]) {
      checkAgainstPlainReading(`{${content}}`, 1, 1 + content.length, `${content.length} characters`);
    }
  });

  it('equals the plain reading on every annotation of the benchmark texts and the realistic ones', () => {
    const check = (text: string, what: string) => {
      const model = analyze(text);
      for (const annotation of model.annotations) {
        if (annotation.kind === 'placeholder') continue;
        const content = contentOf(annotation);
        assert.deepStrictEqual(plain(clausesOf(model, annotation)), plainClauses(text.slice(content.start, content.end), content.start), `${what} at ${annotation.start}`);
      }
    };
    for (let seed = 1; seed <= 3; seed++) check(generateText(60_000, { seed }), `generated, seed ${seed}`);
    const folder = fixturePath('realistic');
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx'))) check(fs.readFileSync(path.join(folder, name), 'utf8'), name);
  });
});
