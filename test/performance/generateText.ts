// Seeded, deterministic generator of realistic negotiation texts and of a large lexicon, for the benchmark
// (`bench/run.mjs` imports the compiled `out/test/performance/generateText.js`) and the growth test.
//
// Density (see docs/performance.md): a 200-page compilation text (about 600,000 characters) has about 1,500
// brackets, one per 400 characters. The generator aims at that: about one `[` per 350-450 characters, with
// nesting down to depth 4, alternatives (`[shall][should]`, `[a]/[b]`, `[a / b]`), option sets, attributions
// with real delegation codes, placeholders, footnotes, comments, paragraph annotations and lexicon terms
// (agreed forms, variants, abbreviations and some deprecated forms) in the prose.

/** A small fast seeded generator (mulberry32): the same seed gives the same numbers on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// --- The lexicon ---------------------------------------------------------------------------------------------

/** A generated `*.lexicon.yaml` and the forms the text generator may write in the prose. */
export interface GeneratedLexicon {
  /** The YAML text, to be read with `parseLexicon`. */
  readonly text: string;
  readonly entries: number;
  /** Terms, variants and abbreviations of agreed, proposed and contested entries, as they may be written. */
  readonly proseForms: readonly string[];
  /** Deprecated forms (each occurrence is a `term.deprecated` finding). */
  readonly deprecatedForms: readonly string[];
}

/** Real terms of UN negotiations, with their usual companions, so that the lexicon reads like one. */
const REAL_TERMS: ReadonlyArray<{ term: string; abbreviation?: string; variants?: string[]; deprecated?: string[]; fr?: string; es?: string }> = [
  { term: 'information and communications technologies', abbreviation: 'ICTs', variants: ['information and communication technologies'], deprecated: ['cyber technologies'], fr: "technologies de l'information et des communications", es: 'tecnologías de la información y las comunicaciones' },
  { term: 'ICT environment', deprecated: ['cyberspace'], fr: 'environnement informatique', es: 'entorno de las TIC' },
  { term: 'critical infrastructure', variants: ['critical infrastructures'], fr: 'infrastructures critiques', es: 'infraestructura crítica' },
  { term: 'confidence-building measures', abbreviation: 'CBMs', fr: 'mesures de confiance', es: 'medidas de fomento de la confianza' },
  { term: 'capacity-building', variants: ['capacity building'], fr: 'renforcement des capacités', es: 'creación de capacidad' },
  { term: 'common but differentiated responsibilities and respective capabilities', abbreviation: 'CBDR-RC', fr: 'responsabilités communes mais différenciées et capacités respectives', es: 'responsabilidades comunes pero diferenciadas y capacidades respectivas' },
  { term: 'loss and damage', fr: 'pertes et préjudices', es: 'pérdidas y daños' },
  { term: 'climate finance', fr: 'financement climatique', es: 'financiación climática' },
  { term: 'developing country Parties', fr: 'pays en développement parties', es: 'países en desarrollo que son Partes' },
  { term: 'small island developing States', abbreviation: 'SIDS', fr: 'petits États insulaires en développement', es: 'pequeños Estados insulares en desarrollo' },
  { term: 'least developed countries', abbreviation: 'LDCs', fr: 'pays les moins avancés', es: 'países menos adelantados' },
  { term: 'nationally determined contributions', abbreviation: 'NDCs', fr: 'contributions déterminées au niveau national', es: 'contribuciones determinadas a nivel nacional' },
  { term: 'transfer of technology', variants: ['technology transfer'], fr: 'transfert de technologie', es: 'transferencia de tecnología' },
  { term: 'mutual legal assistance', abbreviation: 'MLA', fr: 'entraide judiciaire', es: 'asistencia judicial recíproca' },
  { term: 'electronic evidence', deprecated: ['digital proof'], fr: 'preuves électroniques', es: 'pruebas electrónicas' },
  { term: 'human rights and fundamental freedoms', fr: "droits de l'homme et libertés fondamentales", es: 'derechos humanos y libertades fundamentales' },
  { term: 'gender equality', fr: 'égalité des genres', es: 'igualdad de género' },
  { term: 'sustainable development', fr: 'développement durable', es: 'desarrollo sostenible' },
  { term: 'early warning systems', fr: "systèmes d'alerte précoce", es: 'sistemas de alerta temprana' },
  { term: 'biodiversity beyond national jurisdiction', abbreviation: 'BBNJ', fr: 'biodiversité marine des zones ne relevant pas de la juridiction nationale', es: 'biodiversidad marina de las zonas situadas fuera de la jurisdicción nacional' },
  { term: 'marine genetic resources', fr: 'ressources génétiques marines', es: 'recursos genéticos marinos' },
  { term: 'environmental impact assessment', deprecated: ['environmental screening'], fr: "évaluation de l'impact sur l'environnement", es: 'evaluación del impacto ambiental' },
  { term: 'traditional knowledge', fr: 'savoirs traditionnels', es: 'conocimientos tradicionales' },
  { term: 'indigenous peoples and local communities', deprecated: ['indigenous populations'], fr: 'peuples autochtones et communautés locales', es: 'pueblos indígenas y comunidades locales' },
  { term: 'just transition', fr: 'transition juste', es: 'transición justa' },
  { term: 'fossil fuels', fr: 'combustibles fossiles', es: 'combustibles fósiles' },
  { term: 'means of implementation', fr: 'moyens de mise en œuvre', es: 'medios de implementación' },
  { term: 'official development assistance', abbreviation: 'ODA', fr: 'aide publique au développement', es: 'asistencia oficial para el desarrollo' },
];

