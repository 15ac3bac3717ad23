import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/core/index.js';
import { getAttribute, type UiDocument, type UiElement } from '../../../src/core/model.js';
import { NestedTooDeeplyError, parseHtml } from '../../../src/core/parse/html.js';
import { cleanJsxText, importedIcon, parseJsx } from '../../../src/core/parse/jsx.js';

function slice(document: UiDocument, range: { start: number; end: number }): string {
  return document.text.slice(range.start, range.end);
}

function element(document: UiDocument, tag: string, nth = 0): UiElement {
  const found = document.elements.filter((candidate) => candidate.tag === tag)[nth];
  assert.ok(found, `no <${tag}> #${nth}`);
  return found;
}

describe('HTML parser', () => {
  it('should keep exact ranges for elements, attributes and text', () => {
    const document = parseHtml('<p class="lead" hidden>Fish &amp; chips</p>', 'a.html');
    const p = element(document, 'p');
    assert.equal(slice(document, p.range), '<p class="lead" hidden>Fish &amp; chips</p>');
    assert.equal(slice(document, p.openingRange), '<p class="lead" hidden>');
    assert.equal(slice(document, p.nameRange), 'p');
    assert.equal(slice(document, p.contentRange!), 'Fish &amp; chips');
    const cls = getAttribute(p, 'class')!;
    assert.equal(cls.kind, 'static');
    assert.equal(slice(document, cls.range), 'class="lead"');
    assert.equal(slice(document, cls.valueRange!), 'lead');
    assert.equal(getAttribute(p, 'hidden')!.kind, 'boolean');
    const text = p.children[0]!;
    assert.equal(text.type, 'text');
    assert.equal(text.type === 'text' && text.text, 'Fish & chips');
  });

  it('should treat parser-implied elements as transparent and detect pages', () => {
    const fragment = parseHtml('<li>One</li>', 'a.html');
    assert.deepEqual(
      fragment.elements.map((e) => e.tag),
      ['li'],
    );
    assert.equal(fragment.isPage, false);
    assert.equal(parseHtml('<!doctype html><p>x</p>', 'a.html').isPage, true);
  });

  it('should model half-typed markup as far as it parsed', () => {
    const document = parseHtml('<form><label>Name<input name="n"\n<button>Pay', 'a.html');
    assert.ok(document.elements.some((e) => e.tag === 'form'));
    assert.ok(document.elements.some((e) => e.tag === 'label'));
  });

  it('should collect comments with ranges', () => {
    const document = parseHtml('<p>a</p><!-- note -->', 'a.html');
    assert.equal(document.comments.length, 1);
    assert.equal(slice(document, document.comments[0]!.range), '<!-- note -->');
    assert.equal(document.comments[0]!.text, ' note ');
  });

  it('should read attribute values a server template fills in as dynamic, not as their placeholder', () => {
    const document = parseHtml(
      '<html lang="{lang}"><body><img src="/logo.png" alt="{{ site_name }}"><a href="<%= url %>" title="Home">Home</a></body></html>',
      'layout.html',
    );
    const lang = getAttribute(element(document, 'html'), 'lang')!;
    assert.deepEqual([lang.kind, lang.expression, lang.value], ['dynamic', '{lang}', undefined]);
    assert.equal(getAttribute(element(document, 'img'), 'alt')!.kind, 'dynamic');
    assert.equal(getAttribute(element(document, 'img'), 'src')!.kind, 'static');
    assert.equal(getAttribute(element(document, 'a'), 'href')!.kind, 'dynamic');
    assert.equal(getAttribute(element(document, 'a'), 'title')!.value, 'Home');
  });

  it('should model <template> content as its own tree inside the template, with exact ranges', () => {
    const document = parseHtml('<ul>\n<template id="row"><li><a href="#">Open</a></li></template>\n</ul>', 'a.html');
    assert.deepEqual(
      document.elements.map((e) => `${e.tag}<${e.parent?.tag ?? ''}:${e.tree}`),
      ['ul<:0', 'template<ul:0', 'li<template:1', 'a<li:1'],
    );
    const a = element(document, 'a');
    assert.equal(slice(document, a.range), '<a href="#">Open</a>');
    assert.equal(slice(document, getAttribute(a, 'href')!.range), 'href="#"');
    assert.equal(element(document, 'template').children[0], element(document, 'li'));
  });

  it('should stop parsing markup nested deeper than the limit', () => {
    const nested = (depth: number) => `${'<div>'.repeat(depth)}${'</div>'.repeat(depth)}`;
    // html and body, implied here, count as two levels.
    assert.equal(parseHtml(nested(8), 'a.html', 10).elements.length, 8);
    assert.throws(() => parseHtml(nested(9), 'a.html', 10), NestedTooDeeplyError);
    // Template content counts from its template: nesting templates does not reset the count.
    assert.throws(() => parseHtml(`<template>${nested(8)}</template>`, 'a.html', 10), NestedTooDeeplyError);
  });

  it('should handle unquoted attribute values and uppercase tags', () => {
    const document = parseHtml('<A HREF=#top>Top</A>', 'a.html');
    const a = element(document, 'a');
    const href = getAttribute(a, 'href')!;
    assert.equal(href.value, '#top');
    assert.equal(slice(document, href.valueRange!), '#top');
  });
});

