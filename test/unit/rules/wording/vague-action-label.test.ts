import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/wording/vague-action-label.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<button>Save address</button>',
      '<input type="submit" value="Pay £42">',
      '<button aria-label="Close dialog">OK</button>',
      '<a href="/x">OK</a>',
      // Nobody sees these: a hidden submit button lets Enter send the form.
      '<form><input name="q" aria-label="Search"><button type="submit" hidden>Submit</button></form>',
      '<input type="submit" style="display: none">',
      '<div aria-hidden="true"><button>OK</button><button>Cancel</button></div>',
      // Hidden as the live accessibility rules read it: a framework's hiding class.
      '<div class="d-none"><button>Submit</button></div>',
    ],
    invalid: [
      { code: '<button>⟦Submit⟧</button>', details: [/^“Submit”$/] },
      '<⟦input⟧ type="submit">',
      '<⟦input⟧ type="button" value="OK">',
      '<div role="button" tabindex="0">⟦Click⟧</div>',
      '<dialog><p>Delete it?</p><button>⟦OK⟧</button><button>Cancel</button></dialog>',
      // The finding names where the button is, in the page's own words.
      {
        code: '<form aria-label="Newsletter"><input type="email" aria-label="Email"><button>⟦Submit⟧</button></form>',
        details: [/“Submit” in “Newsletter”/],
      },
      {
        code: '<section><h2>Remove this card?</h2><button>⟦Yes⟧</button><button>Keep it</button></section>',
        details: [/“Yes” in “Remove this card\?”/],
      },
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button>Place order</button>;',
      'const A = () => <button>{label}</button>;',
      'const A = () => <Button>Submit</Button>;',
      'const A = () => <button aria-label="Delete address">Yes</button>;',
      'const A = () => <form><input aria-label="Code" /><button type="submit" hidden>Submit</button></form>;',
      'const A = () => <form><button type="submit" style={{ display: "none" }}>Submit</button></form>;',
    ],
    invalid: [
      'const A = () => <button type="submit">⟦Submit⟧</button>;',
      'const A = () => <button type="submit" hidden={false}>⟦Submit⟧</button>;',
      'const A = () => <div className="d-none d-md-block"><button type="submit">⟦Submit⟧</button></div>;',
      'const A = () => <button>\n  ⟦Yes⟧\n</button>;',
      'const A = () => <button onClick={go}>⟦Go⟧</button>;',
      {
        code: 'const A = () => <fieldset><legend>Gift message</legend><textarea aria-label="Message" /><button>⟦OK⟧</button><button>Skip</button></fieldset>;',
        details: [/“OK” in “Gift message”/],
      },
    ],
  },
});

describe('wording/vague-action-label why', () => {
  it('should explain the finding with the button’s own label, not another example', () => {
    const { findings } = lintWithRule(rule, '<button>Proceed</button>', 'html', {});
    assert.match(findings[0]?.why ?? '', /^“Proceed” does not say what will happen/);
    assert.doesNotMatch(findings[0]?.why ?? '', /Submit|Pay £42|Save address/);
  });

  it('should say that an answer needs its question', () => {
    const { findings } = lintWithRule(rule, '<p>Delete it?</p><button>No</button><button>Yes</button>', 'html', {});
    assert.deepEqual(
      findings.map((finding) => finding.why),
      [
        '“No” only makes sense next to its question, so people reread it to find out what they agree to.',
        '“Yes” only makes sense next to its question, so people reread it to find out what they agree to.',
      ],
    );
  });

  it('should not suggest an example label in the help', () => {
    assert.doesNotMatch(rule.help, /Save address|Pay £42/);
  });
});
