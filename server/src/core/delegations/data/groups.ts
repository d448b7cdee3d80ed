// Reviewed data: the European Union and the negotiating groups, with their members by ISO alpha-3 code and the source of each list.

/*
 * Members are written as ISO alpha-3 codes because reviewers read `BOL` faster than `BO`; the builder turns
 * them into canonical alpha-2 codes, and a test checks that every one resolves. Group codes are upper case
 * and never an ISO 3166 code (a test checks that too): `AG` would be Antigua and Barbuda, so the African
 * Group is `AFRICAN`, and the Umbrella Group is `UMBRELLA` because `UG` is Uganda.
 *
 * Membership as of 2025. Lists change (graduations from LDC status, accessions), so each group names its
 * source; update the list and the date in `source` together.
 */

import type { DelegationKind } from '../types';

/** One organization or group as written in this file. */
export interface GroupData {
  readonly code: string;
  readonly name: string;
  readonly kind: Extract<DelegationKind, 'organization' | 'group'>;
  readonly aliases: readonly string[];
  /** ISO alpha-3 codes (or canonical codes of other delegations). */
  readonly members: readonly string[];
  readonly membershipNote?: 'informal';
  readonly note?: string;
  readonly source: string;
}

// Source: europa.eu, "EU countries" (27 since 1 February 2020).
const EU_MEMBERS = [
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL',
  'ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
];

// Source: UN DGACM, "United Nations Regional Groups of Member States" (General Assembly and Conference
// Management). The five lists partition the 193 Member States; a test checks that.
const AFRICAN_STATES = [
  'DZA', 'AGO', 'BEN', 'BWA', 'BFA', 'BDI', 'CPV', 'CMR', 'CAF', 'TCD', 'COM', 'COG', 'COD', 'CIV',
  'DJI', 'EGY', 'GNQ', 'ERI', 'SWZ', 'ETH', 'GAB', 'GMB', 'GHA', 'GIN', 'GNB', 'KEN', 'LSO', 'LBR',
  'LBY', 'MDG', 'MWI', 'MLI', 'MRT', 'MUS', 'MAR', 'MOZ', 'NAM', 'NER', 'NGA', 'RWA', 'STP', 'SEN',
  'SYC', 'SLE', 'SOM', 'ZAF', 'SSD', 'SDN', 'TGO', 'TUN', 'UGA', 'TZA', 'ZMB', 'ZWE',
];
// Kiribati joined in 2010. The State of Palestine, an observer State, is a full member of the group.
const ASIA_PACIFIC_STATES = [
  'AFG', 'BHR', 'BGD', 'BTN', 'BRN', 'KHM', 'CHN', 'CYP', 'PRK', 'FJI', 'IND', 'IDN', 'IRN', 'IRQ',
  'JPN', 'JOR', 'KAZ', 'KIR', 'KWT', 'KGZ', 'LAO', 'LBN', 'MYS', 'MDV', 'MHL', 'FSM', 'MNG', 'MMR',
  'NRU', 'NPL', 'OMN', 'PAK', 'PLW', 'PNG', 'PHL', 'QAT', 'KOR', 'WSM', 'SAU', 'SGP', 'SLB', 'LKA',
  'SYR', 'TJK', 'THA', 'TLS', 'TON', 'TKM', 'TUV', 'ARE', 'UZB', 'VUT', 'VNM', 'YEM', 'PSE',
];
const EASTERN_EUROPEAN_STATES = [
  'ALB', 'ARM', 'AZE', 'BLR', 'BIH', 'BGR', 'HRV', 'CZE', 'EST', 'GEO', 'HUN', 'LVA', 'LTU', 'MNE',
  'MKD', 'POL', 'MDA', 'ROU', 'RUS', 'SRB', 'SVK', 'SVN', 'UKR',
];
const LATIN_AMERICAN_AND_CARIBBEAN_STATES = [
  'ATG', 'ARG', 'BHS', 'BRB', 'BLZ', 'BOL', 'BRA', 'CHL', 'COL', 'CRI', 'CUB', 'DMA', 'DOM', 'ECU',
  'SLV', 'GRD', 'GTM', 'GUY', 'HTI', 'HND', 'JAM', 'MEX', 'NIC', 'PAN', 'PRY', 'PER', 'KNA', 'LCA',
  'VCT', 'SUR', 'TTO', 'URY', 'VEN',
];
// Türkiye takes part in both WEOG and the Asia-Pacific Group but counts in WEOG for elections; the United
// States attends WEOG as an observer and counts in it for elections. Both are listed here only, so that the
// five groups stay a partition.
const WESTERN_EUROPEAN_AND_OTHER_STATES = [
  'AND', 'AUS', 'AUT', 'BEL', 'CAN', 'DNK', 'FIN', 'FRA', 'DEU', 'GRC', 'ISL', 'IRL', 'ISR', 'ITA',
  'LIE', 'LUX', 'MLT', 'MCO', 'NLD', 'NZL', 'NOR', 'PRT', 'SMR', 'ESP', 'SWE', 'CHE', 'TUR', 'GBR',
  'USA',
];