const ADJECTIVES = [
  'critical', 'national', 'regional', 'international', 'technical', 'financial', 'voluntary', 'sustainable', 'digital',
  'transboundary', 'mutual', 'legal', 'institutional', 'multilateral', 'bilateral', 'environmental', 'coastal', 'marine',
  'public', 'private', 'rural', 'urban', 'domestic', 'scientific', 'early', 'collective', 'adaptive', 'low-emission',
  'climate-resilient', 'gender-responsive', 'inclusive', 'equitable', 'transparent', 'independent', 'integrated',
  'coordinated', 'preventive', 'humanitarian', 'electronic', 'competent', 'central', 'operational', 'strategic',
  'long-term', 'global', 'sectoral', 'subregional', 'interim', 'permanent', 'ad hoc',
];
const NOUNS = [
  'infrastructure', 'cooperation', 'capacity', 'data', 'security', 'resilience', 'technology', 'finance', 'adaptation',
  'mitigation', 'biodiversity', 'ocean', 'forest', 'water', 'energy', 'health', 'education', 'trade', 'investment',
  'information', 'knowledge', 'risk', 'disaster', 'emergency', 'migration', 'food', 'land', 'emission', 'carbon',
  'waste', 'supply chain', 'evidence', 'jurisdiction', 'extradition', 'asset', 'property', 'victim', 'witness',
  'compliance', 'market', 'drought', 'heat', 'coral reef', 'fisheries', 'wetland', 'soil', 'transport', 'tourism',
  'insurance', 'debt', 'procurement', 'incident', 'vulnerability', 'cybercrime', 'network', 'ecosystem',
];
const HEADS = [
  'measures', 'assessment', 'programme', 'network', 'standards', 'obligations', 'mechanism', 'framework', 'strategy',
  'plan', 'fund', 'facility', 'platform', 'system', 'services', 'reporting', 'review', 'partnership', 'centre',
  'assistance', 'transfer', 'development', 'management', 'protection', 'monitoring', 'inventory', 'registry', 'policy',
  'guidelines', 'indicators', 'safeguards', 'governance', 'roadmap', 'window', 'principles', 'procedures',
];
/** Modifiers that make a deprecated form of a term (`cyber security framework` for `digital security framework`). */
const DEPRECATED_MODIFIERS = ['cyber', 'virtual', 'so-called', 'informational', 'underdeveloped', 'third-world', 'soft', 'quasi'];
const SOURCES = ['A/70/174', 'A/76/135', 'A/75/816', 'A/RES/70/1', 'FCCC/CP/2015/10/Add.1', 'A/CONF.232/2023/4', 'A/AC.291/L.4', 'A/RES/79/243'];

/** The key that two forms the matcher cannot tell apart share: lower case, a final plural `s` dropped per word. */
function foldKey(form: string): string {
  return form
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w))
    .join(' ');
}

