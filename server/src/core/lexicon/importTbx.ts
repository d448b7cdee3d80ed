// Imports a TBX term base (ISO 30042, the 2019 and the older 2008 "martif" dialect) as a lexicon, without resolving anything external.

import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { checkEntries } from './checkEntries';
import { LEXICON_LIMITS } from './limits';
import { lexiconProblem, ProblemList, type LexiconProblemId } from './problemCatalogue';
import { LEXICON_LANGUAGES, type DataFileProblem, type Lexicon, type LexiconEntry, type LexiconLanguage } from './types';

/**
 * Reads TBX into a lexicon. Both dialects are understood:
 * - TBX 2019 (ISO 30042:2019): `conceptEntry` > `langSec xml:lang` > `termSec` > `term`, with
 *   `termNote type="administrativeStatus"` (DCA style) or an `administrativeStatus` element (DCT style,
 *   any namespace prefix, such as `basic:` or `min:`);
 * - TBX 2008 / MARTIF: `martif` > `text` > `body` > `termEntry` > `langSet` > `tig` (or `ntig` > `termGrp`) > `term`.
 *
 * Mapping: per concept, the English preferred term (`preferredTerm-admn-sts`; else the first English term
 * that is not deprecated) becomes `term`; other admitted English terms become `variants`, except one whose
 * `termType` is an abbreviation or acronym, which becomes `abbreviation`; deprecated and superseded English
 * terms become `deprecated`. In other UN languages, preferred and admitted terms become `translations`
 * (preferred first) and deprecated ones `deprecatedTranslations`. `descrip type="definition"` becomes
 * `definition` (English first, else the concept's); `source` (an element, or `admin`/`descrip`
 * `type="source"`) and `xref` become `source`; `note` becomes `note`. Every entry is `agreed`: TBX has no
 * negotiation status. A concept without an English term is skipped with `lexicon.missingTerm`.
 *
 * Safety: the XML parser (saxes) never fetches anything and expands only the five predefined entities
 * and character references. A DOCTYPE that declares entities is refused outright (`lexicon.tbxEntity`), so
 * neither external entities nor expansion bombs are ever resolved; a DOCTYPE that only names an external
 * DTD (common in 2008 files) is ignored, never loaded.
 */
export function importTbx(text: string, path: string): { lexicon: Lexicon; problems: DataFileProblem[] } {
  if (text.length > LEXICON_LIMITS.maxImportChars) {
    const problem = lexiconProblem('lexicon.limit', `The file is ${text.length.toLocaleString('en')} characters long; the import limit is ${LEXICON_LIMITS.maxImportChars.toLocaleString('en')}.`, 0, 0);
    return { lexicon: { path, entries: [] }, problems: [problem] };
  }
  const reader = new TbxReader(text);
  const entries = reader.read();
  const problems = reader.problems;
  if (!reader.refused) for (const problem of checkEntries(entries, text, new Map())) problems.add(problem);
  return { lexicon: { path, entries: reader.refused ? [] : entries }, problems: problems.finish().sort((a, b) => a.start - b.start) };
}

/** Thrown inside saxes handlers to stop parsing; caught by `read`, never escapes. */
class StopParsing extends Error {}

/** XML errors reported before the rest of a broken file is given up. */
const MAX_XML_ERRORS = 20;

type Admin = 'preferred' | 'admitted' | 'deprecated';

interface TermRecord {
  text: string;
  admin?: Admin;
  termType?: string;
  start: number;
  end: number;
}

interface Concept {
  start: number;
  readonly terms: Map<LexiconLanguage, TermRecord[]>;
  readonly definitions: Array<{ language?: LexiconLanguage; text: string }>;
  readonly sources: string[];
  readonly notes: string[];
}

/** What a collecting element does with its text when it closes. */
type CollectorKind = 'term' | 'admin' | 'termType' | 'definition' | 'source' | 'note';

interface Collector {
  readonly kind: CollectorKind;
  readonly depth: number;
  text: string;
  /** For `xref`: the target, used when the element has no text. */
  readonly fallback?: string;
}

class TbxReader {
  readonly problems = new ProblemList(LEXICON_LIMITS.maxProblems);
  refused = false;
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly stack: string[] = [];
  private readonly entries: LexiconEntry[] = [];
  private readonly unknownLanguages = new Set<string>();
  private concept: Concept | undefined;
  /** The language of the enclosing langSec/langSet; null for a language outside the six. */
  private language: LexiconLanguage | null | undefined;
  private termRecord: TermRecord | undefined;
  private collector: Collector | undefined;
  private xmlErrors = 0;
  private concepts = 0;
  private tagStart = 0;

  constructor(private readonly text: string) {}

