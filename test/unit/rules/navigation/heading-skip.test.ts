import rule from '../../../../src/core/rules/navigation/heading-skip.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<h1>Shop</h1><h2>Chairs</h2><h3>Oak</h3><h2>Tables</h2>',
      '<h3>A fragment may start at any level</h3><h4>Details</h4>',
      '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h2>E</h2>',
      '<h2>A</h2><div role="heading" aria-level="3">B</div>',
    ],
    invalid: [
      { code: '<h1>Shop</h1><⟦h3⟧>Chairs</h3>', details: [/h1 is followed by h3: use h2/] },
      '<h1>A</h1><h2>B</h2><⟦h5⟧>C</h5>',
      '<h2>A</h2><⟦div⟧ role="heading" aria-level="4">B</div>',
      '<h1>A</h1>\n<section><⟦h4⟧>B</h4></section>\n<h2>C</h2><⟦h6⟧>D</h6>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <><h2>A</h2><h3>B</h3></>;',
      'const A = () => <h2>A</h2>; const B = () => <h4>B</h4>;',
      'const A = () => <section><h3>A</h3>{open ? <h4>B</h4> : <h3>C</h3>}</section>;',
      'const A = () => <><h1>{title}</h1><h2>More</h2></>;',
    ],
    invalid: [
      'const A = () => <><h2>A</h2><⟦h4⟧>B</h4></>;',
      'const A = () => <main><h1>A</h1>{items.map((i) => <⟦h3⟧ key={i}>{i}</h3>)}</main>;',
      'function A() { return (<div><h1>A</h1><div><⟦h3⟧>B</h3></div></div>); }',
      'const A = () => <><h1>A</h1><h2>B</h2><⟦h6⟧>C</h6></>;',
    ],
  },
});