describe('JSX parser', () => {
  it('should model intrinsic elements, components and mapped components', () => {
    const document = parseJsx('const A = () => <div><Button kind="x">Go</Button><Nav.Link /></div>;', 'a.tsx', 'tsx', {
      components: { Button: 'button' },
    });
    assert.deepEqual(
      document.elements.map((e) => [e.tag, e.name, e.isComponent, e.isMapped]),
      [
        ['div', 'div', false, false],
        ['button', 'Button', true, true],
        ['Nav.Link', 'Nav.Link', true, false],
      ],
    );
  });

  it('should distinguish static, boolean, dynamic and spread attributes', () => {
    const document = parseJsx(
      'const A = () => <input disabled required={true} hidden={false} alt={"x"} value={v} tabIndex={0} {...rest} />;',
      'a.tsx',
      'tsx',
    );
    const input = element(document, 'input');
    assert.deepEqual(
      input.attributes.map((a) => [a.name, a.kind, a.value ?? a.expression]),
      [
        ['disabled', 'boolean', ''],
        ['required', 'boolean', ''],
        ['alt', 'static', 'x'],
        ['value', 'dynamic', 'v'],
        ['tabIndex', 'static', '0'],
        ['...', 'spread', 'rest'],
      ],
    );
    assert.equal(input.hasSpread, true);
    assert.equal(slice(document, getAttribute(input, 'value')!.valueRange!), 'v');
  });

  it('should give a bare or true ARIA, data or HTML flag attribute the value React renders', () => {
    const document = parseJsx(
      'const A = () => <div aria-hidden data-open={true} aria-expanded={false} hidden draggable><img alt /></div>;',
      'a.tsx',
      'tsx',
    );
    assert.deepEqual(
      element(document, 'div').attributes.map((a) => [a.name, a.kind, a.value]),
      [
        ['aria-hidden', 'boolean', 'true'],
        ['data-open', 'boolean', 'true'],
        ['aria-expanded', 'static', 'false'],
        ['hidden', 'boolean', ''],
        ['draggable', 'boolean', 'true'],
      ],
    );
    // React leaves `alt` out when it is given `true`; the model keeps it as written.
    assert.deepEqual(
      element(document, 'img').attributes.map((a) => [a.name, a.kind, a.value]),
      [['alt', 'boolean', '']],
    );
  });

  it('should know components imported from icon packages, under their local names', () => {
    const document = parseJsx(
      [
        'import { Trash2, Plus as AddGlyph } from "lucide-react";',
        'import CloseOutlined from "@ant-design/icons/CloseOutlined";',
        'import * as Icons from "react-icons/fa";',
        'import { Button } from "./Button";',
        'const A = () => <Button><Trash2 /><AddGlyph /><CloseOutlined /><Icons.FaTimes /></Button>;',
      ].join('\n'),
      'a.tsx',
      'tsx',
    );
    assert.deepEqual(
      document.elements.map((e) => [e.name, importedIcon(document, e.name)]),
      [
        ['Button', undefined],
        ['Trash2', 'silent'],
        ['AddGlyph', 'silent'],
        ['CloseOutlined', 'named'],
        ['Icons.FaTimes', 'silent'],
      ],
    );
    assert.equal(importedIcon(parseJsx('const A = () => <Trash2 />;', 'b.tsx', 'tsx'), 'Trash2'), undefined);
  });

  it('should give an empty element a component fills (a slot in its props) content known only at run time', () => {
    const document = parseJsx(
      'const A = () => <p><Trans i18nKey="docs" components={{ link: <a href="/docs" /> }} /><Tip trigger={<a href="/x" />} /></p>;',
      'a.tsx',
      'tsx',
    );
    const [slot, prop] = document.elements.filter((e) => e.tag === 'a');
    assert.deepEqual(
      slot!.children.map((child) => child.type),
      ['dynamic'],
    );
    assert.deepEqual(prop!.children, [], 'a single element prop is not a list of slots');
  });

  it('should unfold conditional, mapped and string expression children', () => {
    const document = parseJsx(
      'const A = () => <ul>{cond && <img alt="" />}{items.map((i) => <li key={i}>{i}</li>)}{ok ? "Saved" : "Failed"}</ul>;',
      'a.tsx',
      'tsx',
    );
    const img = element(document, 'img');
    const li = element(document, 'li');
    assert.equal(img.parent?.tag, 'ul');
    assert.equal(img.conditional, true);
    assert.equal(li.repeated, true);
    const texts = element(document, 'ul')
      .children.filter((c) => c.type === 'text')
      .map((c) => c.type === 'text' && c.text);
    assert.deepEqual(texts, ['Saved', 'Failed']);
    assert.equal(
      li.children.some((c) => c.type === 'dynamic'),
      true,
    );
  });

  it('should render JSX text the way React does', () => {
    assert.equal(cleanJsxText('\n   Hello\n   world  \n  '), 'Hello world');
    const document = parseJsx('const A = () => <p>\n  Fish &amp; chips\n</p>;', 'a.tsx', 'tsx');
    const text = element(document, 'p').children[0]!;
    assert.equal(text.type === 'text' && text.text, 'Fish & chips');
    assert.equal(slice(document, text.range), 'Fish &amp; chips');
  });

  it('should summarise handlers, following names in the same file', () => {
    const document = parseJsx(
      `function A() {
        async function handlePay() { setPaying(true); await pay(); }
        const onSave = useCallback(() => save(), []);
        return <div><button onClick={handlePay}>Pay</button><button onClick={onSave}>Save</button><button onClick={props.onGo}>Go</button><button onClick={() => handlePay()}>Again</button></div>;
      }`,
      'a.tsx',
      'tsx',
    );
    const [pay, save, go, again] = document.elements
      .filter((e) => e.tag === 'button')
      .map((b) => getAttribute(b, 'onClick')!.handler!);
    assert.equal(pay!.name, 'handlePay');
    assert.equal(pay!.resolved, true);
    assert.equal(pay!.isAsync, true);
    assert.deepEqual(
      pay!.calls.map((c) => c.callee),
      ['setPaying', 'pay'],
    );
    assert.deepEqual(
      save!.calls.map((c) => c.callee),
      ['save'],
    );
    assert.equal(go!.resolved, false);
    assert.ok(
      again!.calls.some((c) => c.callee === 'setPaying'),
      'follows a called name',
    );
    assert.equal(again!.doesAsyncWork, true);
  });

  it('should collect string arguments of calls, with template literal parts', () => {
    const document = parseJsx('toast.error(`Could not save ${name}, try again`); setError("Bad");', 'a.tsx', 'tsx');
    assert.deepEqual(
      document.calls.map((c) => [c.callee, c.parts.map((p) => [p.text, slice(document, p.range)])]),
      [
        [
          'toast.error',
          [
            ['Could not save ', 'Could not save '],
            [', try again', ', try again'],
          ],
        ],
        ['setError', [['Bad', 'Bad']]],
      ],
    );
  });

  it('should collect JSX, line and block comments but not text that looks like one', () => {
    const document = parseJsx(
      '// top\nconst A = () => (\n  <div>\n    {/* inside */}\n    http://example.com // not a comment\n  </div>\n); /* end */',
      'a.tsx',
      'tsx',
    );
    assert.deepEqual(
      document.comments.map((c) => c.text.trim()),
      ['top', 'inside', 'end'],
    );
  });

  it('should still model half-typed code', () => {
    const document = parseJsx(
      'const A = () => <form><button onClick={() => {pay(}>Pay</button>\n<a href="#">x',
      'a.tsx',
      'tsx',
    );
    assert.ok(document.problems.length > 0);
    assert.ok(document.elements.some((e) => e.tag === 'form'));
    assert.ok(document.elements.some((e) => e.tag === 'a'));
  });

  it('should give each outermost JSX tree its own number', () => {
    const document = parseJsx('const A = () => <><h1>a</h1><h2>b</h2></>; const B = () => <h3>c</h3>;', 'a.tsx', 'tsx');
    assert.deepEqual(
      document.elements.map((e) => e.tree),
      [0, 0, 1],
    );
    assert.deepEqual(
      document.elements.map((e) => e.component),
      ['A', 'A', 'B'],
    );
  });
});

describe('parseDocument', () => {
  it('should skip .js/.ts files without JSX', () => {
    const outcome = parseDocument('export const x = 1 < 2;', 'ts', 'a.ts');
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.code, 'not-applicable');
  });

  it('should read JSX in .js files', () => {
    const outcome = parseDocument('export const A = () => <a href="#">x</a>;', 'js', 'a.js');
    assert.equal(outcome.ok && outcome.document.elements.length, 1);
  });

  it('should read .ts files as TypeScript, where generic arrows and type assertions are not JSX', () => {
    const code = 'export const first = <T,>(items: T[]): T | null => items[0] ?? null;\nconst n = <number>value;\n';
    const outcome = parseDocument(code, 'ts', 'util.ts');
    assert.equal(!outcome.ok && outcome.code, 'not-applicable');
  });
});
