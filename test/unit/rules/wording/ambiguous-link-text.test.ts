import rule from '../../../../src/core/rules/wording/ambiguous-link-text.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/returns">How returns work</a>',
      '<a href="/returns">Read more<span class="sr-only"> about returns</span></a>',
      '<a href="/returns" aria-label="Read more about returns">Read more</a>',
      '<a>here</a>',
    ],
    invalid: [
      { code: '<a href="/returns">⟦Click here⟧</a>', details: [/“Click here”/] },
      '<p>Oak table. <a href="/t">⟦Read more »⟧</a></p>',
      '<a href="/x">\n  ⟦More⟧\n</a>',
      '<a href="/x" aria-label="Learn more">⟦Find out about delivery⟧</a>',
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
    ],
  },
  config: { components: { Link: 'a' } },
});
