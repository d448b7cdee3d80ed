// The catalogue of problems a `delegations.yaml` file can have: stable ids, default severities and message wording.

/** Every problem id `parseDelegationsFile` reports, with its default severity. */
export const DELEGATIONS_FILE_PROBLEMS = {
  /** The YAML itself is broken (or, as a warning, questionable); the message is the YAML parser's. */
  'delegations.yaml': 'error',
  /** Aliases (`*a`) expand past the limit: the shape of a "billion laughs" attack; nothing is read. */
  'delegations.aliasLimit': 'error',
  /** A safety limit (size, nesting, entries, problems) was exceeded: the file, or the rest of it, is not read. */
  'delegations.limit': 'error',
  /** A value of the wrong type: the file is not a mapping, `delegations` not a list, a code not a string. */
  'delegations.wrongType': 'error',
  /** An entry without `code`. */
  'delegations.missingCode': 'error',
  /** A code with spaces or the separators of attributions (`,` `;` `:` `{` `}` `[` `]`). */
  'delegations.badCode': 'error',
  /** `kind` is not one of the five kinds. */
  'delegations.unknownKind': 'error',
  /** A key the format does not have (often a typo: `alias` for `aliases`). */
  'delegations.unknownKey': 'warning',
  /** A new delegation without `name`; its code is used as its name. */
  'delegations.missingName': 'warning',
  /** `name` on a code the registry already has; ignored, since renaming needs `rename`. */
  'delegations.existingCode': 'warning',
  /** `rename` on a code the registry does not have; used as the name of the new delegation. */
  'delegations.renameUnknown': 'warning',
  /** The same code twice in the file; the later entry changes the earlier one. */
  'delegations.duplicateCode': 'warning',
  /** A spelling that already names another delegation; in this workspace it will name this one. */
  'delegations.aliasConflict': 'warning',
  /** A spelling that cannot be written inside an attribution, because it contains `,` `;` `{` `}` `[` `]`. */
  'delegations.unusableSpelling': 'warning',
  /** A member that names no known delegation; it is left out of the group. */
  'delegations.unknownMember': 'warning',
} as const;

/** One of the ids above. */
export type DelegationsFileProblemId = keyof typeof DELEGATIONS_FILE_PROBLEMS;

/** Message wording, in one place so that the CLI, the editor and the docs say the same thing. */
export const delegationsFileMessages = {
  aliasLimit: (limit: number) =>
    `YAML aliases expand to more than ${limit} nodes; the file is not read, as this is how "billion laughs" files exhaust memory.`,
  notAMapping: () => 'The file should be a mapping with a `delegations:` list.',
  notAList: () => '`delegations` should be a list of entries, each starting with `- code:`.',
  entryNotAMapping: () => 'Each entry should be a mapping with at least `code:`.',
  notAString: (key: string) => `\`${key}\` should be a single line of text; quote it if YAML reads it as something else.`,
  notAStringList: (key: string) => `\`${key}\` should be a list of text items, such as \`[CH, JP]\`.`,
  missingCode: () => 'This entry has no `code`; add one, such as `code: TPKM`.',
  badCode: (code: string) =>
    `The code '${code}' cannot be written in an attribution: codes have no spaces and none of , ; : { } [ ].`,
  unknownKind: (kind: string, kinds: readonly string[]) => `Unknown kind '${kind}'; use one of ${kinds.join(', ')}.`,
  unknownKey: (key: string, suggestion: string | undefined) =>
    `Unknown key '${key}'${suggestion === undefined ? '.' : `; did you mean '${suggestion}'?`}`,
  missingName: (code: string) => `The new delegation '${code}' has no \`name\`; hover will show its code.`,
  existingCode: (code: string, name: string) =>
    `'${code}' is already ${name}; \`name\` is ignored. To rename it in this workspace write \`rename:\`; to make '${code}' mean another delegation, list it in that delegation's \`aliases\`.`,
  renameUnknown: (code: string) => `'${code}' is not a known delegation, so there is nothing to rename; \`rename\` is used as its name.`,
  duplicateCode: (code: string) => `'${code}' already has an entry above; this one changes it further.`,
  aliasConflict: (spelling: string, other: string, target: string) =>
    `'${spelling}' already means ${other}; in this workspace it will mean ${target}.`,
  unusableSpelling: (spelling: string) =>
    `'${spelling}' cannot be written in an attribution, where , ; { } [ ] are separators; it will only resolve elsewhere.`,
  unknownMember: (member: string, suggestion: string | undefined) =>
    `'${member}' is not a known delegation${suggestion === undefined ? '.' : `; did you mean '${suggestion}'?`} It is left out of the group.`,
  notInformal: () => '`membershipNote` can only be `informal`.',
  crashed: (detail: string) => `The file could not be read: ${detail}`,
  tooLong: (length: number, limit: number) =>
    `The file is ${length.toLocaleString('en')} characters long; the limit is ${limit.toLocaleString('en')}. It was not read.`,
  tooDeep: (limit: number) => `The YAML nests deeper than ${limit} levels here; a delegations file needs about 4. The file was not read.`,
  tooManyEntries: (limit: number) => `Only the first ${limit.toLocaleString('en')} entries are read.`,
  moreProblems: (count: number) => `${count} more problems were not listed.`,
};
