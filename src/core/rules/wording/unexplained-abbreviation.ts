/**
 * Acronyms people may not know (“KYC”, “APR”, “SKU”) with no expansion: not inside
 * `<abbr title="…">`, and not spelled out in the same file as “Annual percentage rate (APR)”
 * or “APR (annual percentage rate)”. Widely known ones (UK, FAQ, PDF, PIN, VAT…) are allowed,
 * and the list is extendable. Only the first use in a file is reported; capitals that are part
 * of a shouted run are left to wording/shouting.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { collectMessages } from '../../messages.js';
import { staticValue } from '../../semantics.js';
import { defineRule } from '../types.js';

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
  'AM',
  'PM',
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
  'PS',
  'QR',
  'NYC',
  'LA',
  'DC',
  'HQ',
  'IOS',
  'OS',
  'WIFI',
  'PR',
  'HR',
  'CV',
  'MP',
  'VIP',
  'XL',
  'XXL',
  'XS',
  'S',
  'M',
  'L',
  'EUR',
  'USD',
  'GBP',
  'CAD',
  'AUD',
  'JPG',
  'PNG',
  'GIF',
  'MB',
  'GB',
  'KB',
  'TB',
  'KM',
  'KG',
  'CM',
  'MM',
  'ML',
  'OZ',
  'LB',
  'LBS',
  'FT',
  'UV',
  'LED',
  'TM',
  'AD',
  'BC',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
  'A',
  'I',
];
// Letters only: codes with digits (SW1A, A4, MP3) are postcodes, sizes and formats, not acronyms.
const ACRONYM = /(?<![\p{L}\p{N}'’-])[A-Z][A-Z&]{1,6}s?(?![\p{L}\p{N}'’-])/gu;
const SHOUTED = /[A-Z]{2,}[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}/;

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
  languages: ['html', 'jsx'],
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
    const known = new Set([...KNOWN, ...options.allow.map((word) => word.toUpperCase())]);
    const explained = new Set<string>();
    for (const element of document.elements) {
      if (element.tag === 'abbr' && staticValue(getAttribute(element, 'title'))) explained.add(abbrText(element));
    }
    const seen = new Set<string>();
    for (const message of collectMessages(document)) {
      if (message.source !== 'text' || SHOUTED.test(message.text)) continue;
      if (message.element && insideAbbr(message.element)) continue;
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const match of source.matchAll(ACRONYM)) {
          const word = match[0].replace(/s$/, '');
          if (!/[A-Z].*[A-Z]/.test(word) || known.has(word) || explained.has(word) || seen.has(word)) continue;
          seen.add(word);
          context.examined();
          if (isExpanded(document.text, word)) continue;
          const start = segment.start + match.index;
          context.report({ range: { start, end: start + match[0].length }, detail: `“${word}”` });
        }
      }
    }
  },
});

function abbrText(element: UiElement): string {
  return element.children
    .map((child) => (child.type === 'text' ? child.text : ''))
    .join('')
    .trim();
}

function insideAbbr(element: UiElement): boolean {
  for (let current: UiElement | undefined = element; current; current = current.parent) {
    if (current.tag === 'abbr') return true;
  }
  return false;
}

/** “Annual percentage rate (APR)” or “APR (annual percentage rate)” anywhere in the file. */
function isExpanded(text: string, word: string): boolean {
  const escaped = word.replace(/[&]/g, '\\&');
  return new RegExp(
    `[\\p{L}][\\p{L}\\s-]{3,}\\(\\s*${escaped}\\s*\\)|\\b${escaped}\\s*\\(\\s*[\\p{L}][\\p{L}\\s-]{3,}\\)`,
    'u',
  ).test(text);
}
