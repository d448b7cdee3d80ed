// Reviewed data: which ISO alpha-3 codes are UN members and observer States, their UN short names where ISO's English name differs, and common aliases.

/*
 * Sources: the UN list of Member States (un.org/en/about-us/member-states) and the UNTERM short names used
 * by the Protocol and Liaison Service. ISO codes and English names come from `i18n-iso-countries`, so only
 * what the UN spells differently is typed here. Reviewed 2025: 193 Member States, 2 observer States.
 */

/** The 193 UN Member States by ISO alpha-3 code, in the order of their UN short names. */
export const UN_MEMBER_ALPHA3: readonly string[] = [
  'AFG', 'ALB', 'DZA', 'AND', 'AGO', 'ATG', 'ARG', 'ARM', 'AUS', 'AUT', 'AZE', 'BHS',
  'BHR', 'BGD', 'BRB', 'BLR', 'BEL', 'BLZ', 'BEN', 'BTN', 'BOL', 'BIH', 'BWA', 'BRA',
  'BRN', 'BGR', 'BFA', 'BDI', 'CPV', 'KHM', 'CMR', 'CAN', 'CAF', 'TCD', 'CHL', 'CHN',
  'COL', 'COM', 'COG', 'CRI', 'CIV', 'HRV', 'CUB', 'CYP', 'CZE', 'PRK', 'COD', 'DNK',
  'DJI', 'DMA', 'DOM', 'ECU', 'EGY', 'SLV', 'GNQ', 'ERI', 'EST', 'SWZ', 'ETH', 'FJI',
  'FIN', 'FRA', 'GAB', 'GMB', 'GEO', 'DEU', 'GHA', 'GRC', 'GRD', 'GTM', 'GIN', 'GNB',
  'GUY', 'HTI', 'HND', 'HUN', 'ISL', 'IND', 'IDN', 'IRN', 'IRQ', 'IRL', 'ISR', 'ITA',
  'JAM', 'JPN', 'JOR', 'KAZ', 'KEN', 'KIR', 'KWT', 'KGZ', 'LAO', 'LVA', 'LBN', 'LSO',
  'LBR', 'LBY', 'LIE', 'LTU', 'LUX', 'MDG', 'MWI', 'MYS', 'MDV', 'MLI', 'MLT', 'MHL',
  'MRT', 'MUS', 'MEX', 'FSM', 'MCO', 'MNG', 'MNE', 'MAR', 'MOZ', 'MMR', 'NAM', 'NRU',
  'NPL', 'NLD', 'NZL', 'NIC', 'NER', 'NGA', 'MKD', 'NOR', 'OMN', 'PAK', 'PLW', 'PAN',
  'PNG', 'PRY', 'PER', 'PHL', 'POL', 'PRT', 'QAT', 'KOR', 'MDA', 'ROU', 'RUS', 'RWA',
  'KNA', 'LCA', 'VCT', 'WSM', 'SMR', 'STP', 'SAU', 'SEN', 'SRB', 'SYC', 'SLE', 'SGP',
  'SVK', 'SVN', 'SLB', 'SOM', 'ZAF', 'SSD', 'ESP', 'LKA', 'SDN', 'SUR', 'SWE', 'CHE',
  'SYR', 'TJK', 'THA', 'TLS', 'TGO', 'TON', 'TTO', 'TUN', 'TUR', 'TKM', 'TUV', 'UGA',
  'UKR', 'ARE', 'GBR', 'TZA', 'USA', 'URY', 'UZB', 'VUT', 'VEN', 'VNM', 'YEM', 'ZMB',
  'ZWE',
];

/** The two non-member observer States invited to participate in the General Assembly. */
export const UN_OBSERVER_STATE_ALPHA3: readonly string[] = ['VAT', 'PSE'];

/**
 * States that are not UN members but take part as Parties in UN-system negotiations (UNFCCC, WHO, UNESCO) and
 * sit in groups below (AOSIS, SIDS); without them those groups would have members that do not resolve.
 */
