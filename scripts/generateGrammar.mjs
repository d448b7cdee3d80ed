// Generates syntaxes/negotext.tmLanguage.json: the per-depth bracket rules are regular, so they are written once here (run: node scripts/generateGrammar.mjs).
import { writeFileSync } from 'node:fs';

const DEPTHS = 6;
const next = (n) => (n % DEPTHS) + 1;

const SUFFIX = '(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)';
const END_OF_LABEL = '(?=[ \\t]|$)';

// Label forms, mirroring server/src/core/syntax/labels.ts so that colour and analysis agree.
const PARAGRAPH_LABEL = [
  `(?i:(?:PP|OP)[ \\t]?\\d+(?:[ \\t.]?${SUFFIX})?\\.?)`,
  `\\d+(?:\\.?[ \\t]?${SUFFIX}\\.?|\\.)`,
  `\\((?:[a-z]{1,2}|[ivxlc]+|\\d+)(?:[ \\t]?${SUFFIX})?\\)`,
  `(?:[a-z]|[ivxlc]+)(?:[ \\t]?${SUFFIX})?\\)`,
  `(?:[a-z]|[ivxlc]+)\\.(?=[ \\t])`,
].join('|');
const OPTION_LABEL = `(?i:(?:Option|Alt\\.?|Alternative)[ \\t]+(?:\\d+|[A-Z])(?:[ \\t]*${SUFFIX})?[:.]?)`;

const ROLE = '(?i:(?:proposed|supported|opposed)(?:[ \\t]+by)?|delete|retain|reservations?)';
const STATUS = '(?i:agreed(?:[ \\t]+ad[ \\t]+ref(?:erendum|\\.)?)?|ad[ \\t]+ref(?:erendum|\\.)?|pending)';

// What a paragraph-start annotation must look like to be coloured as one rather than as a placeholder:
// every clause is a status keyword, a known role with its list, or a list of names that start upper-case
// (codes such as `G77/China`, names such as `Iran (Islamic Republic of)` or `Côte d'Ivoire`).
const NAME_WORD = '[\\p{Lu}\\p{N}][^\\s{}\\[\\];,:]*';
const LINK_WORD = "(?:of|and|the|de|du|des|et|y|del|la|le|group)\\)?|d['\u2019][^\\s{}\\[\\];,:]*|\\(\\p{Lu}[^\\s{}\\[\\];,:]*";
const NAME = `${NAME_WORD}(?:[ \\t]+(?:${NAME_WORD}|${LINK_WORD}))*`;
const LIST = `${NAME}(?:[ \\t]*,[ \\t]*${NAME})*`;
// Atomic, so that a clause that reads both as a status and as a name (`Agreed`) cannot make a long
// non-matching annotation backtrack exponentially (Oniguruma would give up and drop the label's colour).
const CLAUSE = `(?>[ \\t]*(?:${STATUS}(?=[ \\t]*[;}])|${ROLE}[ \\t]*:[^;{}\\[\\]\\n]*|${LIST})[ \\t]*)`;
const ANNOTATION_BODY = `${CLAUSE}(?:;${CLAUSE})*`;
// Captures 1..4 of this piece: whole annotation, `{`, content, `}`.
const ANNOTATION = `(?:[ \\t]+(?=\\{${ANNOTATION_BODY}\\})((\\{)([^{}\\[\\]\\n]*)(\\})))?`;
const annotationCaptures = (first, kind) => ({
  [first]: { name: `meta.annotation.${kind}.negotext` },
  [first + 1]: { name: 'punctuation.definition.annotation.begin.negotext' },
  // vscode-textmate drops the enclosing capture's scope when it re-tokenises a capture, so repeat it here.
  [first + 2]: { name: `meta.annotation.${kind}.negotext`, patterns: [{ include: '#annotation-items' }] },
  [first + 3]: { name: 'punctuation.definition.annotation.end.negotext' },
});

const BLANK_LINE = '(?=^[ \\t]*$)';
// An annotation cannot contain `[`, `]` or `{` and ends with its paragraph (as in the core's lexer).
const BRACE_END = `(\\})|(?=[\\[\\]{])|${BLANK_LINE}`;
// A `{` opens an annotation only when its `}` follows on the line, or when nothing breaks it before the line
// ends (it may go on over the next lines); `{unclosed [b]` stays plain text, as the core reads it.
const BRACE_BEGIN = '\\{(?=[^{}\\[\\]\\n]*(?:\\}|$))';

const repository = {};

