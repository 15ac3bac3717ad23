/**
 * Template syntax of server and client template languages (Jinja, Django, Liquid, Handlebars,
 * Mustache, Angular, Vue: `{{ }}` and `{% %}`; ERB and EJS: `<% %>`; `${…}` in strings): a value
 * or a control block filled in at run time, never words people read. One definition for the
 * parsers, the message model and the page test (proseSentences.ts splits values from control blocks on
 * top of this, to keep values as part of a sentence).
 */

/** Every template span in a text (global: use with `replace`, or reset `lastIndex`). */
export const TEMPLATE_SPAN = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>|\$\{[^}]*\}/g;

/**
 * An attribute value a server template fills in: it holds a template span, or is one
 * placeholder in single braces (`lang="{lang}"`, replaced by the server before sending).
 */
export const TEMPLATE_VALUE = new RegExp(`${TEMPLATE_SPAN.source}|^\\s*\\{[\\w.-]+\\}\\s*$`);

/** The text with template syntax blanked out (same length, so offsets stay exact). */
export function maskTemplates(text: string): string {
  if (!text.includes('{') && !text.includes('<%')) return text;
  return text.replace(TEMPLATE_SPAN, (span) => span.replace(/[^\n]/g, ' '));
}

/** Some of the text is template syntax (`Hello {{ name }}`). */
export function hasTemplate(text: string): boolean {
  return maskTemplates(text) !== text;
}

/**
 * A template span that puts words or markup on the page (`{{ name }}`, `{{> partial }}`,
 * `<%= … %>`, `${…}`, `{% include "nav.html" %}`), as against one that only decides what is
 * shown (`{% if %}`, `{% for %}`, `{{#each}}`, `{{/if}}`, `{{else}}`, `<% if (…) { %>`).
 */
const VALUE_SPAN =
  /^(?:\{\{(?!\s*(?:[#/^!]|else\b))|<%[=-]|\$\{|\{%-?\s*(?:include|render|section|block|call|component|partial|yield)\b)/;

/**
 * What the template syntax in a text does: `none` (there is none), `control` (only blocks
 * that decide what is shown, which render nothing themselves), `value` (some of the text is
 * filled in at run time: unknown words, or markup such as an included file's).
 */
export function templateInText(text: string): 'none' | 'control' | 'value' {
  if (!text.includes('{') && !text.includes('<%')) return 'none';
  let found: 'none' | 'control' = 'none';
  for (const [span] of text.matchAll(TEMPLATE_SPAN)) {
    if (VALUE_SPAN.test(span)) return 'value';
    found = 'control';
  }
  return found;
}

/**
 * A value a server-side template fills in (`{{ url_for(…) }}`, `{% … %}`, `<%= … %>`, `${…}`):
 * not known until the page is rendered, so trusted like a dynamic JSX value.
 */
export function isTemplateValue(value: string): boolean {
  return /\{\{|\{%|<%|\$\{/.test(value);
}