// Source: g77.org/doc/members.html (134 members, China included as the Group counts it) plus Mexico,
// readmitted at the Havana summit in September 2023: 135.
const G77_MEMBERS = [
  'AFG', 'DZA', 'AGO', 'ATG', 'ARG', 'AZE', 'BHS', 'BHR', 'BGD', 'BRB', 'BLZ', 'BEN', 'BTN', 'BOL',
  'BWA', 'BRA', 'BRN', 'BFA', 'BDI', 'CPV', 'KHM', 'CMR', 'CAF', 'TCD', 'CHL', 'CHN', 'COL', 'COM',
  'COG', 'CRI', 'CIV', 'CUB', 'PRK', 'COD', 'DJI', 'DMA', 'DOM', 'ECU', 'EGY', 'SLV', 'GNQ', 'ERI',
  'SWZ', 'ETH', 'FJI', 'GAB', 'GMB', 'GHA', 'GRD', 'GTM', 'GIN', 'GNB', 'GUY', 'HTI', 'HND', 'IND',
  'IDN', 'IRN', 'IRQ', 'JAM', 'JOR', 'KEN', 'KIR', 'KWT', 'LAO', 'LBN', 'LSO', 'LBR', 'LBY', 'MDG',
  'MWI', 'MYS', 'MDV', 'MLI', 'MHL', 'MRT', 'MUS', 'MEX', 'FSM', 'MNG', 'MAR', 'MOZ', 'MMR', 'NAM',
  'NRU', 'NPL', 'NIC', 'NER', 'NGA', 'OMN', 'PAK', 'PAN', 'PNG', 'PRY', 'PER', 'PHL', 'QAT', 'RWA',
  'KNA', 'LCA', 'VCT', 'WSM', 'STP', 'SAU', 'SEN', 'SYC', 'SLE', 'SGP', 'SLB', 'SOM', 'ZAF', 'SSD',
  'LKA', 'PSE', 'SDN', 'SUR', 'SYR', 'TJK', 'THA', 'TLS', 'TGO', 'TON', 'TTO', 'TUN', 'TKM', 'UGA',
  'ARE', 'TZA', 'URY', 'VUT', 'VEN', 'VNM', 'YEM', 'ZMB', 'ZWE',
];

