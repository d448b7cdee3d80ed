// Reads the `negotext` settings an editor sends (nested as VS Code sends them, or flat) into what the server uses.

import { FINDING_IDS, type SeveritySetting } from '../core';

/** The settings that change what the server reports. */
export interface NegotextSettings {
  /** Per finding id: a severity or `off`; ids left out keep the catalogue's default. */
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  /** `negotext.lexicon.paths`: lexicons for documents whose front matter names none. */
  readonly lexiconPaths: ReadonlyArray<string>;
  /** `negotext.delegations.path`: additions to the built-in delegations. */
  readonly delegationsPath?: string;
}

/** The settings when the editor gives none. */
export const DEFAULT_SETTINGS: NegotextSettings = Object.freeze({ severities: Object.freeze({}), lexiconPaths: Object.freeze([]) as ReadonlyArray<string> });

const SEVERITY_VALUES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads the `negotext` section. VS Code sends `negotext.diagnostics.bracket.unclosed` nested
 * (`{diagnostics: {bracket: {unclosed: "off"}}}`); other editors' users often write the id as one key
 * (`{diagnostics: {"bracket.unclosed": "off"}}`) or the whole name flat. All three are read; unknown values are ignored.
 */
export function readSettings(section: unknown): NegotextSettings {
  if (!isObject(section)) return DEFAULT_SETTINGS;
  const severities: Record<string, SeveritySetting> = {};
  const diagnostics = section.diagnostics;
  for (const id of FINDING_IDS) {
    const value = (isObject(diagnostics) ? diagnostics[id] ?? lookup(diagnostics, id.split('.')) : undefined) ?? section[`diagnostics.${id}`];
    if (typeof value === 'string' && SEVERITY_VALUES.has(value)) severities[id] = value as SeveritySetting;
  }
  const lexiconValue = lookup(section, ['lexicon', 'paths']) ?? section['lexicon.paths'];
  const lexiconPaths = Array.isArray(lexiconValue) ? lexiconValue.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : typeof lexiconValue === 'string' && lexiconValue.trim() !== '' ? [lexiconValue] : [];
  const delegationsValue = lookup(section, ['delegations', 'path']) ?? section['delegations.path'];
  const delegationsPath = typeof delegationsValue === 'string' && delegationsValue.trim() !== '' ? delegationsValue : undefined;
  return { severities, lexiconPaths, ...(delegationsPath !== undefined ? { delegationsPath } : {}) };
}

function lookup(value: unknown, keys: ReadonlyArray<string>): unknown {
  let current = value;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
