import rule from '../../../../src/core/rules/feedback/clickable-non-interactive.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<button onclick="open()">Open</button>',
      '<div role="button" tabindex="0" onclick="open()" onkeydown="key(event)">Open</div>',
      '<div onclick="track()"><button>Buy</button></div>',
      '<div onclick="close()" aria-hidden="true"></div>',
    ],
    invalid: [
      {
        code: '<div ⟦onclick="open()"⟧>Open</div>',
        details: [/no a role, a tabindex, a key handler/],
        fixed: '<div role="button" tabindex="0" onclick="open()">Open</div>',
      },
      '<span role="button" ⟦onclick="open()"⟧>Open</span>',
      '<li tabindex="0" ⟦onclick="pick(1)"⟧>One</li>',
      '<img src="x.png" alt="Close" ⟦onclick="close()"⟧>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button onClick={open}>Open</button>;',
      'const A = () => <div role="button" tabIndex={0} onClick={open} onKeyDown={onKey}>Open</div>;',
      'const A = () => <Card onClick={open}>Open</Card>;',
      'const A = () => <div role="presentation" onClick={stop}><span /></div>;',
    ],
    invalid: [
      {
        code: 'const A = () => <div ⟦onClick={open}⟧>Open</div>;',
        fixed: 'const A = () => <div role="button" tabIndex={0} onClick={open}>Open</div>;',
      },
      'const A = () => <li key={i} ⟦onClick={() => pick(i)}⟧>{i}</li>;',
      'const A = () => <tr ⟦onClick={() => go(row)}⟧ tabIndex={0}><td>{row.name}</td></tr>;',
      'const A = () => <span role="link" tabIndex={0} ⟦onClick={go}⟧>More</span>;',
    ],
  },
});