  read(): LexiconEntry[] {
    const parser = this.parser;
    parser.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) {
        this.refused = true;
        const start = Math.max(0, this.text.lastIndexOf('<!DOCTYPE', parser.position));
        this.add('lexicon.tbxEntity', 'This file declares XML entities in its DOCTYPE. Entities are never expanded (they can read local files or expand into gigabytes); remove the DOCTYPE and import again.', start, parser.position);
        throw new StopParsing();
      }
    });
    parser.on('opentagstart', () => {
      this.tagStart = Math.max(0, this.text.lastIndexOf('<', parser.position - 1));
    });
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(tag));
    parser.on('text', (text) => this.append(text));
    parser.on('cdata', (text) => this.append(text));
    parser.on('error', (error) => {
      this.xmlErrors++;
      const at = Math.min(parser.position, this.text.length);
      const message = error.message.replace(/^\d+:\d+: /, '');
      // saxes reports just past the fault; an unknown entity is shown whole (`&nbsp;`), anything else by its last character.
      const ampersand = /entity/.test(message) ? this.text.lastIndexOf('&', at - 1) : -1;
      this.add('lexicon.tbx', `XML error: ${message}`, ampersand >= 0 && at - ampersand <= 64 ? ampersand : Math.max(0, at - 1), at);
      if (this.xmlErrors >= MAX_XML_ERRORS) throw new StopParsing();
    });
    try {
      parser.write(this.text).close();
    } catch (error) {
      if (!(error instanceof StopParsing)) {
        this.add('lexicon.tbx', `XML error: ${error instanceof Error ? error.message : String(error)}`, Math.min(parser.position, this.text.length), Math.min(parser.position, this.text.length));
      }
    }
    if (!this.refused && this.concepts === 0 && this.xmlErrors === 0) {
      this.add('lexicon.tbx', 'No `conceptEntry` (TBX 2019) or `termEntry` (TBX 2008) was found; is this a TBX file?', 0, Math.min(this.text.length, 1));
    }
    return this.entries;
  }

  private open(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    this.stack.push(name);
    if (this.stack.length > LEXICON_LIMITS.maxXmlDepth) {
      this.add('lexicon.limit', `Elements nest deeper than ${LEXICON_LIMITS.maxXmlDepth} levels; the rest of the file is not read.`, this.tagStart, this.parser.position);
      throw new StopParsing();
    }
    const attribute = (wanted: string): string | undefined => {
      for (const [key, value] of Object.entries(tag.attributes)) if (key === wanted || localName(key) === wanted) return String(value);
      return undefined;
    };
    if (this.collector !== undefined) return; // inline markup (`hi`, `ph`) inside a collected element
    switch (name) {
      case 'conceptEntry':
      case 'termEntry':
        if (this.entries.length >= LEXICON_LIMITS.maxEntries) {
          this.add('lexicon.limit', `Only the first ${LEXICON_LIMITS.maxEntries.toLocaleString('en')} concepts are read.`, this.tagStart, this.parser.position);
          throw new StopParsing();
        }
        this.concepts++;
        this.concept = { start: this.tagStart, terms: new Map(), definitions: [], sources: [], notes: [] };
        this.language = undefined;
        break;
      case 'langSec':
      case 'langSet':
        this.language = this.languageOf(attribute('xml:lang') ?? attribute('lang'));
        break;
      case 'termSec':
      case 'tig':
      case 'ntig':
        this.termRecord = { text: '', start: this.tagStart, end: this.tagStart };
        break;
      case 'term':
        if (this.termRecord !== undefined) {
          this.termRecord.start = this.parser.position;
          this.collect('term');
        }
        break;
      case 'termNote': {
        const type = attribute('type');
        if (type === 'administrativeStatus') this.collect('admin');
        else if (type === 'termType') this.collect('termType');
        break;
      }
      case 'administrativeStatus':
        this.collect('admin');
        break;
      case 'termType':
        this.collect('termType');
        break;
      case 'descrip':
      case 'admin': {
        const type = attribute('type');
        if (type === 'definition' && name === 'descrip') this.collect('definition');
        else if (type === 'source') this.collect('source');
        break;
      }
      case 'definition':
        this.collect('definition');
        break;
      case 'source':
        this.collect('source');
        break;
      case 'xref':
        this.collect('source', attribute('target'));
        break;
      case 'note':
        this.collect('note');
        break;
    }
  }

  private close(tag: SaxesTagPlain): void {
    const name = localName(tag.name);
    const depth = this.stack.length;
    this.stack.pop();
    const collector = this.collector;
    if (collector !== undefined) {
      if (collector.depth !== depth) return;
      this.collector = undefined;
      this.finishCollector(collector);
      return;
    }
    switch (name) {
      case 'conceptEntry':
      case 'termEntry':
        this.finishConcept(this.parser.position);
        break;
      case 'langSec':
      case 'langSet':
        this.language = undefined;
        break;
      case 'termSec':
      case 'tig':
      case 'ntig':
        this.finishTerm();
        break;
    }
  }

  private collect(kind: CollectorKind, fallback?: string): void {
    if (this.concept === undefined) return;
    this.collector = { kind, depth: this.stack.length, text: '', ...(fallback !== undefined && { fallback }) };
  }

  private append(text: string): void {
    if (this.collector !== undefined) this.collector.text += text;
  }

  private finishCollector(collector: Collector): void {
    const concept = this.concept;
    if (concept === undefined) return;
    const value = collapse(collector.text) || collapse(collector.fallback ?? '');
    if (value.length === 0) return;
    switch (collector.kind) {
      case 'term':
        if (this.termRecord !== undefined) {
          this.termRecord.text = value;
          this.termRecord.end = Math.max(this.termRecord.start, this.text.lastIndexOf('<', this.parser.position - 1));
        }
        break;
      case 'admin':
        if (this.termRecord !== undefined) this.termRecord.admin = adminOf(value);
        break;
      case 'termType':
        if (this.termRecord !== undefined) this.termRecord.termType = value;
        break;
      case 'definition':
        concept.definitions.push({ ...(this.language ? { language: this.language } : {}), text: value });
        break;
      case 'source':
        if (!concept.sources.includes(value)) concept.sources.push(value);
        break;
      case 'note':
        concept.notes.push(value);
        break;
    }
  }

  private finishTerm(): void {
    const record = this.termRecord;
    this.termRecord = undefined;
    if (record === undefined || record.text.length === 0 || this.concept === undefined || !this.language) return;
    const list = this.concept.terms.get(this.language) ?? [];
    list.push(record);
    this.concept.terms.set(this.language, list);
  }

  private finishConcept(end: number): void {
    const concept = this.concept;
    this.concept = undefined;
    if (concept === undefined) return;
    const english = concept.terms.get('en') ?? [];
    const usable = english.filter((record) => record.admin !== 'deprecated');
    const head = usable.find((record) => record.admin === 'preferred') ?? usable.find((record) => !isAbbreviation(record)) ?? usable[0];
    if (head === undefined) {
      this.add('lexicon.missingTerm', 'This concept has no English term that is not deprecated; it is skipped.', concept.start, end);
      return;
    }
    const entry: LexiconEntry = {
      term: head.text,
      status: 'agreed',
      variants: [],
      deprecated: [],
      translations: {},
      deprecatedTranslations: {},
      start: concept.start,
      end,
      termStart: head.start,
      termEnd: head.end,
    };
    for (const record of english) {
      if (record === head) continue;
      if (record.admin === 'deprecated') pushUnique(entry.deprecated, record.text);
      else if (isAbbreviation(record) && entry.abbreviation === undefined) entry.abbreviation = record.text;
      else if (record.text !== head.text) pushUnique(entry.variants, record.text);
    }
    for (const language of LEXICON_LANGUAGES) {
      if (language === 'en') continue;
      const records = concept.terms.get(language) ?? [];
      const kept = [...records.filter((r) => r.admin === 'preferred'), ...records.filter((r) => r.admin !== 'preferred' && r.admin !== 'deprecated')].map((r) => r.text);
      const unique = [...new Set(kept)];
      if (unique.length > 0) entry.translations[language] = unique.length === 1 ? unique[0] : unique;
      const deprecated = [...new Set(records.filter((r) => r.admin === 'deprecated').map((r) => r.text))];
      if (deprecated.length > 0) entry.deprecatedTranslations[language] = deprecated;
    }
    const definition = concept.definitions.find((d) => d.language === 'en') ?? concept.definitions.find((d) => d.language === undefined) ?? concept.definitions[0];
    if (definition !== undefined) entry.definition = definition.text;
    if (concept.sources.length > 0) entry.source = concept.sources.join('; ');
    if (concept.notes.length > 0) entry.note = concept.notes.join(' ');
    this.entries.push(entry);
  }

  /** The lexicon language of an `xml:lang` value (`en-GB` → `en`, `zh-Hans` → `zh`), null for other languages. */
  private languageOf(tag: string | undefined): LexiconLanguage | null {
    const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    const known = LEXICON_LANGUAGES.find((language) => language === primary);
    if (known !== undefined) return known;
    const shown = tag ?? '(none)';
    if (!this.unknownLanguages.has(shown)) {
      this.unknownLanguages.add(shown);
      this.add('lexicon.unknownLanguage', `Terms in language “${shown}” are skipped: a lexicon holds the six UN languages (${LEXICON_LANGUAGES.join(', ')}).`, this.tagStart, this.parser.position);
    }
    return null;
  }

  private add(id: LexiconProblemId, message: string, start: number, end: number): void {
    this.problems.add(lexiconProblem(id, message, start, end));
  }
}

/** `basic:administrativeStatus` → `administrativeStatus`: TBX dialects put data categories in namespaces. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function adminOf(value: string): Admin {
  const status = value.toLowerCase();
  if (status.startsWith('preferred')) return 'preferred';
  if (status.startsWith('deprecated') || status.startsWith('superseded')) return 'deprecated';
  return 'admitted';
}

function isAbbreviation(record: TermRecord): boolean {
  return /^(abbreviation|acronym|initialism|shortForm|short form|abbreviated form)/i.test(record.termType ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