/** A lexicon of `terms` entries (2,000 by default): real UN terms first, then generated ones. */
export function generateLexicon(options: { readonly seed?: number; readonly terms?: number } = {}): GeneratedLexicon {
  const rng = random(options.seed ?? 2_000);
  const count = options.terms ?? 2_000;
  const used = new Set<string>();
  const usedAbbreviations = new Set<string>(['IT', 'US', 'EU', 'UN', 'AND', 'THE', 'FOR']);
  const claim = (form: string): boolean => {
    const key = foldKey(form);
    if (used.has(key)) return false;
    used.add(key);
    return true;
  };
  const lines: string[] = [
    '# A generated lexicon for the Negotext benchmark: real UN terms, then combinations of domain words.',
    'title: Benchmark lexicon',
    'description: Generated by test/performance/generateText.ts (seeded, deterministic).',
    '',
    'terms:',
  ];
  const proseForms: string[] = [];
  const deprecatedForms: string[] = [];
  const agreedTerms: string[] = [];
  const q = (text: string): string => JSON.stringify(text); // JSON strings are valid YAML double-quoted scalars
  const list = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;

  for (const real of REAL_TERMS) {
    if (!claim(real.term)) continue;
    const variants = (real.variants ?? []).filter(claim);
    const deprecated = (real.deprecated ?? []).filter(claim);
    lines.push(`  - term: ${q(real.term)}`);
    if (real.abbreviation && !usedAbbreviations.has(real.abbreviation)) {
      usedAbbreviations.add(real.abbreviation);
      lines.push(`    abbreviation: ${q(real.abbreviation)}`);
      proseForms.push(real.abbreviation);
    }
    lines.push(`    definition: ${q(`The agreed wording for ${real.term}, as used in the consensus reports.`)}`);
    lines.push(`    source: ${q(pick(rng, SOURCES))}`);
    if (variants.length) lines.push(`    variants: ${list(variants)}`);
    if (deprecated.length) lines.push(`    deprecated: ${list(deprecated)}`);
    if (real.fr || real.es) {
      lines.push('    translations:');
      if (real.fr) lines.push(`      fr: ${q(real.fr)}`);
      if (real.es) lines.push(`      es: ${q(real.es)}`);
    }
    proseForms.push(real.term, ...variants);
    deprecatedForms.push(...deprecated);
    agreedTerms.push(real.term);
  }

  let entries = agreedTerms.length;
  let attempts = 0;
  while (entries < count && attempts < count * 50) {
    attempts++;
    const adjective = pick(rng, ADJECTIVES);
    const noun = pick(rng, NOUNS);
    const head = pick(rng, HEADS);
    const shape = rng();
    const term = shape < 0.55 ? `${adjective} ${noun} ${head}` : shape < 0.8 ? `${noun} ${head}` : shape < 0.9 ? `${adjective} ${head}` : `${head} of ${adjective} ${noun}`;
    if (!claim(term)) continue;
    entries++;
    const roll = rng();
    const status = roll < 0.85 ? 'agreed' : roll < 0.92 ? 'proposed' : roll < 0.97 ? 'contested' : 'rejected';
    lines.push(`  - term: ${q(term)}`);
    if (status !== 'agreed') lines.push(`    status: ${status}`);
    const words = term.split(' ');
    if (words.length >= 3 && chance(rng, 0.05)) {
      const abbreviation = words.filter((w) => w !== 'of').map((w) => w.charAt(0).toUpperCase()).join('');
      if (abbreviation.length >= 3 && !usedAbbreviations.has(abbreviation) && claim(abbreviation)) {
        usedAbbreviations.add(abbreviation);
        lines.push(`    abbreviation: ${q(abbreviation)}`);
        if (status !== 'rejected') proseForms.push(abbreviation);
      }
    }
    if (chance(rng, 0.6)) lines.push(`    definition: ${q(`${capitalise(term)} as agreed in ${pick(rng, SOURCES)}, to be read together with the relevant decisions.`)}`);
    if (chance(rng, 0.5)) lines.push(`    source: ${q(`${pick(rng, SOURCES)}, para. ${between(rng, 1, 120)}`)}`);
    const variants: string[] = [];
    if (chance(rng, 0.3)) {
      const variant = words.length === 3 && words[1] !== 'of' ? `${words[2]} of ${words[0]} ${words[1]}` : term.replace('programme', 'program').replace('centre', 'center').replace(/-/g, ' ');
      if (variant !== term && claim(variant)) variants.push(variant);
    }
    if (variants.length) lines.push(`    variants: ${list(variants)}`);
    const deprecated: string[] = [];
    if (chance(rng, 0.2)) {
      const full = `${pick(rng, DEPRECATED_MODIFIERS)} ${words.length >= 2 ? words.slice(1).join(' ') : term}`;
      if (claim(full)) deprecated.push(full);
    }
    if (deprecated.length) lines.push(`    deprecated: ${list(deprecated)}`);
    if (status === 'contested' || status === 'rejected') {
      if (agreedTerms.length) lines.push(`    useInstead: ${q(pick(rng, agreedTerms))}`);
      lines.push(`    note: ${q(status === 'contested' ? 'Favoured by some delegations; others read it as going beyond the mandate.' : 'Not accepted in the negotiation.')}`);
    }
    if (status === 'agreed') agreedTerms.push(term);
    if (status !== 'rejected') proseForms.push(term, ...variants);
    deprecatedForms.push(...deprecated);
  }
  return { text: lines.join('\n') + '\n', entries, proseForms, deprecatedForms };
}

