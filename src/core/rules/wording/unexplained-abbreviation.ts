/**
 * Acronyms people may not know (“KYC”, “APR”, “SKU”) with no expansion: not marked up with
 * `<abbr>` or `<acronym>` anywhere on the page, and not spelled out in the same file as
 * “Annual percentage rate (APR)” or “APR (annual percentage rate)”. Widely known ones (UK, FAQ,
 * PDF, PIN, VAT…) and the names of formats and protocols screens use as names (CSV, API, SSL,
 * CPU…) are allowed, and the list is extendable. Only the first use in a file is
 * reported. Left alone: capitals that are part of a shouted run (wording/shouting), plain words
 * in capitals (“OR”, “STATUS”), identifiers (`ASSET_PATH`), template placeholders, code, date
 * and time formats (“MM/YY”, “DD-MM-YYYY”), and the subject of the page (an abbreviation in
 * its `<title>` or `<h1>`).
 *
 * Off in the recommended preset: whether “API” or “SAML” needs spelling out depends on who
 * reads the page, which the code does not say; on developer tools and admin screens nearly
 * every finding was a term the readers know.
 */
import { getAttribute, type UiDocument, type UiElement } from '../../model.js';
import { proseOf, sourceRange, words } from '../shared/proseSentences.js';
import { textContent } from '../shared/elementMeaning.js';
import { defineRule } from '../types.js';

/** Abbreviations most people know, with one meaning. */
const KNOWN = [
  'OK',
  'UK',
  'US',
  'USA',
  'EU',
  'UN',
  'FAQ',
  'FAQS',
  'PDF',
  'URL',
  'ID',
  'TV',
  'VAT',
  'PIN',
  'ATM',
  'GPS',
  'DIY',
  'SMS',
  'USB',
  'HD',
  'CEO',
  'DVD',
  'CD',
  'PC',
  'IT',
  'NHS',
  'BBC',
  'AI',
  'UTC',
  'GMT',
  'ETA',
  'RSVP',
  'ASAP',
  'QR',
  'NYC',
  'HQ',
  'IOS',
  'OS',
  'WIFI',
  'VIP',
  'XS',
  'XL',
  'XXL',
  'EUR',
  'USD',
  'GBP',
  'CAD',
  'AUD',
  'JPG',
  'PNG',
  'GIF',
  'UV',
  'LED',
  'Q&A',
  'BBQ',
];

/**
 * Names of formats, protocols and parts of computers that screens name as such (“Export as
 * CSV”, “API keys”, “SSL certificate”, “CPU usage”), as Vale's Microsoft.Acronyms exceptions
 * do: spelled out, most of them say less to the reader than the letters. Judged on the corpus,
 * 0 of 240 findings were kept, most of them on these (bench/README.md). Retail and domain
 * codes (SKU, APR, KYC) stay reported: who reads them decides.
 */
const KNOWN_IN_SOFTWARE = [
  'API',
  'APIS',
  'CSV',
  'TSV',
  'JSON',
  'XML',
  'YAML',
  'YML',
  'HTML',
  'CSS',
  'SVG',
  'ZIP',
  'HTTP',
  'HTTPS',
  'URI',
  'IP',
  'DNS',
  'SSL',
  'TLS',
  'SSH',
  'SMTP',
  'SSO',
  'SEO',
  'SQL',
  'SDK',
  'CLI',
  'UI',
  'UX',
  'CPU',
  'GPU',
  'RAM',
  'REST',
];

/** The letters of a date or time format, next to a separator: “MM/YY”, “DD-MM-YYYY”, “HH:MM”. */
const FORMAT_PART = /^(?:DD|MM|YY|YYYY|HH|SS)$/;

/**
 * Known only right after a number (“2:30 PM”, “500 ML”, “300 BC”): elsewhere these letters
 * are other codes (a PM is a product manager, ML is machine learning).
 */
