// The example lexicon parses cleanly and satisfies the JSON Schema that editors validate lexicon files with.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ENTRY_FIELDS, LEXICON_LANGUAGES, LEXICON_STATUSES, parseLexicon } from '../../server/src/core/lexicon';

const ROOT = path.resolve(__dirname, '../../..');
const exampleText = fs.readFileSync(path.join(ROOT, 'examples/ict.lexicon.yaml'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/lexicon.schema.json'), 'utf8')) as Schema;

interface Schema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  enum?: unknown[];
  oneOf?: Schema[];
  $ref?: string;
  definitions?: Record<string, Schema>;
}

/**
 * A checker for the subset of JSON Schema the lexicon schema uses (type, required, properties,
 * additionalProperties: false, items, enum, oneOf, local $ref); returns the paths that fail.
 */
function validate(value: unknown, node: Schema, at = '$'): string[] {
  if (node.$ref !== undefined) return validate(value, schema.definitions![node.$ref.replace('#/definitions/', '')], at);
  if (node.oneOf !== undefined) {
    const passing = node.oneOf.filter((option) => validate(value, option, at).length === 0).length;
    return passing === 1 ? [] : [`${at}: matches ${passing} of oneOf`];
  }
  const errors: string[] = [];
  if (node.type !== undefined) {
    const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (![node.type].flat().includes(kind)) return [`${at}: ${kind} is not ${[node.type].flat().join('|')}`];
  }
  if (node.enum !== undefined && !node.enum.includes(value)) errors.push(`${at}: ${String(value)} not in enum`);
  if (Array.isArray(value) && node.items !== undefined) value.forEach((item, i) => errors.push(...validate(item, node.items!, `${at}[${i}]`)));
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of node.required ?? []) if (!(key in record)) errors.push(`${at}: missing ${key}`);
    for (const [key, child] of Object.entries(record)) {
      const property = node.properties?.[key];
      if (property !== undefined) errors.push(...validate(child, property, `${at}.${key}`));
      else if (node.additionalProperties === false) errors.push(`${at}: unknown ${key}`);
    }
  }
  return errors;
}

describe('example lexicon', () => {
  it('parses with no problems, with at least 30 terms in the six languages', () => {
    const { lexicon, problems } = parseLexicon(exampleText, 'examples/ict.lexicon.yaml');
    assert.deepStrictEqual(problems, []);
    assert.ok(lexicon.entries.length >= 30, `${lexicon.entries.length} entries`);
    for (const entry of lexicon.entries) {
      for (const language of LEXICON_LANGUAGES) {
        if (language !== 'en') assert.ok(entry.translations[language] !== undefined, `${entry.term} lacks ${language}`);
      }
    }
  });

  it('has the terms of the ICT and cybercrime negotiations, with deprecated and contested ones', () => {
    const { lexicon } = parseLexicon(exampleText, 'examples/ict.lexicon.yaml');
    const byTerm = new Map(lexicon.entries.map((entry) => [entry.term, entry]));
    for (const term of ['information and communications technologies', 'critical infrastructure', 'critical information infrastructure', 'responsible State behaviour', 'due diligence', 'cybercrime', 'electronic evidence', 'confidence-building measures', 'capacity-building', 'international law', 'State sovereignty', 'human rights', 'personal data', 'service provider', 'subscriber information', 'traffic data', 'content data', 'real-time collection of traffic data', 'mutual legal assistance', '24/7 network', 'dual criminality', 'illegal access', 'illegal interception', 'data interference', 'system interference', 'misuse of devices', 'computer-related forgery', 'computer-related fraud', 'child sexual abuse material', 'money-laundering', 'malicious ICT activity']) {
      assert.ok(byTerm.has(term), term);
    }
    assert.deepStrictEqual(byTerm.get('child sexual abuse material')?.deprecated, ['child pornography']);
    assert.ok(byTerm.get('ICT environment')?.deprecated.includes('cyberspace'));
    assert.strictEqual(byTerm.get('information security')?.status, 'contested');
    assert.strictEqual(byTerm.get('information security')?.useInstead, 'security of and in the use of ICTs');
    assert.strictEqual(byTerm.get('cyber sovereignty')?.status, 'contested');
    assert.ok(lexicon.entries.some((entry) => entry.status === 'proposed') && lexicon.entries.some((entry) => entry.status === 'rejected'));
  });

  it('validates against schemas/lexicon.schema.json', () => {
    assert.deepStrictEqual(validate(parse(exampleText), schema), []);
  });

  it('has a schema that knows the same fields, statuses and languages as the parser', () => {
    const entry = schema.definitions!.entry;
    assert.deepStrictEqual(Object.keys(entry.properties!), [...ENTRY_FIELDS]);
    assert.deepStrictEqual(entry.required, ['term']);
    assert.deepStrictEqual(entry.properties!.status.enum, [...LEXICON_STATUSES]);
    assert.deepStrictEqual(Object.keys(schema.definitions!.languages.properties!), [...LEXICON_LANGUAGES]);
  });

  it('rejects what the schema should reject (the checker is not vacuous)', () => {
    assert.deepStrictEqual(validate({ terms: [{ term: 'x', status: 'agred', translations: { de: 'y' }, extra: 1 }] }, schema), [
      '$.terms[0].status: agred not in enum',
      '$.terms[0].translations: unknown de',
      '$.terms[0]: unknown extra',
    ]);
    assert.deepStrictEqual(validate({ terms: [{ status: 'agreed' }] }, schema), ['$.terms[0]: missing term']);
  });
});
