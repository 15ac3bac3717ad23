/**
 * Fields asking for an email, phone number, date, number, postcode or card number but typed as
 * plain text, with no `autocomplete` or `inputmode`: phones show the wrong keyboard, browsers
 * cannot fill them in, and people make more typing mistakes. The purpose is read from the
 * field's name, id, label text, placeholder or aria-label. The finding sits on the `type`
 * attribute (or the tag name when there is none) and suggests the right type or inputmode.
 * A field whose label is only known at run time (`{{ username_prompt or 'Email' }}`,
 * `<label>{t(kind)}</label>`) is trusted: it may ask for something else (a user name).
 */
import { getAttribute, type MarkupKind, type UiElement } from '../../model.js';
import { hasTemplate } from '../../templates.js';
import { elementsById, staticValue, textContent, type KnownText } from '../shared/elementMeaning.js';
import { defineRule, type Fix } from '../types.js';

interface Purpose {
  readonly pattern: RegExp;
  readonly label: string;
  readonly attribute: 'type' | 'inputmode' | 'autocomplete';
  readonly value: string;
}

const PURPOSES: readonly Purpose[] = [
  { pattern: /\be-?mail\b/i, label: 'an email address', attribute: 'type', value: 'email' },
  { pattern: /\b(phone|mobile|tel|telephone|cell)\b/i, label: 'a phone number', attribute: 'type', value: 'tel' },
  {
    pattern:
      /\b(card ?number|cc-?number|credit ?card|cvc|cvv|security code|otp|one-time code|verification code|pin)\b/i,
    label: 'a number typed as digits',
    attribute: 'inputmode',
    value: 'numeric',
  },
  // A postcode's keyboard is the text one already (UK postcodes hold letters): autofill is what helps.
  {
    pattern: /\b(zip|zip ?code|post ?code|postal ?code)\b/i,
    label: 'a postcode',
    attribute: 'autocomplete',
    value: 'postal-code',
  },
  {
    pattern: /\b(amount|price)\b/i,
    label: 'an amount',
    attribute: 'inputmode',
    value: 'decimal',
  },
  {
    pattern: /\b(quantity|qty|age|how many)\b/i,
    label: 'a whole number',
    attribute: 'inputmode',
    value: 'numeric',
  },
  { pattern: /\b(date of birth|birth ?date|dob|date)\b/i, label: 'a date', attribute: 'type', value: 'date' },
  { pattern: /\b(url|website|web address)\b/i, label: 'a web address', attribute: 'type', value: 'url' },
];

/** Props through which a library field sets its inner `<input>`'s attributes (MUI, Chakra…). */
const INNER_INPUT_PROPS = /^(inputProps|InputProps|slotProps|htmlInputProps|inputAttributes)$/;

export default defineRule({
  id: 'errors/input-purpose-unclear',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-rate', 'time-on-task', 'customer-effort'],
  severity: 'info',
  impact: 'minor',
  tags: ['wcag2aa', 'wcag135'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one finding on the corpus was judged noise (a URL field that accepts relative paths, which type="url" would reject).
  recommended: false,
  help: 'Give the field the type, inputmode or autocomplete that fits what it asks for',
  why: 'The right keyboard and autofill save typing and typing mistakes, most of all on phones.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const ids = elementsById(document);
    const labels = labelTexts(document.elements);
    for (const field of document.elements) {
      if (field.tag !== 'input') continue;
      const typeAttribute = getAttribute(field, 'type');
      const type = staticValue(typeAttribute)?.toLowerCase();
      if (typeAttribute && type === undefined) continue; // dynamic type: trusted
      if (type !== undefined && type !== 'text') continue;
      const label = labels.get(staticValue(getAttribute(field, 'id')) ?? '\u0000');
      const wrapping = wrappingLabel(field);
      if ([label, wrapping].some((text) => text && (!text.known || hasTemplate(text.text)))) continue;
      const clues = [
        staticValue(getAttribute(field, 'name')),
        staticValue(getAttribute(field, 'id')),
        staticValue(getAttribute(field, 'placeholder')),
        staticValue(getAttribute(field, 'aria-label')),
        label?.text,
        labelledByText(field, ids),
        wrapping?.text,
      ]
        .filter((clue): clue is string => Boolean(clue))
        .map((clue) => clue.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '))
        .join(' | ');
      const purpose = PURPOSES.find((candidate) => candidate.pattern.test(clues));
      if (!purpose) continue;
      context.examined(field);
      if (field.hasSpread || getAttribute(field, 'autocomplete') || getAttribute(field, 'inputmode')) continue;
      // A library field (`<TextField>`) whose inner input is set through a prop of its own
      // (`InputProps={{ autoComplete: "postal-code" }}`, `slotProps`): not read, so trusted.
      if (field.isComponent && field.attributes.some((attribute) => INNER_INPUT_PROPS.test(attribute.name))) continue;
      context.report({
        range: typeAttribute?.range ?? field.nameRange,
        detail: `this asks for ${purpose.label}: use ${purpose.attribute}="${purpose.value}"`,
        why: `A field for ${purpose.label} typed as plain text shows the wrong keyboard on phones and cannot be filled in by the browser, so people type more and make more mistakes.`,
        fix: purposeFix(field, purpose, document.kind),
      });
    }
  },
});

function labelTexts(elements: readonly UiElement[]): Map<string, KnownText> {
  const byFor = new Map<string, KnownText>();
  for (const element of elements) {
    if (element.tag !== 'label') continue;
    const target = staticValue(getAttribute(element, 'for'));
    if (target) byFor.set(target, textContent(element));
  }
  return byFor;
}

function labelledByText(field: UiElement, ids: Map<string, UiElement>): string | undefined {
  const value = staticValue(getAttribute(field, 'aria-labelledby'));
  return value
    ?.split(/\s+/)
    .map((id) => (ids.get(id) ? textContent(ids.get(id)!).text : ''))
    .join(' ');
}

function wrappingLabel(field: UiElement): KnownText | undefined {
  for (let current = field.parent; current; current = current.parent) {
    if (current.tag === 'label') return textContent(current);
  }
  return undefined;
}

function purposeFix(field: UiElement, purpose: Purpose, kind: MarkupKind): Fix {
  const typeAttribute = getAttribute(field, 'type');
  const name =
    kind !== 'jsx'
      ? purpose.attribute
      : ({ inputmode: 'inputMode', autocomplete: 'autoComplete', type: 'type' } as const)[purpose.attribute];
  if (purpose.attribute === 'type' && typeAttribute?.valueRange) {
    return {
      title: `Set type="${purpose.value}"`,
      edits: [{ range: typeAttribute.valueRange, newText: purpose.value }],
      safe: false,
    };
  }
  const at = field.nameRange.end;
  return {
    title: `Add ${name}="${purpose.value}"`,
    edits: [{ range: { start: at, end: at }, newText: ` ${name}="${purpose.value}"` }],
    safe: false,
  };
}
