import rule from '../../../../src/core/rules/wording/jargon.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p>We use your address to deliver your order.</p>',
      '<code>utilize()</code>',
      '<a href="/utilize-guide">Guide</a>',
      '<p>Ordering is simple.</p>',
    ],
    invalid: [
      { code: '<p>We ⟦utilize⟧ cookies.</p>', details: [/“utilize” → “use”/], fixed: '<p>We use cookies.</p>' },
      { code: '<p>⟦In order to⟧ continue, ⟦authenticate⟧.</p>', fixed: '<p>To continue, authenticate.</p>' },
      { code: '<input placeholder="⟦Commence⟧ typing">', fixed: '<input placeholder="Start typing">' },
      '<p>Please read <a href="/terms">this</a> ⟦prior to⟧ ordering.</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>We use cookies.</p>;',
      'const A = () => <p>{utilize}</p>;',
      'const A = () => <pre>leverage</pre>;',
      'const A = () => <Button variant="terminate">End</Button>;',
    ],
    invalid: [
      { code: 'const A = () => <p>⟦Leverage⟧ our tools.</p>;', fixed: 'const A = () => <p>Use our tools.</p>;' },
      'const A = () => <button title="⟦Terminate⟧ session">End</button>;',
      'function A() { toast("⟦Subsequently⟧ you will get an email"); }',
      'const A = () => <p>\n  We ⟦facilitate⟧ returns\n  ⟦in order to⟧ help.\n</p>;',
    ],
  },
});