// Labels come in two flavours: at a line start (after indentation) and right after leading openers (`[[ 3bis.`),
// where `\G` is the end of the opener that a lead bracket rule just matched.
for (const [flavour, prefix] of [['bol', '^[ \\t]*'], ['lead', '\\G[ \\t]*']]) {
  repository[`paragraph-label-${flavour}`] = {
    match: `${prefix}(${PARAGRAPH_LABEL})${END_OF_LABEL}${ANNOTATION}`,
    captures: { 1: { name: 'keyword.other.label.paragraph.negotext' }, ...annotationCaptures(2, 'paragraph') },
  };
  repository[`option-label-${flavour}`] = {
    match: `${prefix}(${OPTION_LABEL})${END_OF_LABEL}${ANNOTATION}(?:[ \\t]+((?i:no[ \\t]+text))(?=[ \\t]*\\.?[ \\t]*(?:$|\\]|<!--)))?`,
    captures: {
      1: { name: 'keyword.other.label.option.negotext' },
      ...annotationCaptures(2, 'paragraph'),
      6: { name: 'constant.language.no-text.negotext' },
    },
  };
}

repository['footnote-definition'] = {
  match: `^[ \\t]*((\\[\\^)([^\\s\\[\\]^]{1,64})(\\])(:))${ANNOTATION}`,
  captures: {
    1: { name: 'meta.footnote.definition.negotext' },
    2: { name: 'punctuation.definition.footnote.begin.negotext' },
    3: { name: 'entity.name.label.footnote.negotext' },
    4: { name: 'punctuation.definition.footnote.end.negotext' },
    5: { name: 'punctuation.separator.footnote.negotext' },
    ...annotationCaptures(6, 'footnote'),
  },
};

repository['footnote-reference'] = {
  match: '(\\[\\^)([^\\s\\[\\]^]{1,64})(\\])',
  name: 'meta.footnote.reference.negotext',
  captures: {
    1: { name: 'punctuation.definition.footnote.begin.negotext' },
    2: { name: 'constant.other.reference.footnote.negotext' },
    3: { name: 'punctuation.definition.footnote.end.negotext' },
  },
};

repository.escape = { match: '\\\\[\\[\\]{}\\\\]', name: 'constant.character.escape.negotext' };

repository.comment = {
  begin: '<!--',
  end: `(-->)|${BLANK_LINE}`,
  name: 'comment.block.negotext',
  beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.negotext' } },
  endCaptures: { 1: { name: 'punctuation.definition.comment.end.negotext' } },
};

repository['front-matter'] = {
  begin: '\\A(---)[ \\t]*$',
  end: '^(---|\\.\\.\\.)[ \\t]*$',
  name: 'meta.front-matter.negotext',
  contentName: 'meta.embedded.block.frontmatter',
  beginCaptures: { 1: { name: 'punctuation.definition.front-matter.begin.negotext' } },
  endCaptures: { 1: { name: 'punctuation.definition.front-matter.end.negotext' } },
  patterns: [
    { include: 'source.yaml' },
    // vscode-textmate silently drops a rule whose only include names a grammar that is not installed;
    // this never-matching pattern keeps the front matter scoped (and out of Negotext colouring) without YAML.
    { match: '(?!)' },
  ],
};

repository['alternative-separator'] = {
  match: '(?<=[\\]}])[ \\t]*(/)(?=[ \\t]*\\[(?!\\^))',
  captures: { 1: { name: 'keyword.operator.alternative.negotext' } },
};
repository['inner-separator'] = { match: '(?<=[ \\t])/(?=[ \\t])', name: 'keyword.operator.alternative.negotext' };

repository.attribution = {
  // Right after a real `]` (not an escaped `\]`); `\\]` is an escaped backslash followed by a real `]`.
  begin: `(?<=[^\\\\]\\]|^\\]|\\\\\\\\\\])${BRACE_BEGIN}`,
  end: BRACE_END,
  name: 'meta.attribution.negotext',
  beginCaptures: { 0: { name: 'punctuation.definition.attribution.begin.negotext' } },
  endCaptures: { 1: { name: 'punctuation.definition.attribution.end.negotext' } },
  patterns: [{ include: '#annotation-items' }],
};

repository.placeholder = {
  begin: BRACE_BEGIN,
  end: BRACE_END,
  name: 'variable.other.placeholder.negotext',
  beginCaptures: { 0: { name: 'punctuation.definition.placeholder.begin.negotext' } },
  endCaptures: { 1: { name: 'punctuation.definition.placeholder.end.negotext' } },
};

