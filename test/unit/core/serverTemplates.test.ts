/**
 * Server template syntax in HTML (Jinja, Liquid, Handlebars, ERB): a value (`{{ version }}`,
 * `{% include %}`) is words or markup filled in at run time, a control block (`{% for %}`,
 * `{% if %}`) renders nothing itself. Found on a Jekyll site's navigation (react-admin's docs):
 * `{% for %}` tags read as text children of a list, and `{{ version }}` links compared as equal text.
 */
import assert from 'node:assert/strict';
import { configFromObject, lint, PageRunner, type FileReport } from '../../../src/core/index.js';
import { quotesOfTemplatesInTags } from '../../../src/core/parse/html.js';
import { maskTemplates, templateInText } from '../../../src/core/templates.js';
import { everyRule } from '../helpers/config.js';

const rules = (report: FileReport) => report.findings.map((finding) => finding.ruleId);

describe('server templates in HTML', () => {
  it('should tell values from control blocks', () => {
    assert.equal(templateInText('Shoes'), 'none');
    assert.equal(templateInText('{ not a template }'), 'none');
    assert.equal(templateInText('  {% for v in versions %}\n  '), 'control');
    assert.equal(templateInText('{% if a %}{% else %}{% endif %}'), 'control');
    assert.equal(templateInText('{{#each items}}{{else}}{{/each}}'), 'control');
    assert.equal(templateInText('<% if (user) { %>'), 'control');
    assert.equal(templateInText('{{ version }}'), 'value');
    assert.equal(templateInText('Hello {{ name }}'), 'value');
    assert.equal(templateInText('{{> footer }}'), 'value');
    assert.equal(templateInText('<%= user.name %>'), 'value');
    assert.equal(templateInText('{% include "nav.html" %}'), 'value');
    // Django / Jinja tags: an unknown tag may write words; the tags around words to translate do not.
    assert.equal(templateInText('{% url "home" %}'), 'value');
    assert.equal(templateInText('{% bg_active_nav current_url about_url %}'), 'value');
    assert.equal(templateInText('{% blocktrans %}Contact us{% endblocktrans %}'), 'control');
    assert.equal(templateInText('{% trans %}Contact us{% endtrans %}'), 'control');
    assert.equal(templateInText('{% load i18n %}{% csrf_token %}'), 'control');
    assert.equal(templateInText('{% trans "Contact us" as label %}'), 'control');
  });

  it('should read the words of a tag that translates a literal, where they are written', () => {
    assert.equal(templateInText('{% trans "Contact us" %}'), 'control');
    // The words stay where they are written, the rest is blanked: offsets do not move.
    const keeps = (span: string, words: string) => {
      const masked = maskTemplates(span);
      assert.equal(masked.length, span.length);
      assert.equal(masked.trim(), words);
      assert.equal(masked.indexOf(words), span.indexOf(words));
    };
    keeps('{% trans "Contact us" %}', 'Contact us');
    keeps('{%- translate \'Press\' context "menu" -%}', 'Press');
    keeps('{{ _("Sign in") }}', 'Sign in');
    // A literal holding a placeholder is filled in: unknown words.
    assert.equal(templateInText('{% trans "Hello %(name)s" %}'), 'value');
  });

  it('should read nothing inside a template comment', () => {
    const text = 'Shown {% comment %}\n  TODO: HTML table\n{% endcomment %} and {# FIXME: CSV #} shown.';
    const masked = maskTemplates(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.replace(/\s+/g, ' ').trim(), 'Shown and shown.');
    assert.equal(templateInText('{% comment %}Note for editors{% endcomment %}'), 'control');
    assert.equal(templateInText('{# Note for editors #}'), 'control');
    // Its words are not the page's: no wording finding on them.
    const page = '<p>Read the FAQ.{% comment %} TODO: explain the KYC and AML checks here {% endcomment %}</p>';
    assert.deepEqual(rules(lint(page, 'html', everyRule)), []);
  });

  it('should take a translated literal as a heading’s and a link’s words (Django templates)', () => {
    const text =
      '<main>\n<h1 class="h2-heading">\n  {% trans "Contact Us" %}\n</h1>\n' +
      '<p><a class="{% bg_active_nav current_url press_url %}" href="{{ press_url }}">{% trans "Press" %}</a></p>\n</main>';
    assert.deepEqual(rules(lint(text, 'html')), []);
  });

  it('should still report a heading or link whose words are stored, not shown', () => {
    const text = '<h2>{% trans "Contact us" as label %}</h2>\n<p><a href="/x">{% trans "Go" as go %}</a></p>';
    assert.deepEqual(rules(lint(text, 'html')).sort(), ['a11y/empty-heading', 'a11y/link-name']);
  });

  it('should not read control blocks as a list’s children', () => {
    const text = '<ul>\n  {% for v in versions %}\n  <li><a href="/docs/{{ v }}">Docs</a></li>\n  {% endfor %}\n</ul>';
    assert.deepEqual(rules(lint(text, 'html')), []);
  });

  it('should trust a list whose items an included file writes', () => {
    assert.deepEqual(rules(lint('<ul class="nav">\n  {% include "navigation.html" %}\n</ul>', 'html')), []);
  });

  it('should still report a list with an element that is not an item', () => {
    assert.deepEqual(rules(lint('<ul>{% for v in vs %}<div>Title</div><li>x</li>{% endfor %}</ul>', 'html')), [
      'a11y/list',
    ]);
  });

  it('should take a link’s template value as its name, unknown until the page is built', () => {
    const text = '<p><a href="/a">{{ v }}</a> <a href="/b">{{ v }}</a></p>';
    assert.deepEqual(rules(lint(text, 'html')), []);
  });

  it('should still report a link whose only content is a control block', () => {
    assert.deepEqual(rules(lint('<p><a href="/x">{% if beta %}{% endif %}</a></p>', 'html')), ['a11y/link-name']);
  });

  it('should keep a template tag with quotes inside an attribute whole (Django’s `placeholder="{% trans "…" %}"`)', () => {
    const text = '<input placeholder="{% trans "Search" %}"> <p>{% trans "Shop" %}</p> <a title=\'{{ _("Home") }}\'>';
    const read = quotesOfTemplatesInTags(text);
    assert.equal(read.length, text.length);
    assert.ok(!read.slice(20, 39).includes('"'), 'the quotes inside the attribute’s tag are not quotes to the parser');
    assert.ok(read.includes('<p>{% trans "Shop" %}</p>'), 'a tag in text is left as written');
    assert.equal(quotesOfTemplatesInTags('<p title="a">b</p>'), '<p title="a">b</p>');
  });

  it('should name a field and tell landmarks apart by values written with quoted template tags (whole page)', async function () {
    this.timeout(60_000);
    const runner = new PageRunner({ workers: 1 });
    try {
      const config = configFromObject({
        extends: [],
        rules: { 'a11y/label': 'error', 'a11y/landmark-unique': 'error' },
      });
      const body = (placeholder: string, main: string, footer: string) =>
        '<html lang="en"><head><title>Shop</title></head><body><main><h1>Shop</h1>' +
        `<input type="text" id="q" placeholder=${placeholder}><label for="q">&nbsp;</label>` +
        `<nav${main}><a href="/a">A</a></nav><nav${footer}><a href="/b">B</a></nav>` +
        '</main></body></html>';
      const ids = async (text: string) =>
        (await lint(text, 'html', config, { runner, fileName: '/site/templates/shop.html' })).findings
          .map((finding) => finding.ruleId)
          .sort();
      const main = ' title="{% trans "Main" context "menu" %}"';
      const footer = ' title="{% trans "Footer" %}"';
      assert.deepEqual(await ids(body('"{% trans "Search products" %}"', main, footer)), []);
      assert.deepEqual(await ids(body('""', '', '')), ['a11y/label', 'a11y/landmark-unique']);
    } finally {
      await runner.close();
    }
  });
});