/** The European Union and the groups, in the order `all()` lists them after the States. */
export const GROUPS: readonly GroupData[] = [
  {
    code: 'EU',
    name: 'European Union',
    kind: 'organization',
    aliases: ['European Union and its member States', 'European Community'],
    members: EU_MEMBERS,
    note: 'Speaks for its 27 member States where it has competence; enhanced observer at the General Assembly (resolution 65/276).',
    source: 'europa.eu, EU countries (27 since 1 February 2020)',
  },
  {
    code: 'EU27',
    name: 'EU member States',
    kind: 'group',
    aliases: ['EU-27', 'EU 27', 'EU MS', 'EU member states', 'Member States of the European Union', 'EU Member States'],
    members: EU_MEMBERS,
    note: 'The member States speaking as such, beside or instead of the European Union.',
    source: 'europa.eu, EU countries (27 since 1 February 2020)',
  },
  {
    code: 'G77',
    name: 'Group of 77 and China',
    kind: 'group',
    aliases: [
      'G-77', 'G 77', 'G77/China', 'G-77/China', 'G77 + China', 'G-77 + China', 'G77 & China', 'G-77 & China',
      'G77 and China', 'G-77 and China', 'Group of 77', 'Group of 77 and China', 'G77+China',
    ],
    members: G77_MEMBERS,
    source: 'g77.org/doc/members.html, plus Mexico (readmitted September 2023)',
  },
  {
    code: 'AFRICAN',
    name: 'African Group',
    kind: 'group',
    aliases: ['African States', 'Group of African States', 'Africa Group'],
    members: AFRICAN_STATES,
    note: 'UN regional group.',
    source: 'UN DGACM, United Nations Regional Groups of Member States',
  },
  {
    code: 'AGN',
    name: 'African Group of Negotiators',
    kind: 'group',
    aliases: ['African Group of Negotiators on Climate Change'],
    members: AFRICAN_STATES,
    note: 'The 54 African States negotiating together under the UNFCCC.',
    source: 'UNFCCC, Party groupings',
  },
  {
    code: 'APG',
    name: 'Asia-Pacific Group',
    kind: 'group',
    aliases: ['Asia-Pacific States', 'Group of Asia-Pacific States', 'Asia and the Pacific Group', 'Asia-Pacific'],
    members: ASIA_PACIFIC_STATES,
    note: 'UN regional group; Türkiye also takes part but counts in WEOG for elections.',
    source: 'UN DGACM, United Nations Regional Groups of Member States',
  },
  {
    code: 'EEG',
    name: 'Eastern European Group',
    kind: 'group',
    aliases: ['Eastern European States', 'Group of Eastern European States'],
    members: EASTERN_EUROPEAN_STATES,
    note: 'UN regional group.',
    source: 'UN DGACM, United Nations Regional Groups of Member States',
  },
  {
    code: 'GRULAC',
    name: 'Latin American and Caribbean Group',
    kind: 'group',
    aliases: ['Latin American and Caribbean States', 'Group of Latin American and Caribbean States'],
    members: LATIN_AMERICAN_AND_CARIBBEAN_STATES,
    note: 'UN regional group.',
    source: 'UN DGACM, United Nations Regional Groups of Member States',
  },
  {
    code: 'WEOG',
    name: 'Western European and Others Group',
    kind: 'group',
    aliases: ['Western European and Other States', 'Group of Western European and Other States', 'Western European and other States Group'],
    members: WESTERN_EUROPEAN_AND_OTHER_STATES,
    note: 'UN regional group; the United States attends as an observer and counts in it for elections.',
    source: 'UN DGACM, United Nations Regional Groups of Member States',
  },
  {
    code: 'ARAB',
    name: 'Arab Group',
    kind: 'group',
    aliases: ['Arab States', 'Group of Arab States'],
    // The 22 members of the League of Arab States, which caucus as the Arab Group at the UN.
    members: [
      'DZA', 'BHR', 'COM', 'DJI', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE',
      'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM',
    ],
    source: 'League of Arab States membership (22)',
  },
  {
    code: 'AOSIS',
    name: 'Alliance of Small Island States',
    kind: 'group',
    aliases: [],
    // The 39 members listed by AOSIS; its observers (American Samoa, Guam, ...) are left out.
    members: [
      'ATG', 'BHS', 'BRB', 'BLZ', 'CPV', 'COM', 'COK', 'CUB', 'DMA', 'DOM', 'FJI', 'FSM', 'GRD', 'GNB',
      'GUY', 'HTI', 'JAM', 'KIR', 'MDV', 'MHL', 'MUS', 'NRU', 'NIU', 'PLW', 'PNG', 'WSM', 'STP', 'SYC',
      'SGP', 'KNA', 'LCA', 'VCT', 'SLB', 'SUR', 'TLS', 'TON', 'TTO', 'TUV', 'VUT',
    ],
    source: 'aosis.org, Member States (39)',
  },
  {
    code: 'SIDS',
    name: 'Small Island Developing States',
    kind: 'group',
    aliases: [],
    // UN Member States on the UN-OHRLLS list, plus the Cook Islands and Niue; the associate members of the
    // regional commissions (territories such as Aruba or Guam) are not delegations here and are left out.
    members: [
      'ATG', 'BHS', 'BHR', 'BRB', 'BLZ', 'CPV', 'COM', 'CUB', 'DMA', 'DOM', 'FJI', 'GRD', 'GNB', 'GUY',
      'HTI', 'JAM', 'KIR', 'MDV', 'MHL', 'MUS', 'FSM', 'NRU', 'PLW', 'PNG', 'KNA', 'LCA', 'VCT', 'WSM',
      'STP', 'SYC', 'SGP', 'SLB', 'SUR', 'TLS', 'TON', 'TTO', 'TUV', 'VUT', 'COK', 'NIU',
    ],
    source: 'UN-OHRLLS, list of SIDS',
  },
  {
    code: 'LDC',
    name: 'Least Developed Countries',
    kind: 'group',
    aliases: ['LDCs', 'LDC Group', 'Group of Least Developed Countries', 'Least Developed Countries Group'],
    // 44 after the graduation of Bhutan (December 2023) and Sao Tome and Principe (December 2024).
    members: [
      'AGO', 'BEN', 'BFA', 'BDI', 'CAF', 'TCD', 'COM', 'COD', 'DJI', 'ERI', 'ETH', 'GMB', 'GIN', 'GNB',
      'LSO', 'LBR', 'MDG', 'MWI', 'MLI', 'MRT', 'MOZ', 'NER', 'RWA', 'SEN', 'SLE', 'SOM', 'SSD', 'SDN',
      'TGO', 'UGA', 'TZA', 'ZMB', 'AFG', 'BGD', 'KHM', 'LAO', 'MMR', 'NPL', 'TLS', 'YEM', 'HTI', 'KIR',
      'SLB', 'TUV',
    ],
    source: 'UN-OHRLLS / CDP, list of least developed countries (December 2024)',
  },
  {
    code: 'LLDC',
    name: 'Landlocked Developing Countries',
    kind: 'group',
    aliases: ['LLDCs', 'Group of Landlocked Developing Countries', 'Land-Locked Developing Countries'],
    members: [
      'AFG', 'ARM', 'AZE', 'BTN', 'BOL', 'BWA', 'BFA', 'BDI', 'CAF', 'TCD', 'SWZ', 'ETH', 'KAZ', 'KGZ',
      'LAO', 'LSO', 'MWI', 'MLI', 'MNG', 'NPL', 'NER', 'MKD', 'PRY', 'MDA', 'RWA', 'SSD', 'TJK', 'TKM',
      'UGA', 'UZB', 'ZMB', 'ZWE',
    ],
    source: 'UN-OHRLLS, list of LLDCs (32)',
  },
  {
    code: 'LMDC',
    name: 'Like-Minded Developing Countries',
    kind: 'group',
    aliases: ['Like-Minded Developing Countries on Climate Change', 'LMDCs'],
    members: [
      'DZA', 'BGD', 'BOL', 'CHN', 'CUB', 'ECU', 'EGY', 'SLV', 'IND', 'IDN', 'IRN', 'IRQ', 'JOR', 'KWT',
      'MYS', 'MLI', 'NIC', 'PAK', 'SAU', 'LKA', 'SDN', 'SYR', 'VEN', 'VNM',
    ],
    membershipNote: 'informal',
    note: 'UNFCCC negotiating group without a published membership list.',
    source: 'UNFCCC, Party groupings; membership as commonly cited in negotiation reports',
  },
  {
    code: 'LMG',
    name: 'Like-Minded Group',
    kind: 'group',
    aliases: ['Like-Minded Group of developing countries', 'LMG of developing countries'],
    members: [
      'DZA', 'BGD', 'BLR', 'BOL', 'CHN', 'CUB', 'EGY', 'IND', 'IDN', 'IRN', 'MYS', 'PAK', 'RUS', 'SAU',
      'LKA', 'SDN', 'VEN', 'VNM', 'ZWE',
    ],
    membershipNote: 'informal',
    note: 'Human Rights Council grouping; membership varies by session and forum.',
    source: 'Joint statements delivered on behalf of the Like-Minded Group at the Human Rights Council',
  },
  {
    code: 'EIG',
    name: 'Environmental Integrity Group',
    kind: 'group',
    aliases: [],
    members: ['CHE', 'MEX', 'KOR', 'LIE', 'MCO', 'GEO'],
    source: 'UNFCCC, Party groupings (Georgia since 2017)',
  },
  {
    code: 'UMBRELLA',
    name: 'Umbrella Group',
    kind: 'group',
    aliases: ['Umbrella'],
    // The Russian Federation and Belarus were excluded in 2022; the United Kingdom joined after leaving the EU.
    members: ['AUS', 'CAN', 'ISL', 'ISR', 'JPN', 'KAZ', 'NZL', 'NOR', 'UKR', 'GBR', 'USA'],
    membershipNote: 'informal',
    note: 'Loose UNFCCC coalition of non-EU developed countries; no formal membership list.',
    source: 'UNFCCC, Party groupings',
  },
  {
    code: 'JUSSCANNZ',
    name: 'JUSSCANNZ',
    kind: 'group',
    aliases: ['JUSCANNZ'],
    // The acronym's seven; Iceland, Liechtenstein, Mexico and the Republic of Korea often join its statements.
    members: ['JPN', 'USA', 'CHE', 'CAN', 'AUS', 'NOR', 'NZL'],
    membershipNote: 'informal',
    note: 'Informal coordination of non-EU developed countries in UN human rights and social bodies.',
    source: 'Acronym membership (Japan, US, Switzerland, Canada, Australia, Norway, New Zealand)',
  },
  {
    code: 'BASIC',
    name: 'BASIC countries',
    kind: 'group',
    aliases: ['BASIC group'],
    members: ['BRA', 'ZAF', 'IND', 'CHN'],
    source: 'UNFCCC, Party groupings',
  },
  {
    code: 'ALBA',
    name: 'Bolivarian Alliance for the Peoples of Our America',
    kind: 'group',
    aliases: ['ALBA-TCP', 'Bolivarian Alliance'],
    members: ['ATG', 'BOL', 'CUB', 'DMA', 'GRD', 'NIC', 'KNA', 'LCA', 'VCT', 'VEN'],
    source: 'ALBA-TCP member countries; UNFCCC, Party groupings',
  },
];
