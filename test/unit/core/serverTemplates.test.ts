/**
 * Server template syntax in HTML (Jinja, Liquid, Handlebars, ERB): a value (`{{ version }}`,
 * `{% include %}`) is words or markup filled in at run time, a control block (`{% for %}`,
 * `{% if %}`) renders nothing itself. Found on a Jekyll site's navigation (react-admin's docs):
 * `{% for %}` tags read as text children of a list, and `{{ version }}` links compared as equal text.
 */
import assert from 'node:assert/strict';
import { lint, type FileReport } from '../../../src/core/index.js';
import { templateInText } from '../../../src/core/templates.js';

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
});