repository['annotation-items'] = {
  patterns: [
    {
      match: `(?<=^|[{;])[ \\t]*(${STATUS})(?=[ \\t]*(?:;|\\}|$))`,
      captures: { 1: { name: 'constant.language.status.negotext' } },
    },
    {
      match: `(?<=^|[{;])[ \\t]*(${ROLE})[ \\t]*(:)`,
      captures: { 1: { name: 'keyword.other.role.negotext' }, 2: { name: 'punctuation.separator.key-value.negotext' } },
    },
    {
      // An unknown role is left uncoloured; the server reports it with a "did you mean".
      match: '(?<=^|[{;])[ \\t]*\\p{L}[\\p{L} \\t]*(:)',
      captures: { 1: { name: 'punctuation.separator.key-value.negotext' } },
    },
    { match: ';', name: 'punctuation.separator.clause.negotext' },
    { match: ',', name: 'punctuation.separator.list.negotext' },
    { match: '[^\\s{}\\[\\];,:](?:[^{}\\[\\];,:\\n]*[^\\s{}\\[\\];,:])?', name: 'entity.name.type.delegation.negotext' },
  ],
};

const bracketScopes = (n) => ({
  name: `meta.bracket.depth-${n}.negotext`,
  beginCaptures: { 1: { name: `punctuation.definition.bracket.begin.depth-${n}.negotext` } },
  // Ends at its `]`, or (zero-width) at a blank line so that an unclosed bracket never colours the rest of the file.
  end: `(\\])|${BLANK_LINE}`,
  endCaptures: { 1: { name: `punctuation.definition.bracket.end.depth-${n}.negotext` } },
});

for (let n = 1; n <= DEPTHS; n++) {
  const m = next(n);
  repository[`block-${n}`] = {
    patterns: [
      { include: `#heading-${n}` },
      { include: '#footnote-definition' },
      { include: '#option-label-bol' },
      { include: '#paragraph-label-bol' },
      { include: `#bracket-${n}-bol` },
    ],
  };
  repository[`inline-${n}`] = {
    patterns: [
      { include: '#comment' },
      { include: '#escape' },
      { include: '#footnote-reference' },
      { include: `#bracket-${n}` },
      { include: '#attribution' },
      { include: '#alternative-separator' },
      { include: '#placeholder' },
    ],
  };
  repository[`heading-${n}`] = {
    begin: '^[ \\t]*(#{1,6})(?=[ \\t]|$)',
    end: '$',
    name: 'markup.heading.negotext',
    contentName: 'entity.name.section.negotext',
    beginCaptures: { 1: { name: 'punctuation.definition.heading.negotext' } },
    patterns: [{ include: `#inline-${n}` }],
  };
  repository[`bracket-${n}`] = {
    begin: '(\\[)',
    ...bracketScopes(n),
    patterns: [{ include: `#block-${m}` }, { include: `#inline-${m}` }, { include: '#inner-separator' }],
  };
  const leadPatterns = [
    { include: `#bracket-${m}-next` },
    { include: '#option-label-lead' },
    { include: '#paragraph-label-lead' },
    { include: `#block-${m}` },
    { include: `#inline-${m}` },
    { include: '#inner-separator' },
  ];
  repository[`bracket-${n}-bol`] = { begin: '^[ \\t]*(\\[)(?!\\^)', ...bracketScopes(n), patterns: leadPatterns };
  repository[`bracket-${n}-next`] = { begin: '\\G[ \\t]*(\\[)(?!\\^)', ...bracketScopes(n), patterns: leadPatterns };
}

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Negotext',
  scopeName: 'text.negotext',
  comment:
    'TextMate grammar for Negotext (.ntx) negotiated texts; scope names are documented in docs/colouring.md. ' +
    'TextMate cannot count, so nesting depth is spelt out: bracket-N opens depth N and its content includes ' +
    'bracket-(N+1), with depth 6 followed by depth 1 again. Each depth has three bracket rules with identical scopes: ' +
    'bracket-N (mid-line), bracket-N-bol (at a line start) and bracket-N-next (right after a leading opener); ' +
    'only the last two allow a paragraph label after them, as in `[[ 3bis. text ]]`.',
  patterns: [{ include: '#front-matter' }, { include: '#block-1' }, { include: '#inline-1' }],
  repository,
};

const output = process.argv[2] ?? new URL('../syntaxes/negotext.tmLanguage.json', import.meta.url);
writeFileSync(output, JSON.stringify(grammar, null, 2) + '\n');
