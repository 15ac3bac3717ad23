import assert from 'node:assert/strict';
import {
  AXE_VERSION,
  axeHelpUrl,
  axeRuleInfo,
  clearAnswerCache,
  evaluate,
  contextBetween,
  domAttributes,
  matchesRule,
  renderedAttributes,
  renderingOf,
  virtualTree,
  withRole,
} from '../../../src/core/axe/axeCore.js';
import {
  defaultConfig,
  lint,
  parseDocument,
  type SourceLanguage,
  type UiDocument,
  type UiElement,
} from '../../../src/core/index.js';

function documentOf(text: string, language: SourceLanguage, components: Record<string, string> = {}): UiDocument {
  const outcome = parseDocument(text, language, language === 'html' ? 'a.html' : 'a.tsx', { components });
  assert.ok(outcome.ok);
  return outcome.document;
}

function element(document: UiDocument, tag: string, nth = 0): UiElement {
  const found = document.elements.filter((candidate) => candidate.tag === tag)[nth];
  assert.ok(found, `no <${tag}>`);
  return found;
}

function outcomeOf(document: UiDocument, ruleId: string, tag: string, nth = 0) {
  const node = virtualTree(document).nodes.get(element(document, tag, nth));
  assert.ok(node, 'the element has a virtual node');
  return evaluate(ruleId, node);
}

