// The ISO 3166 codes and English names the registry needs, read from `i18n-iso-countries` with only the English locale loaded.

// The package's main entry loads all of its 80 locales; the registry needs English only, so it takes the
// locale-free core and registers `en` itself. Registering is idempotent if another module does it too.
import * as countries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** ISO alpha-2 and alpha-3 of a country code in either form (`gbr` gives `['GB', 'GBR']`), or undefined. */
export function isoCodesOf(code: string): [string, string] | undefined {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(upper)) return undefined;
  const alpha2 = upper.length === 2 ? upper : countries.alpha3ToAlpha2(upper);
  const alpha3 = alpha2 === undefined ? undefined : countries.alpha2ToAlpha3(alpha2);
  return alpha2 !== undefined && alpha3 !== undefined ? [alpha2, alpha3] : undefined;
}

/** Every English name ISO gives a country, preferred first (`['United Kingdom', 'UK', 'Great Britain']`). */
export function isoEnglishNames(alpha2: string): string[] {
  return countries.getName(alpha2, 'en', { select: 'all' }) ?? [];
}

/** Whether `code` is an ISO 3166-1 alpha-2 or alpha-3 code, assigned to any country or territory. */
export function isIsoCountryCode(code: string): boolean {
  return isoCodesOf(code) !== undefined;
}
