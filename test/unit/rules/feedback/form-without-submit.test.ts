import rule from '../../../../src/core/rules/feedback/form-without-submit.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<form><input name="q"><button>Search</button></form>',
      '<form><input type="submit" value="Search"></form>',
      '<form id="f"><input name="q"></form><button form="f">Search</button>',
      '<form><input type="image" src="go.png" alt="Search"></form>',
    ],
    invalid: [
      { code: '<⟦form⟧><input name="q"></form>', details: [/no submit button/] },
      '<⟦form⟧><input name="q"><button type="button">Search</button></form>',
      '<⟦form⟧ action="/s"><input type="reset"></form>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <form><input /><button type="submit">Save</button></form>;',
      'const A = () => <form><Fields /></form>;',
      'const A = () => <form>{children}</form>;',
      'const A = () => <form><input /><Button>Save</Button></form>;',
    ],
    invalid: [
      'const A = () => <⟦form⟧ onSubmit={save}><input name="q" /></form>;',
      'const A = () => <⟦form⟧><input /><button type="button" onClick={save}>Save</button></form>;',
      'const A = () => <⟦form⟧><label>Name <input /></label></form>;',
    ],
  },
  config: { components: { Button: 'button' } },
});