describe('axe-core wrapper', () => {
  it('should pin axe-core and read its rule metadata', () => {
    assert.equal(AXE_VERSION, '4.14.1');
    const info = axeRuleInfo('image-alt');
    assert.equal(info.impact, 'critical');
    assert.equal(info.help, 'Images must have alternative text');
    assert.ok(info.tags.includes('wcag2a'));
    assert.equal(axeHelpUrl('image-alt'), 'https://dequeuniversity.com/rules/axe/4.14/image-alt');
    assert.throws(() => axeRuleInfo('no-such-rule'), /has no rule/);
  });

  it('should judge one element per call, with axe’s own messages', () => {
    const document = documentOf('<img src="a.png"><img src="b.png" alt="Logo"><div role="buttn">x</div>', 'html');
    assert.deepEqual(outcomeOf(document, 'image-alt', 'img', 0), {
      outcome: 'fail',
      messages: ['Element does not have an alt attribute'],
    });
    assert.deepEqual(outcomeOf(document, 'image-alt', 'img', 1), { outcome: 'pass' });
    assert.deepEqual(outcomeOf(document, 'aria-roles', 'div'), {
      outcome: 'fail',
      messages: ['Role must be one of the valid ARIA roles: buttn'],
    });
  });

  it('should use the subtree for names but judge only the element itself', () => {
    const document = documentOf('<button><span>Pay</span></button><ul><li><ul><div>x</div></ul></li></ul>', 'html');
    assert.equal(outcomeOf(document, 'button-name', 'button').outcome, 'pass');
    assert.equal(outcomeOf(document, 'list', 'ul', 0).outcome, 'pass', 'the outer list is fine');
    assert.equal(outcomeOf(document, 'list', 'ul', 1).outcome, 'fail', 'the inner list holds a div');
  });

  it('should cache answers by the element and its ancestors, never mixing different ones', () => {
    clearAnswerCache();
    const inList = documentOf('<ul><li>One</li></ul>', 'html');
    const outside = documentOf('<div><li>One</li></div>', 'html');
    assert.equal(outcomeOf(inList, 'listitem', 'li').outcome, 'pass');
    assert.equal(outcomeOf(outside, 'listitem', 'li').outcome, 'fail', 'same element, other parent: a new answer');
    assert.equal(
      outcomeOf(documentOf('<ul><li>One</li></ul>', 'html'), 'listitem', 'li').outcome,
      'pass',
      'a cached answer',
    );
  });

  it('should say when a rule does not apply', () => {
    const document = documentOf('<p>Hi</p>', 'html');
    const node = virtualTree(document).nodes.get(element(document, 'p'))!;
    assert.equal(matchesRule('image-alt', node), false);
    assert.deepEqual(evaluate('image-alt', node), { outcome: 'inapplicable' });
  });

  it('should pass over an element whose role hangs on an id reference, and judge the rest of the file', () => {
    // axe throws for <section aria-labelledby> on virtual nodes (its role needs the name); that
    // once failed every live rule for the whole file.
    const text =
      '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><main><h1>T</h1>' +
      '<section aria-labelledby="s"><h2 id="s">S</h2><img src="a.png"></section></main></body></html>';
    assert.deepEqual(outcomeOf(documentOf(text, 'html'), 'aria-allowed-attr', 'section'), { outcome: 'inapplicable' });
    const report = lint(text, 'html', defaultConfig(), { fileName: 'a.html' });
    assert.deepEqual(report.notices, []);
    assert.deepEqual(
      report.findings.map((finding) => finding.ruleId),
      ['a11y/image-alt'],
    );
  });

  it('should build JSX trees with mapped components, transparent unknown ones, and trusted dynamic values', () => {
    const document = documentOf(
      'const A = () => <ul><Item><li>One</li></Item><Link href="/x">Go</Link><img alt={alt} src="x" /><div role={role} /><button>{label}</button></ul>;',
      'tsx',
      { Link: 'a' },
    );
    const tree = virtualTree(document);
    assert.equal(tree.nodes.has(element(document, 'Item')), false, 'unmapped components are transparent');
    assert.equal(tree.nodes.get(element(document, 'a'))?.props.nodeName, 'a', 'mapped components become their element');
    assert.equal(tree.nodes.get(element(document, 'li'))?.parent?.props.nodeName, 'ul');
    assert.ok(tree.detached.has(element(document, 'li')), 'inside a component, the real parent is unknown');
    assert.equal(outcomeOf(document, 'image-alt', 'img').outcome, 'pass', 'alt={alt} counts as present');
    assert.ok(tree.dynamicRoles.has(element(document, 'div')), 'role={role} is not guessed');
    assert.ok(tree.uncertain.has(element(document, 'button')), '{label} is only known at run time');
    assert.equal(outcomeOf(document, 'button-name', 'button').outcome, 'pass');
  });

  it('should give a fragment whose root is a table part, item or option the parents it needs', () => {
    const document = documentOf(
      'const Row = () => <tr><td aria-label="Email">ada@example.com</td></tr>; const Cell = () => <td>1</td>; const Pick = () => <option>Red</option>;',
      'tsx',
    );
    const tree = virtualTree(document);
    const chain = (tag: string, nth = 0) => {
      const names: string[] = [];
      for (let node = tree.nodes.get(element(document, tag, nth))?.parent; node; node = node.parent)
        names.push(node.props.nodeName);
      return names.join(' < ');
    };
    assert.equal(chain('tr'), 'tbody < table < body');
    assert.equal(chain('td'), 'tr < tbody < table < body', 'inside its row, nothing added');
    assert.equal(chain('td', 1), 'tr < tbody < table < body');
    assert.equal(chain('option'), 'select < body');
    // Once `Cannot read properties of null (reading 'props')` for every rule of the file.
    assert.equal(outcomeOf(document, 'aria-allowed-attr', 'td').outcome, 'pass');
    assert.deepEqual(contextBetween('div', 'li', false), [], 'a list item under a known parent keeps it');
    assert.deepEqual(contextBetween('div', 'td', false), ['table', 'tbody', 'tr'], 'a cell anywhere gets a table');
    assert.deepEqual(contextBetween('tbody', 'td', false), ['tr']);
  });

  it('should render icon components as nothing, icon buttons as buttons, and other components as unknown', () => {
    const document = documentOf(
      [
        'import { Trash2 } from "lucide-react";',
        'const A = () => <>',
        '  <CloseIcon /><Trash2 size={16} /><SvgArrow /><Sidebar.MenuIcon />',
        '  <CheckIcon aria-label="Done" /><LetterIcon>A</LetterIcon><Icon name={glyph} /><ArrowIcon {...props} />',
        '  <IconButton label="Delete" icon={Trash2} variant="ghost" onClick={remove} /><RefreshIconButton />',
        '  <Avatar />',
        '  <InfoIconButton icon={Tag} ariaLabel="Device info" />',
        '</>;',
      ].join('\n'),
      'tsx',
    );
    const kinds = document.elements.map((e) => `${e.name}:${renderingOf(e, document).kind}`);
    assert.deepEqual(kinds, [
      'CloseIcon:icon',
      'Trash2:icon',
      'SvgArrow:icon',
      'Sidebar.MenuIcon:icon',
      'CheckIcon:opaque',
      'LetterIcon:opaque',
      'Icon:opaque',
      'ArrowIcon:opaque',
      'IconButton:element',
      'RefreshIconButton:opaque',
      'Avatar:opaque',
      'InfoIconButton:element',
    ]);
    const button = element(document, 'IconButton');
    assert.deepEqual(
      renderedAttributes(button, { kind: 'jsx' }, { kind: 'element', tag: 'button', iconButton: true }),
      {
        attributes: { 'aria-label': 'Delete' },
        dynamic: false,
        dynamicRole: false,
      },
    );
    // A wrapper of a button that takes its name as `ariaLabel` and hands it on.
    const wrapper = element(document, 'InfoIconButton');
    assert.equal(
      renderedAttributes(wrapper, { kind: 'jsx' }, { kind: 'element', tag: 'button', iconButton: true }).attributes[
        'aria-label'
      ],
      'Device info',
    );
  });

  it('should judge as shown what only a class, a style, a data attribute or an HTML flag makes dynamic', () => {
    const document = documentOf(
      'const A = () => <><button className={cx(s.b)} style={st} data-id={id} disabled={busy} /><div role={r} /><div aria-expanded={open} /></>;',
      'tsx',
    );
    const tree = virtualTree(document);
    const [button, kind, state] = document.elements;
    assert.ok(!tree.dynamicAttributes.has(button!) && !tree.dynamicRoles.has(button!));
    assert.ok(tree.dynamicRoles.has(kind!), 'a dynamic role: nothing is judged');
    assert.ok(
      tree.dynamicAttributes.has(state!) && !tree.dynamicRoles.has(state!),
      'a dynamic state: its name still is',
    );
  });

  it('should render dynamic id references so that the same expression in a component names the same element', () => {
    const document = documentOf(
      'function Field({ id, other }) { return <><label htmlFor={id}>Email</label><input id={id} /><input id={other} /></>; }',
      'tsx',
    );
    const [label, first, second] = document.elements.map((e) => domAttributes(e, { kind: 'jsx' }).attributes);
    assert.equal(label!['for'], first!['id']);
    assert.notEqual(first!['id'], second!['id']);
  });

  it('should leave alone what is hidden from screen readers, as axe does in a browser', () => {
    const document = documentOf('<div aria-hidden="true"><img src="a.png"></div><img src="b.png">', 'html');
    assert.deepEqual(outcomeOf(document, 'image-alt', 'img', 0), { outcome: 'inapplicable' });
    assert.equal(outcomeOf(document, 'image-alt', 'img', 1).outcome, 'fail');
  });

  it('should stand in an element with a role, leaving the tree as it was', () => {
    const document = documentOf('<div onclick="go()"><svg></svg></div>', 'html');
    const node = virtualTree(document).nodes.get(element(document, 'div'))!;
    const stand = withRole(node, 'button');
    assert.ok(matchesRule('aria-command-name', stand));
    assert.ok(!matchesRule('aria-command-name', node));
    assert.ok(!node.parent!.children.includes(stand));
  });
});