const AFTER_A_NUMBER = new Set([
  'AM',
  'PM',
  'AD',
  'BC',
  'KM',
  'KG',
  'CM',
  'MM',
  'ML',
  'OZ',
  'LB',
  'LBS',
  'FT',
  'MB',
  'GB',
  'KB',
  'TB',
]);
/** Known only after a name (“Henry VIII”, “Part II”): “the IV” is an initialisation vector. */
const ROMAN_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{1,3})$/;

/** Words written in capitals for emphasis or as labels, not abbreviations. */
const PLAIN_WORDS = new Set(
  (
    'A AN AND ARE AS AT BE BUT BY DO FOR FROM GET GO HAS HE IF IN IS IT ITS ME MY NEW NO NOT NOW OF OFF ON ' +
    'ONE OR OUT PUT SO THE TO TWO UP US WAS WE YES YOU ALL ANY ADD SET SEE NEXT LAST BACK HERE THIS THAT ' +
    'WITH WHAT WHO WHY HOW WHEN YOUR OUR NOTE POST SALE FREE HOT TOP BEST SHOP OPEN STOP EDIT SAVE VIEW ' +
    'HELP HOME MENU LOG SIGN NAME TYPE KEY KEYS DATE TIME TEXT LINK ITEM ITEMS LIST MORE LESS ONLY JUST'
  ).split(/\s+/),
);

// Two to seven capitals (“&” inside, plural “s” allowed). Not part of an identifier
// (ASSET_PATH, window.API) and letters only: codes with digits (SW1A, A4, MP3) are postcodes,
// sizes and formats, not acronyms.
const ACRONYM =
  /(?<![\p{L}\p{N}_$'’@#-]|[\p{L}\p{N}]\.)\p{Lu}[\p{Lu}&]{0,5}\p{Lu}s?(?![\p{L}\p{N}_$'’-]|\.[\p{L}\p{N}])/gu;
const SHOUTED = /\p{Lu}{2,}[ \t]+\p{Lu}{2,}[ \t]+\p{Lu}{2,}/u;
const VOWEL_GROUPS = /[AEIOUY]+/g;
/** Consonants that can start an English syllable. */
const ONSET =
  /^(?:[BCDFGHJKLMNPQRSTVWXZ]|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|KN|PH|PL|PR|QU|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR|TW|WH|WR|SCR|SPL|SPR|STR|THR|SHR)?$/;

interface Options {
  allow: string[];
}

