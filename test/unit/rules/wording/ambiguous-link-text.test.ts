import rule from '../../../../src/core/rules/wording/ambiguous-link-text.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/returns">How returns work</a>',
      '<a href="/returns">Read more<span class="sr-only"> about returns</span></a>',
      '<a href="/returns" aria-label="Read more about returns">Read more</a>',
      '<a>here</a>',
      // A bookmark, and an <a> acting as a button, are not links.
      '<a id="more">More</a>',
      '<a role="button" onclick="openHelp()">Learn more</a>',
    ],
    invalid: [
      { code: '<a href="/returns">⟦Click here⟧</a>', details: [/“Click here”/] },
      '<p>Oak table. <a href="/t">⟦Read more »⟧</a></p>',
      '<a href="/x">\n  ⟦More⟧\n</a>',
      '<a href="/x" aria-label="Learn more">⟦Find out about delivery⟧</a>',
      // Links without href: made links by a script.
      '<a onclick="openHelp()">⟦Learn more⟧</a>',
      '<a tabindex="0">⟦Click here⟧</a>',
      '<p>Returns are free, see <a href="/returns">⟦a link⟧</a>.</p>',
      // A server template's translated literal is the link's words (Django).
      '<a href="{% url "returns" %}">⟦{% trans "Click here" %}⟧</a>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <a href="/returns">How returns work</a>;',
      'const A = () => <a href="/x">{t("more")}</a>;',
      'const A = () => <a href="/x" aria-label={label}>More</a>;',
      'const A = () => <a href="/returns">Read more <VisuallyHidden>about returns</VisuallyHidden></a>;',
    ],
    invalid: [
      'const A = () => <a href="/x">⟦here⟧</a>;',
      'const A = () => <a href={url}>⟦Read more⟧</a>;',
      'const A = () => items.map((i) => <a key={i.id} href={i.url}>⟦Learn more⟧</a>);',
      'const A = () => <Link href="/x">⟦Details⟧</Link>;',
      // Components mapped to <a> take their target as `to`; <a> with a handler is a link too.
      'const A = () => <Link to="/returns">⟦Learn more⟧</Link>;',
      'const A = () => <a onClick={openHelp}>⟦click here⟧</a>;',
    ],
  },
  config: { components: { Link: 'a' } },
});