// --- The text ------------------------------------------------------------------------------------------------

/** Scales the chance of a bracket at each place one may stand: tuned to about one `[` per 400 characters. */
const BRACKETS = 0.42;

/** Codes and names the built-in delegation registry knows. */
const DELEGATIONS = [
  'US', 'EU', 'RU', 'CN', 'GB', 'FR', 'DE', 'JP', 'IN', 'BR', 'ZA', 'IR', 'CU', 'VE', 'EG', 'SA', 'NG', 'KE', 'MX', 'CA',
  'AU', 'NZ', 'NO', 'CH', 'KR', 'SG', 'ID', 'PK', 'TR', 'AR', 'CL', 'CO', 'IL', 'BY', 'NI', 'SY', 'KP', 'UA', 'PL', 'NL',
  'G77', 'G77/China', 'AGN', 'AOSIS', 'LDCs', 'LMDC', 'Arab Group', 'African Group', 'EIG', 'GRULAC', 'Umbrella Group', 'BASIC', 'ALBA',
];
const SUBJECTS = ['Each State Party', 'States Parties', 'The Conference of the Parties', 'The secretariat', 'Developed country Parties', 'The ad hoc committee', 'Member States', 'The Secretary-General', 'The Board', 'All Parties', 'The subsidiary bodies', 'The Executive Committee'];
const MODALS: ReadonlyArray<readonly [string, string]> = [['shall', 'should'], ['shall', 'may'], ['are requested to', 'are invited to'], ['shall', 'are encouraged to'], ['undertake to', 'endeavour to']];
const VERBS = ['adopt', 'establish', 'strengthen', 'promote', 'enhance', 'facilitate', 'ensure', 'consider', 'develop', 'support', 'provide', 'report on', 'cooperate on', 'take into account', 'implement', 'review', 'mobilize', 'scale up', 'assess', 'protect'];
const TAILS = [
  'in accordance with their domestic law',
  'consistent with their national circumstances and capabilities',
  'taking into account the special needs and circumstances of developing countries',
  'within available resources',
  'on a voluntary basis',
  'in a manner consistent with the purposes and principles of the Charter of the United Nations',
  'subject to the availability of resources',
  'in line with the goal of holding the increase in the global average temperature to well below 2 °C',
  'with full respect for the sovereignty of States',
  'as appropriate and in accordance with national priorities',
  'at the request of the affected State',
  'without prejudice to the positions of the Parties',
  'in close cooperation with relevant United Nations entities',
  'by 2030',
  'no later than the twenty-ninth session',
];
const PP_OPENERS = ['Recalling', 'Reaffirming', 'Recognizing', 'Noting with concern', 'Welcoming', 'Emphasizing', 'Bearing in mind', 'Acknowledging', 'Expressing deep concern about', 'Mindful of'];
const OP_OPENERS = ['Decides', 'Requests', 'Encourages', 'Invites', 'Calls upon', 'Urges', 'Welcomes', 'Reaffirms', 'Takes note of', 'Emphasizes'];
const PARTS = ['General provisions', 'Criminalization', 'Jurisdiction', 'Procedural measures and law enforcement', 'International cooperation', 'Technical assistance and information exchange', 'Mechanism of implementation', 'Final provisions', 'Finance', 'Adaptation', 'Transparency', 'Institutional arrangements'];
const FILLER = ['the relevant provisions', 'the outcome of the review', 'the work of the expert group', 'the views of Member States', 'the needs of the most vulnerable', 'the report of the Secretary-General', 'the decisions adopted at previous sessions', 'the role of regional organizations', 'existing international instruments', 'the principle of sovereign equality'];
const NON_ASCII = ['Côte d’Ivoire', 'Türkiye', '“leave no one behind”', 'the so-called “grey zone”', 'São Tomé and Príncipe', '1.5 °C', 'the Committee’s mandate'];
const PLACEHOLDERS = ['{number}', '{date}', '{X}', '{year}', '{Placeholder for paragraphs on review}', '{venue}', '{USD X billion}'];
const STATUSES = ['{ad ref}', '{agreed}', '{pending}'];
const ROMANS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

