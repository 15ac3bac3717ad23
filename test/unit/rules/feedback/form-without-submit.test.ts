import rule from '../../../../src/core/rules/feedback/form-without-submit.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<form><input name="q"><button>Search</button></form>',
      '<form><input type="submit" value="Search"></form>',
      '<form id="f"><input name="q"></form><button form="f">Search</button>',
      '<form><input type="image" src="go.png" alt="Search"></form>',
      // Choices that apply as they change: nothing waits to be sent.
      '<form><label><input type="checkbox" checked> Show grid</label><input type="range" min="1" max="9" aria-label="Zoom"></form>',
      '<form><label for="theme">Theme</label><select id="theme"><option>Light</option><option>Dark</option></select></form>',
      '<form><input type="radio" name="unit" id="c" checked><label for="c">°C</label><input type="radio" name="unit" id="f"><label for="f">°F</label></form>',
    ],
    invalid: [
      { code: '<⟦form⟧><input name="q"></form>', details: [/no submit button/] },
      {
        code: '<⟦form⟧><input name="q"><button type="button">Search</button></form>',
        details: [/type="button"/],
      },
      // Typed text needs a button, even next to choices.
      '<⟦form⟧><input type="checkbox" id="all"><label for="all">All</label><input name="tag" aria-label="Tag"></form>',
      // A choice with a button that does not submit still leaves people without a way to send it.
      '<⟦form⟧><select name="size"><option>S</option></select><input type="button" value="Add"></form>',
      '<⟦form⟧ action="/s"><input type="reset"></form>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <form><input /><button type="submit">Save</button></form>;',
      'const A = () => <form><Fields /></form>;',
      'const A = () => <form>{children}</form>;',
      'const A = () => <form><input /><Button>Save</Button></form>;',
      'const A = () => <form><input type="checkbox" checked={dark} onChange={toggleDark} /></form>;',
      'const A = () => <form onSubmit={(e) => e.stopPropagation()}><input value={q} onChange={search} /></form>;',
    ],
    invalid: [
      'const A = () => <⟦form⟧ onSubmit={save}><input name="q" /></form>;',
      'const A = () => <⟦form⟧><input /><button type="button" onClick={save}>Save</button></form>;',
      'const A = () => <⟦form⟧><label>Name <input /></label></form>;',
    ],
  },
  config: { components: { Button: 'button' } },
});