export const OTHER_STATES: readonly { readonly alpha3: string; readonly note: string }[] = [
  { alpha3: 'COK', note: 'Self-governing State in free association with New Zealand; not a UN member; a Party to the UNFCCC.' },
  { alpha3: 'NIU', note: 'Self-governing State in free association with New Zealand; not a UN member; a Party to the UNFCCC.' },
];

/**
 * UN short names where the first English name in `i18n-iso-countries` differs ("China" against
 * "People's Republic of China"). Everything not listed keeps ISO's English name, which already is the UN one.
 */
export const UN_SHORT_NAMES: Readonly<Record<string, string>> = {
  BOL: 'Bolivia (Plurinational State of)',
  CHN: 'China',
  CIV: "Côte d'Ivoire",
  COG: 'Congo',
  CPV: 'Cabo Verde',
  CZE: 'Czechia',
  FSM: 'Micronesia (Federated States of)',
  GBR: 'United Kingdom of Great Britain and Northern Ireland',
  GMB: 'Gambia',
  IRN: 'Iran (Islamic Republic of)',
  KOR: 'Republic of Korea',
  MDA: 'Republic of Moldova',
  MKD: 'North Macedonia',
  NLD: 'Netherlands (Kingdom of the)',
  PRK: "Democratic People's Republic of Korea",
  TUR: 'Türkiye',
  VAT: 'Holy See',
  VEN: 'Venezuela (Bolivarian Republic of)',
  VNM: 'Viet Nam',
};

/**
 * Common spellings drafters use that are neither the UN short name nor an ISO code. ISO's own alternative
 * English names ("Russia", "Taiwan") are added by the builder at a lower priority, so they need not be here;
 * what is here wins over them. Spellings that would be ambiguous ("Korea", "Guinea" for Guinea-Bissau) or are
 * politically loaded ("Burma", "Macedonia") are deliberately absent: a wrong silent match is worse than a warning.
 */
export const COMMON_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ARE: ['UAE'],
  ATG: ['Antigua'],
  BHS: ['The Bahamas'],
  BIH: ['Bosnia'],
  BOL: ['Bolivia'],
  BRN: ['Brunei'],
  CAF: ['CAR'],
  CHN: ['PRC', "People's Republic of China"],
  CIV: ["Cote d'Ivoire", 'Ivory Coast'],
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  COG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CPV: ['Cape Verde'],
  CZE: ['Czech Republic'],
  FSM: ['Micronesia'],
  GBR: ['United Kingdom', 'UK', 'Great Britain', 'Britain'],
  GMB: ['The Gambia'],
  IRN: ['Iran', 'Islamic Republic of Iran'],
  KGZ: ['Kyrgyz Republic'],
  KNA: ['St Kitts and Nevis', 'Saint Kitts'],
  KOR: ['ROK', 'South Korea'],
  LAO: ['Lao PDR', 'Laos'],
  LCA: ['St Lucia'],
  MDA: ['Moldova'],
  MHL: ['RMI'],
  MKD: ['Republic of North Macedonia'],
  NLD: ['Netherlands', 'The Netherlands'],
  PRK: ['DPRK', 'North Korea'],
  PSE: ['Palestine'],
  RUS: ['Russia'],
  SAU: ['KSA', 'Saudi'],
  STP: ['Sao Tome'],
  SVK: ['Slovak Republic'],
  SWZ: ['Swaziland'],
  SYR: ['Syria'],
  TLS: ['East Timor'],
  TTO: ['Trinidad', 'T&T'],
  TUR: ['Turkey'],
  TZA: ['Tanzania'],
  USA: ['United States', 'US', 'USA', 'U.S.', 'U.S.A.'],
  VAT: ['Vatican'],
  VCT: ['St Vincent and the Grenadines', 'St Vincent'],
  VEN: ['Venezuela'],
  VNM: ['Vietnam'],
};