export default defineRule<Options>({
  id: 'wording/unexplained-abbreviation',
  area: 'wording',
  lens: 'UX',
  metrics: ['comprehension', 'reach'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language', 'wcag2aaa', 'wcag314'],
  languages: ['html', 'jsx', 'catalog'],
  recommended: false,
  help: 'Spell out the abbreviation the first time, or wrap it in <abbr title>',
  why: 'An unknown abbreviation stops people mid-sentence, and many will not ask what it means.',
  optionsSchema: {
    type: 'object',
    properties: {
      allow: { type: 'array', items: { type: 'string' }, description: 'Abbreviations your audience knows.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { allow: [] },
  check(context) {
    const { document, options } = context;
    const known = new Set([...KNOWN, ...KNOWN_IN_SOFTWARE, ...options.allow.map((word) => word.toUpperCase())]);
    const explained = explainedOnPage(document);
    const lowerCaseWords = new Set<string>();
    for (const { sentences } of proseOf(document)) {
      for (const sentence of sentences) {
        for (const word of words(sentence.text)) if (word === word.toLowerCase()) lowerCaseWords.add(word);
      }
    }
    const seen = new Set<string>();
    let expanded: Set<string> | undefined;
    for (const { message, sentences, filler } of proseOf(document)) {
      if ((message.source !== 'text' && message.source !== 'catalog') || filler) continue;
      for (const sentence of sentences) {
        if (SHOUTED.test(sentence.text)) continue;
        for (const match of sentence.text.matchAll(ACRONYM)) {
          const word = match[0].replace(/s$/, '');
          if (known.has(word) || explained.has(word) || seen.has(word)) continue;
          if (isPlainWord(word, lowerCaseWords)) continue;
          const before = sentence.text.slice(0, match.index);
          if (AFTER_A_NUMBER.has(word) && /\d\s*$/.test(before)) continue;
          if (ROMAN_NUMERAL.test(word) && /\p{Lu}[\p{L}.]*\s+$/u.test(before)) continue;
          const after = sentence.text.slice(match.index + match[0].length);
          if (FORMAT_PART.test(word) && (/[/.:-]\s*$/.test(before) || /^\s*[/.:-]/.test(after))) continue;
          const range = sourceRange(sentence, match.index, match[0].length);
          if (!range) continue;
          seen.add(word);
          context.examined();
          expanded ??= expandedIn(document.text);
          if (expanded.has(word)) continue;
          context.report({
            range,
            detail: `“${word}”`,
            why: `People who do not know “${word}” stop mid-sentence, and many will not ask what it means.`,
          });
        }
      }
    }
  },
});

/**
 * Abbreviations the page explains or is about: the text of every `<abbr>` and `<acronym>`
 * (a title gives the expansion; without one the author spelled it out beside it), and the
 * capitals of the page's `<title>` and `<h1>`, which name its subject.
 */
function explainedOnPage(document: UiDocument): Set<string> {
  const explained = new Set<string>();
  const add = (element: UiElement): void => {
    for (const match of textContent(element).text.matchAll(ACRONYM)) explained.add(match[0].replace(/s$/, ''));
  };
  for (const element of document.elements) {
    if (element.tag === 'abbr' || element.tag === 'acronym') {
      if (getAttribute(element, 'title') !== undefined || element.tag === 'abbr') add(element);
    } else if (element.tag === 'title' || element.tag === 'h1') add(element);
  }
  return explained;
}

/**
 * A word in capitals rather than an abbreviation: a common word (“OR”, “NOTE”), a word the page
 * also writes in lower case (“NAME” beside “name”), or five or more letters that read as an
 * English word (“STATUS”, “QUERY”): English syllables, not a run of initials (“ECDSA”, “HTTPS”).
 */
function isPlainWord(word: string, lowerCaseWords: ReadonlySet<string>): boolean {
  if (word.includes('&')) return false;
  if (PLAIN_WORDS.has(word) || lowerCaseWords.has(word.toLowerCase())) return true;
  return word.length >= 5 && readsAsWord(word);
}

function readsAsWord(word: string): boolean {
  const clusters = word.split(VOWEL_GROUPS);
  if (clusters.length < 2) return false; // no vowel
  const first = clusters[0]!;
  const last = clusters[clusters.length - 1]!;
  if (!ONSET.test(first) || last.length > 3) return false;
  // Between vowels: two consonants, or three whose last two can start a syllable (“CONTROL”).
  return clusters
    .slice(1, -1)
    .every((cluster) => cluster.length <= 2 || (cluster.length === 3 && ONSET.test(cluster.slice(1))));
}

/**
 * The abbreviations a file spells out, found in one pass each way: “Annual percentage rate
 * (APR)” (four or more letters, spaces or hyphens before the brackets) and “APR (annual
 * percentage rate)”. Once per file: a pattern per abbreviation, run over the whole text, made
 * this rule most of the static pass's time on large pages.
 */
function expandedIn(text: string): Set<string> {
  const expanded = new Set<string>();
  for (const match of text.matchAll(/\(\s*([^\s()]{1,16})\s*\)/gu)) {
    // Walk back over the letters, spaces and hyphens before the bracket: a letter must start a
    // run of at least four of them.
    let start = match.index;
    while (start > 0 && /[\p{L}\s-]/u.test(text[start - 1]!)) start--;
    for (let i = start; i <= match.index - 4; i++)
      if (/\p{L}/u.test(text[i]!)) {
        expanded.add(match[1]!);
        break;
      }
  }
  for (const match of text.matchAll(/(?<![\p{L}])([\p{L}&]+)\s*\(\s*[\p{L}][\p{L}\s-]{3,}\)/gu))
    expanded.add(match[1]!);
  return expanded;
}