/** Options of `generateText`. */
export interface TextOptions {
  readonly seed?: number;
  /** The lexicon whose forms are written in the prose (the 2,000-term `generateLexicon()` by default). */
  readonly lexicon?: GeneratedLexicon;
  /** A `lexicon:` path written in the front matter; none by default. */
  readonly frontMatterLexicon?: string;
}

let defaultLexicon: GeneratedLexicon | undefined;

/** Roman numerals for parts (enough for any size: past XX they are written as numbers). */
const roman = (n: number): string => ROMANS[n] ?? String(n);

/**
 * A negotiation text of at least `size` characters (UTF-16 code units), ending at a block boundary, so it exceeds
 * `size` by less than one article. The same `size` and seed give the same text.
 */
export function generateText(size: number, options: TextOptions = {}): string {
  const rng = random(options.seed ?? 1);
  const lexicon = options.lexicon ?? (defaultLexicon ??= generateLexicon());
  // The prose uses a fifth of the lexicon, as a real text uses only part of its lexicon.
  const terms = lexicon.proseForms.filter((_, i) => i % 5 === 0 || i < 60);
  const deprecated = lexicon.deprecatedForms.filter((_, i) => i % 4 === 0);
  const out: string[] = [];
  let length = 0;
  const write = (text: string): void => {
    out.push(text);
    length += text.length;
  };
  let footnote = 0;

  const delegations = (): string => {
    const n = chance(rng, 0.6) ? 1 : between(rng, 2, 3);
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(pick(rng, DELEGATIONS));
    return [...chosen].join(', ');
  };
  const attribution = (): string => {
    const roll = rng();
    if (roll < 0.4) return `{${delegations()}}`;
    if (roll < 0.7) return `{proposed: ${delegations()}; opposed: ${delegations()}}`;
    if (roll < 0.85) return `{proposed: ${delegations()}; supported: ${delegations()}; opposed: ${delegations()}}`;
    return `{delete: ${delegations()}; retain: ${delegations()}}`;
  };
  const maybeAttribution = (p = 0.6): string => (chance(rng, p) ? attribution() : '');
  const term = (): string => (chance(rng, 0.06) && deprecated.length ? pick(rng, deprecated) : pick(rng, terms));
  const object = (): string => {
    const roll = rng();
    if (roll < 0.45) return `${pick(rng, ['the', 'their', 'effective', 'appropriate', 'enhanced'])} ${term()}`;
    if (roll < 0.6) return 'such legislative and other measures as may be necessary';
    if (roll < 0.7) return `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} ${pick(rng, HEADS)}`;
    if (roll < 0.78) return `cooperation with ${pick(rng, NON_ASCII.slice(0, 2))} and other States`;
    return `${pick(rng, FILLER)} on ${term()}`;
  };
  const tail = (): string => pick(rng, TAILS);

  /** A bracketed phrase opening at `depth` (1 = top level), nesting at most to depth 4. */
  const bracket = (depth: number): string => {
    const roll = rng();
    // Alternatives side by side, or split inside one bracket.
    if (roll < 0.18) return `[${object()}]${maybeAttribution(0.7)}${pick(rng, [' / ', '/', ''])}[${object()}]${maybeAttribution(0.7)}`;
    if (roll < 0.26) return `[${object()} / ${object()}]${maybeAttribution()}`;
    let inner = chance(rng, 0.5) ? `${object()}, ${tail()}` : object();
    if (depth < 4 && chance(rng, depth === 1 ? 0.35 : 0.3)) {
      const cut = inner.indexOf(' ', Math.floor(inner.length / 3));
      const nested = bracket(depth + 1);
      inner = cut > 0 ? `${inner.slice(0, cut)} ${nested}${inner.slice(cut)}` : `${inner} ${nested}`;
    }
    return `[${inner}]${maybeAttribution()}`;
  };

  /** A clause of running text with brackets at the chosen density. */
  const clause = (): string => {
    const parts: string[] = [];
    const [first, second] = pick(rng, MODALS);
    const subject = pick(rng, SUBJECTS);
    const modal = chance(rng, 0.22 * BRACKETS) ? `[${first}][${second}]${maybeAttribution(0.5)}` : first;
    parts.push(`${subject} ${modal} ${pick(rng, VERBS)} ${chance(rng, 0.3 * BRACKETS) ? bracket(1) : object()}`);
    if (chance(rng, 0.55)) parts.push(chance(rng, 0.25 * BRACKETS) ? bracket(1) : tail());
    if (chance(rng, 0.3)) parts.push(`including through ${object()}`);
    if (chance(rng, 0.05)) parts.push(`and for ${pick(rng, NON_ASCII)}`);
    if (chance(rng, 0.04)) parts.push(`in ${pick(rng, PLACEHOLDERS)}`);
    return parts.join(', ');
  };
  const opening = (kind: 'pp' | 'op'): string => {
    const start = kind === 'pp' ? pick(rng, PP_OPENERS) : pick(rng, OP_OPENERS);
    const parts = [`${start} ${chance(rng, 0.3 * BRACKETS) ? bracket(1) : object()}`];
    if (chance(rng, 0.6)) parts.push(chance(rng, 0.25 * BRACKETS) ? bracket(1) : tail());
    if (chance(rng, 0.35)) parts.push(`and ${pick(rng, VERBS)} ${object()}`);
    return parts.join(', ');
  };
  const footnoteReference = (notes: string[]): string => {
    if (!chance(rng, 0.12)) return '';
    footnote++;
    const who = delegations();
    notes.push(
      chance(rng, 0.5)
        ? `[^${footnote}]: {${who}} These delegations reserve their position on this paragraph.`
        : `[^${footnote}]: {reservation: ${who}} The words ${chance(rng, 0.5) ? '“to the widest extent possible”' : '"as appropriate"'} are acceptable on the\n    understanding that ${term()} is subject to domestic law.`,
    );
    return `[^${footnote}]`;
  };

  /** Hard-wraps a third of the paragraphs at about 95 columns, never before something that would start a block. */
  const wrap = (text: string): string => {
    if (!chance(rng, 0.33) || text.length < 120) return text;
    const words = text.split(' ');
    let line = words[0];
    const lines: string[] = [];
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      const safe = /^[a-z]{2,}[a-z,;]*$/.test(word) && !/^(op|pp|alt|alternative|option)\b/i.test(word) && !/^[ivxlc]+[.)]/.test(word);
      if (line.length > 95 && safe) {
        lines.push(line);
        line = word;
      } else line += ' ' + word;
    }
    lines.push(line);
    return lines.join(chance(rng, 0.5) ? '\n' : '\n     ');
  };

  /** One labelled paragraph with its sub-paragraphs; `label` like `3.` or `OP5.`. */
  const paragraph = (label: string, kind: 'pp' | 'op' | 'article', notes: string[]): string => {
    let body = kind === 'article' ? clause() : opening(kind);
    if (chance(rng, 0.45)) body += `. ${capitalise(clause())}`;
    const end = kind === 'pp' ? ',' : kind === 'op' ? ';' : '.';
    const blocks: string[] = [];
    const subs = chance(rng, 0.35) ? between(rng, 2, 5) : 0;
    if (subs > 0) {
      blocks.push(`${body}:`);
      for (let s = 0; s < subs; s++) {
        const letter = String.fromCharCode(97 + s);
        let sub = `(${letter}) To ${pick(rng, VERBS)} ${chance(rng, 0.3 * BRACKETS) ? bracket(1) : object()}${chance(rng, 0.4) ? `, ${tail()}` : ''}`;
        sub += s === subs - 1 ? end : ';';
        blocks.push(wrap(sub));
        if (s === 1 && chance(rng, 0.25)) {
          blocks.push(`(i) ${capitalise(pick(rng, FILLER))} on ${object()};`);
          blocks.push(`(ii) ${capitalise(pick(rng, FILLER))} ${chance(rng, 0.3 * BRACKETS) ? bracket(1) : `on ${object()}`};`);
        }
      }
    } else blocks.push(`${body}${footnoteReference(notes)}${end}`);
    const whole = !blocks[0].includes('[') && chance(rng, 0.07);
    const status = !whole && !blocks.some((b) => b.includes('[')) && chance(rng, 0.25) ? `${pick(rng, STATUSES)} ` : chance(rng, 0.06) ? `{${delegations()}} ` : '';
    const first = `${label} ${status}${blocks[0]}`;
    const lines = [whole ? `[${first}]${maybeAttribution(0.8)}` : wrap(first), ...blocks.slice(1)];
    return lines.join(chance(rng, 0.7) ? '\n\n' : '\n');
  };

  const optionSet = (label: string): string => {
    const members = between(rng, 2, 3);
    const blocks = [`${label} ${capitalise(pick(rng, OP_OPENERS.slice(0, 4)).toLowerCase())} that ${pick(rng, SUBJECTS).toLowerCase()} shall:`];
    for (let m = 1; m <= members; m++) {
      const noText = m === members && chance(rng, 0.4);
      blocks.push(`Option ${m}: ${chance(rng, 0.8) ? attribution() + ' ' : ''}${noText ? 'No text' : capitalise(`${pick(rng, VERBS)} ${chance(rng, 0.4 * BRACKETS) ? bracket(1) : object()}, ${tail()};`)}`);
    }
    return blocks.join('\n\n');
  };

  // Front matter and a note, as in a compilation text.
  write('---\n');
  write(`title: Draft negotiating text (benchmark, seed ${options.seed ?? 1})\n`);
  write(`symbol: A/AC.999/${2024 + Math.floor(rng() * 2)}/CRP.${between(rng, 1, 40)}\n`);
  write('date: 2024-06-13\nlanguage: en\n');
  if (options.frontMatterLexicon) write(`lexicon: ${options.frontMatterLexicon}\n`);
  write('---\n\n<!-- Chair’s compilation: generated text in the style of UN negotiating texts. -->\n\n');

  let part = 0;
  let article = 0;
  let operative = 0;
  while (length < size) {
    // A part: a preamble of PP paragraphs or operative OP paragraphs in one part out of four, articles otherwise.
    part++;
    write(`# Part ${roman(part)}. ${pick(rng, PARTS)}\n\n`);
    if (part % 4 === 1) {
      const kind = chance(rng, 0.5) ? 'pp' : 'op';
      write(`## ${kind === 'pp' ? 'Preamble' : 'Operative part'}\n\n`);
      const notes: string[] = [];
      const count = between(rng, 6, 14);
      for (let p = 1; p <= count && length < size; p++) {
        const label = kind === 'pp' ? `PP${p}.` : `OP${++operative}.`;
        write(paragraph(label, kind, notes) + '\n\n');
      }
      if (notes.length) write(notes.join('\n\n') + '\n\n');
      continue;
    }
    const articles = between(rng, 4, 9);
    for (let a = 0; a < articles && length < size; a++) {
      article++;
      const title = capitalise(pick(rng, terms));
      const bis = chance(rng, 0.05) ? ' bis' : '';
      write(chance(rng, 0.06) ? `## [Article ${article}${bis}. ${title}]${attribution()}\n\n` : `## Article ${article}${bis}. ${title}\n\n`);
      if (chance(rng, 0.05)) write(`<!-- Co-facilitators’ note: ${pick(rng, FILLER)} to be discussed at the ${pick(rng, ['second', 'third', 'fourth'])} session; ${pick(rng, DELEGATIONS)} to revert. -->\n\n`);
      const notes: string[] = [];
      const count = between(rng, 2, 7);
      let number = 0;
      let inserted = false;
      for (let p = 1; p <= count; p++) {
        const insert: boolean = number > 0 && !inserted && chance(rng, 0.04);
        inserted = insert;
        if (chance(rng, 0.08)) write(`${optionSet(`${++number}.`)}\n\n`);
        else if (chance(rng, 0.03)) write(`${++number}. {Placeholder for paragraphs on ${pick(rng, NOUNS)}}\n\n`);
        else write(paragraph(insert ? `${number} bis.` : `${++number}.`, 'article', notes) + '\n\n');
      }
      if (notes.length) write(notes.join('\n\n') + '\n\n');
    }
  }
  return out.join('');
}
