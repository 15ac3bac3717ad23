/**
 * Template syntax of server and client template languages (Jinja, Django, Liquid, Handlebars,
 * Mustache, Angular, Vue: `{{ }}` and `{% %}`; ERB and EJS: `<% %>`; `${…}` in strings): a value
 * or a control block filled in at run time, never words people read. One definition for the
 * parsers, the message model and the page test (proseSentences.ts splits values from control blocks on
 * top of this, to keep values as part of a sentence).
 */

/**
 * Every template span in a text (global: use with `replace`, or reset `lastIndex`). A comment
 * is one span with what it holds (`{# … #}`, `{% comment %}…{% endcomment %}`): never shown.
 */
export const TEMPLATE_SPAN =
  /\{%-?\s*comment\b[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[\s\S]*?#\}|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|<%[\s\S]*?%>|\$\{[^}]*\}/g;

/**
 * An attribute value a server template fills in: it holds a template span, or is one
 * placeholder in single braces (`lang="{lang}"`, replaced by the server before sending).
 */
export const TEMPLATE_VALUE = new RegExp(`${TEMPLATE_SPAN.source}|^\\s*\\{[\\w.-]+\\}\\s*$`);

/**
 * The text with template syntax blanked out (same length, so offsets stay exact). A tag that
 * translates a literal (`{% trans "Contact us" %}`) keeps the literal's words in place.
 */
export function maskTemplates(text: string): string {
  if (!text.includes('{') && !text.includes('<%')) return text;
  return text.replace(TEMPLATE_SPAN, (span) => {
    const literal = translatedLiteral(span);
    const blank = (part: string) => part.replace(/[^\n]/g, ' ');
    return literal
      ? blank(span.slice(0, literal.at)) + literal.words + blank(span.slice(literal.at + literal.words.length))
      : blank(span);
  });
}

/** Some of the text is template syntax (`Hello {{ name }}`). */
export function hasTemplate(text: string): boolean {
  return maskTemplates(text) !== text;
}

/**
 * A template span that puts words or markup on the page (`{{ name }}`, `{{> partial }}`,
 * `<%= … %>`, `${…}`), as against one that only decides what is shown (`{{#each}}`, `{{/if}}`,
 * `{{else}}`, `<% if (…) { %>`). `{% tag %}` tags are told apart by CONTROL_TAGS below.
 */
const VALUE_SPAN = /^(?:\{\{(?!\s*(?:[#/^!]|else\b))|<%[=-]|\$\{)/;

/**
 * `{% … %}` tags of Django, Jinja, Nunjucks, Twig and Liquid that render nothing themselves:
 * conditions, loops, assignments, comments, and the tags around a block of words to translate
 * (`{% blocktrans %}Contact us{% endblocktrans %}`: the words between are what is shown). Any
 * other tag (`{% include %}`, `{% url %}`, `{% static %}`, a project's own tags) may put words or
 * markup on the page, so it is a value, unknown until the page is built.
 */
const CONTROL_TAGS = new Set([
  ...['if', 'elif', 'elsif', 'elseif', 'else', 'unless', 'case', 'when', 'for', 'empty', 'tablerow', 'break'],
  ...['continue', 'with', 'set', 'assign', 'capture', 'macro', 'import', 'from', 'load', 'extends', 'comment'],
  ...['raw', 'verbatim', 'spaceless', 'autoescape', 'filter', 'apply', 'ifchanged', 'ifequal', 'ifnotequal'],
  ...['regroup', 'resetcycle', 'csrf_token', 'do', 'liquid', 'blocktrans', 'blocktranslate', 'plural', 'pluralize'],
]);

/**
 * The words of a tag that translates a literal, and where they start in the span:
 * `{% trans "Contact us" %}` (Django, Twig), `{{ _("Contact us") }}` (Jinja, Flask-Babel).
 */
function translatedLiteral(span: string): { words: string; at: number } | undefined {
  const match =
    /^\{%-?\s*(?:trans|translate)\s+(["'])((?:(?!\1)[^%{])*)\1(?:\s+(?:context\s+(["']).*?\3|noop))*\s*-?%\}$/.exec(
      span,
    ) ?? /^\{\{-?\s*(?:_|gettext)\(\s*(["'])((?:(?!\1)[^%{])*)\1\s*\)\s*-?\}\}$/.exec(span);
  return match ? { words: match[2]!, at: span.indexOf(match[1]!) + 1 } : undefined;
}

/** How one template span shows on the page. */
function spanKind(span: string): 'words' | 'control' | 'value' {
  if (translatedLiteral(span)) return 'words';
  if (VALUE_SPAN.test(span)) return 'value';
  const tag = /^\{%-?\s*(\w+)/.exec(span)?.[1]?.toLowerCase();
  if (tag === undefined) return span.startsWith('{%') ? 'value' : 'control';
  // A translate tag with no literal opens a block (Jinja's `{% trans %}…{% endtrans %}`); `as x` stores it.
  if (tag === 'trans' || tag === 'translate')
    return /\bas\s+\w+\s*-?%\}$/.test(span) || !/["']/.test(span) ? 'control' : 'value';
  return tag.startsWith('end') || CONTROL_TAGS.has(tag) ? 'control' : 'value';
}

/**
 * What the template syntax in a text does: `none` (there is none), `control` (only blocks
 * that decide what is shown, which render nothing themselves), `value` (some of the text is
 * filled in at run time: unknown words, or markup such as an included file's).
 */
export function templateInText(text: string): 'none' | 'control' | 'value' {
  if (!text.includes('{') && !text.includes('<%')) return 'none';
  let found: 'none' | 'control' = 'none';
  for (const [span] of text.matchAll(TEMPLATE_SPAN)) {
    const kind = spanKind(span);
    if (kind === 'value') return 'value';
    found = 'control'; // a translated literal's words stay in the masked text
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
