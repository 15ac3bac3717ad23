/**
 * Every live axe rule, failing and passing, in HTML and in the same markup as JSX, with the
 * exact range of the finding.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { axeRules, clearElementAnswers } from '../../../../src/core/rules/a11y/axe.js';
import { LIVE_AXE_RULES, type AxeRuleId } from '../../../../src/core/axe/catalogue.js';
import { lint, configFromObject, rules } from '../../../../src/core/index.js';
import { testRule } from '../../helpers/ruleTester.js';
import { jsxFile } from '../../../../bench/corpus.js';
import { AXE_CASES, toJsx } from './cases.js';

describe('a11y (axe-core, live)', () => {
  it('should have a failing and a passing case for every live rule', () => {
    assert.deepEqual(LIVE_AXE_RULES.map((rule) => rule.id).sort(), Object.keys(AXE_CASES).sort());
  });

  for (const rule of axeRules.filter((candidate) => !candidate.pageRun)) {
    const cases = AXE_CASES[rule.id.slice('a11y/'.length)]!;
    testRule(rule, {
      html: { valid: [cases.pass], invalid: [cases.fail] },
      jsx: { valid: [toJsx(cases.pass)], invalid: [toJsx(cases.fail)] },
    });
  }

  describe('dynamic JSX is trusted', () => {
    const config = configFromObject({ extends: 'touchpoint:all' });
    const a11y = (code: string) =>
      lint(code, 'tsx', config)
        .findings.filter((finding) => finding.area === 'a11y')
        .map((finding) => `${finding.ruleId} ${finding.snippet}`);

    it('should not report names, alternatives or roles only known at run time', () => {
      assert.deepEqual(
        a11y(
          'const A = () => <><img alt={alt} src="x" /><button>{label}</button><a href="/x">{t("home")}</a><div role={role} aria-checked /><button {...props} /></>;',
        ),
        [],
      );
    });

    it('should not judge list items whose list is outside the file', () => {
      assert.deepEqual(a11y('const Item = () => <li>One</li>; const Row = () => <List><li>Two</li></List>;'), []);
    });

    it('should see conditional and mapped elements', () => {
      assert.deepEqual(
        a11y('const A = () => <div>{open && <img src="x" />}{items.map((i) => <button key={i} />)}</div>;'),
        ['a11y/image-alt img', 'a11y/button-name button'],
      );
    });
  });
});

describe('a11y (axe-core, live): answers reused between lints', () => {
  const config = configFromObject({ extends: 'touchpoint:all' });
  const a11y = (code: string, language: 'html' | 'tsx', components?: Record<string, string>) =>
    lint(code, language, components ? configFromObject({ extends: 'touchpoint:all', components }) : config)
      .findings.filter((finding) => finding.area === 'a11y')
      .map((finding) => `${finding.ruleId} ${finding.range.start}-${finding.range.end} ${finding.confidence}`);
  let seed = 7;
  const generated = jsxFile(1000, () => (seed = (seed * 16807) % 2147483647) / 2147483647, 1000, true);
  const files: Array<[name: string, text: () => string]> = [
    ...readdirSync('sample', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|tsx|jsx)$/.test(file))
      .map((file): [string, () => string] => [file, () => readFileSync(path.join('sample', file), 'utf8')]),
    ['Screen1000.tsx (the bench’s 1,000-line file)', () => generated],
  ];

  for (const [file, read] of files) {
    it(`should answer an edited ${path.basename(file)} exactly as a first lint would`, () => {
      const language = file.endsWith('.html') ? 'html' : 'tsx';
      const text = read();
      // Edits a sample of places: inside text, inside a tag, removing an attribute's value.
      const edits = [/>([A-Z][a-z]+)/g, /alt="[^"]*"/g, /<button/g, /role="[a-z]+"/g].flatMap((pattern) =>
        [...text.matchAll(pattern)].slice(0, 3),
      );
      assert.ok(edits.length > 0);
      for (const match of edits) {
        const edited = text.slice(0, match.index + 1) + 'x' + text.slice(match.index + 1);
        clearElementAnswers();
        a11y(text, language);
        const warm = a11y(edited, language);
        clearElementAnswers();
        assert.deepEqual(warm, a11y(edited, language), `after an edit at ${match.index}`);
      }
    });
  }

  it('should not reuse answers when the component mapping changes', () => {
    const code = 'const A = () => <a href="/"><Logo /></a>;';
    assert.deepEqual(a11y(code, 'tsx'), [], 'what Logo renders is unknown');
    assert.deepEqual(a11y(code, 'tsx', { Logo: 'img' }), ['a11y/link-name 17-18 high', 'a11y/image-alt 29-33 high']);
  });

  it('should not reuse answers when only an ancestor changes', () => {
    assert.deepEqual(a11y('<ul><li>One</li></ul>', 'html'), []);
    assert.deepEqual(a11y('<ol><li>One</li></ol>', 'html'), []);
    assert.deepEqual(a11y('<div><li>One</li></div>', 'html'), ['a11y/listitem 6-8 high']);
  });
});

describe('a11y (axe-core, live) on real code', () => {
  const rule = (id: AxeRuleId) => axeRules.find((candidate) => candidate.id === `a11y/${id}`)!;

  it('should give every axe rule its own why, written for its rule', () => {
    const whys = axeRules.map((candidate) => candidate.why);
    assert.equal(new Set(whys).size, whys.length, 'no two axe rules share a why');
    for (const candidate of rules.filter((other) => other.area !== 'a11y'))
      assert.ok(!whys.includes(candidate.why), `${candidate.id}'s why is its own`);
    for (const candidate of axeRules) assert.match(candidate.why, /^[A-Z].{40,}\.$/, candidate.id);
  });

  describe('a bare JSX attribute means true', () => {
    testRule(rule('aria-valid-attr-value'), {
      jsx: {
        valid: [
          'const A = () => <span aria-hidden>×</span>;',
          'const A = () => <svg aria-hidden={true} viewBox="0 0 8 8" />;',
          'const A = () => <button aria-pressed aria-label="Bold">B</button>;',
        ],
        invalid: [],
      },
    });
    testRule(rule('aria-required-attr'), {
      jsx: {
        // `aria-expanded={false}` renders "false": the combobox has its state.
        valid: ['const A = () => <div role="combobox" aria-label="Country" aria-expanded={false} />;'],
        invalid: ['const A = () => <⟦div⟧ role="combobox" aria-label="Country" />;'],
      },
    });
    testRule(rule('image-alt'), {
      // React leaves `alt={true}` out: the image has no alternative text at all.
      jsx: {
        valid: ['const A = () => <img src="a.png" alt="" />;'],
        invalid: ['const A = () => <⟦img⟧ src="a.png" alt />;'],
      },
    });
  });

  describe('components whose root is a row, a cell, an item or an option', () => {
    testRule(rule('aria-allowed-attr'), {
      jsx: {
        valid: [
          'const Row = () => <tr><td aria-label="Email">ada@example.com</td></tr>;',
          'const Cell = () => <td aria-colspan={2}>Total</td>;',
          'const Choice = () => <option aria-selected="true">Red</option>;',
        ],
        invalid: ['const Cell = () => <⟦td⟧ aria-checked="true">Ada</td>;'],
      },
    });
    testRule(rule('nested-interactive'), {
      jsx: {
        valid: ['const Row = () => <tr><td tabIndex={0} role="gridcell"><span>Ada</span></td></tr>;'],
        invalid: [],
      },
    });
    testRule(rule('listitem'), {
      jsx: {
        valid: [
          'const Item = () => <li aria-current="page">Home</li>;',
          // The list's own role is the one cause, reported on the list (aria-allowed-role).
          'const Chips = () => <ul role="application"><li>Red</li><li>Blue</li></ul>;',
        ],
        invalid: ['const Rows = () => <div className="grid"><⟦li⟧>Red</li></div>;'],
      },
    });
    testRule(rule('aria-allowed-role'), {
      jsx: { valid: [], invalid: ['const Chips = () => <⟦ul⟧ role="application"><li>Red</li><li>Blue</li></ul>;'] },
    });
    testRule(rule('list'), {
      html: {
        // A docs sidebar's section, titled from inside the list: its items are still items.
        valid: [
          '<nav><ul><div>Tutorials</div><li><a href="/a">Lists</a></li><li><a href="/b">Forms</a></li></ul></nav>',
        ],
        invalid: [
          '<⟦ul⟧><li>Red</li><div>Blue</div></ul>',
          '<⟦ul⟧><div><a href="/a">Lists</a></div><li>Forms</li></ul>',
          '<⟦ul⟧><div>Tutorials</div><div>Guides</div><li>Forms</li></ul>',
        ],
      },
    });
    testRule(rule('aria-required-parent'), {
      jsx: {
        // The unmapped component renders role="listbox" on an element of its own, above the divs.
        valid: [
          'const Pick = () => <Popover.Content role="listbox"><div className="p-1"><div><button role="option">Red</button></div></div></Popover.Content>;',
        ],
        invalid: [
          // A component with no role prop does not give the option its listbox.
          'const Pick = () => <Popover.Content><div className="p-1"><div><⟦button⟧ role="option">Red</button></div></div></Popover.Content>;',
          // An element with a role of its own in between is the parent axe judges.
          'const Tabs = () => <Panel role="region"><ul><li><⟦button⟧ role="tab">One</button></li></ul></Panel>;',
        ],
      },
    });
  });

  describe('the page language', () => {
    testRule(rule('html-has-lang'), {
      jsx: {
        // A layout's stub for when the UI is turned off: nothing to read, no language to declare.
        valid: [
          'export default function Layout({ children }) { if (off) return <html><body></body></html>; return <html lang="en"><body>{children}</body></html>; }',
        ],
        invalid: ['export default function Layout({ children }) { return <⟦html⟧><body>{children}</body></html>; }'],
      },
    });
  });

  describe('inline SVG inside a link or button', () => {
    // axe finds an <svg>'s <title> through the DOM node, which the live rules' virtual tree has
    // not: the text beside an inline <svg> was lost, and the link reported as nameless.
    testRule(rule('link-name'), {
      html: {
        valid: [
          '<a href="/chat"><svg viewBox="0 0 24 24"><path d="M0 0"/></svg> Discord</a>',
          '<a href="/"><svg><title>Home</title><path d="M0 0"/></svg></a>',
        ],
        invalid: ['<⟦a⟧ href="/"><svg viewBox="0 0 24 24"><path d="M0 0"/></svg></a>'],
      },
      jsx: {
        valid: [
          'const A = () => <a href="/chat"><svg viewBox="0 0 24 24"><path d="M0 0" /></svg>Discord</a>;',
          'const A = () => <a href="/"><svg><title>Home</title></svg></a>;',
        ],
        invalid: ['const A = () => <⟦a⟧ href="/"><svg viewBox="0 0 24 24"><path d="M0 0" /></svg></a>;'],
      },
    });
    testRule(rule('button-name'), {
      jsx: {
        valid: ['const A = () => <button><svg viewBox="0 0 8 8" /> Save</button>;'],
        invalid: ['const A = () => <⟦button⟧><svg viewBox="0 0 8 8"><path d="M0 0" /></svg></button>;'],
      },
    });
    testRule(rule('svg-img-alt'), {
      jsx: {
        valid: ['const A = () => <svg role="img"><title>Logo</title></svg>;'],
        invalid: ['const A = () => <⟦svg⟧ role="img"><path d="M0 0" /></svg>;'],
      },
    });
  });

  describe('elements hidden in the source', () => {
    // Nothing to the control around it: a file input hidden inside the button that opens it (bruno).
    testRule(rule('nested-interactive'), {
      html: {
        valid: ['<button type="button">Select file<input type="file" hidden></button>'],
        invalid: ['<⟦button⟧ type="button">Select file<input type="file"></button>'],
      },
      jsx: {
        valid: [
          'const A = () => <button type="button" onClick={pick}>Select File<input type="file" hidden ref={input} /></button>;',
        ],
        invalid: [
          'const A = () => <⟦button⟧ type="button" onClick={pick}>Select File<input type="file" ref={input} /></button>;',
        ],
      },
    });
    testRule(rule('button-name'), {
      html: { valid: [], invalid: ['<⟦button⟧><span hidden>Close</span></button>'] },
    });
    // axe leaves hidden elements alone, reading the computed style a virtual node has not.
    testRule(rule('button-name'), {
      html: {
        valid: [
          '<form><button style="display: none"></button></form>',
          '<div hidden><button></button></div>',
          // Framework classes that hide for everyone (Bootstrap, Bulma).
          '<div class="mt-2 d-none"><button></button></div>',
          '<button class="is-hidden"></button>',
        ],
        invalid: [
          '<div style="color: red"><⟦button⟧></button></div>',
          // Shown from a screen size up, a class that only hides it visually, or a site's own
          // `hidden` class (one faded a menu out with opacity, which screen readers still reach).
          '<div class="d-none d-lg-flex"><⟦button⟧></button></div>',
          '<div class="sr-only"><⟦button⟧></button></div>',
          '<div class="narrow-menu hidden"><⟦button⟧></button></div>',
        ],
      },
      jsx: {
        valid: [
          'const A = () => <form><button ref={submit} type="submit" style={{ display: "none" }} /></form>;',
          'const A = () => <div hidden><button type="button" /></div>;',
        ],
        invalid: [
          'const A = ({ open }) => <div style={{ display: open ? "block" : "none" }}><⟦button⟧ type="button" /></div>;',
          'const A = () => <⟦button⟧ type="button" hidden={false} />;',
        ],
      },
    });
    // Tailwind's `hidden` is `display: none`, where the project uses Tailwind (its preset, from
    // package.json): a file input inside the button that opens it is not a nested control.
    testRule(rule('nested-interactive'), {
      config: { designSystems: ['tailwind'] },
      jsx: {
        valid: [
          'const A = () => <button type="button" onClick={pick}>Select file<input type="file" className="hidden" /></button>;',
        ],
        invalid: [
          // Shown from a screen size up, or on hover of its group: people meet it.
          'const A = () => <⟦button⟧ type="button" onClick={pick}>Select file<input type="file" className="hidden md:block" /></button>;',
          'const A = () => <⟦button⟧ type="button">Menu<a className="hidden group-hover:flex" href="/a">A</a></button>;',
        ],
      },
    });
    testRule(rule('nested-interactive'), {
      jsx: {
        valid: [
          'const A = () => <button type="button" onClick={pick}>Select file<input type="file" hidden /></button>;',
        ],
        // Without Tailwind, a `hidden` class is the project's own (it may only fade).
        invalid: [
          'const A = () => <⟦button⟧ type="button" onClick={pick}>Select file<input type="file" className="hidden" /></button>;',
        ],
      },
    });
  });

  describe('icon-only controls', () => {
    testRule(rule('button-name'), {
      jsx: {
        valid: [
          'const A = () => <button><CloseIcon /> Close</button>;',
          'const A = () => <button aria-label="Close"><CloseIcon /></button>;',
          'const A = () => <button><CloseIcon titleAccess="Close" /></button>;',
          'const A = () => <button><Icon name={glyph} /></button>;',
          'const A = () => <button><Glyph /></button>;',
          'const A = () => <IconButton label="Close" src={Close} />;',
          'const A = () => <IconButton title={t("close")}><CloseIcon /></IconButton>;',
          'const A = () => <IconButton {...props} />;',
          'const A = ({ close }) => <PlainButton aria-label="Close" onClick={close}><CloseIcon /></PlainButton>;',
          'const A = ({ close }) => <PlainButton onClick={close}><CloseIcon /> Close</PlainButton>;',
          'const A = ({ value }) => <CopyButton value={value} />;',
          // A wrapper given no icon draws its own, and names itself in its own file.
          'const A = ({ refresh }) => <RefreshIconButton onClick={refresh} />;',
          // The tooltip describes the button when it gets focus; Ant Design's icons label themselves.
          'const A = ({ next }) => <Tooltip content={t("Next slide")}><Button onClick={next}><ArrowRightIcon /></Button></Tooltip>;',
          'import EditOutlinedIcon from "@ant-design/icons/EditOutlined";\nconst A = () => <Button><EditOutlinedIcon /></Button>;',
          // React Aria Components name the buttons of their composites (“Calendar”, “Previous”).
          'import { Button as RAButton, DatePicker, Group } from "react-aria-components";\nconst A = () => <DatePicker><Group><RAButton><CalendarIcon /></RAButton></Group></DatePicker>;',
          'import { Button } from "react-aria-components";\nconst A = () => <header><Button slot="previous"><ChevronLeftIcon /></Button></header>;',
        ],
        invalid: [
          'const A = ({ close }) => <⟦button⟧ type="button" onClick={close}><CloseIcon /></button>;',
          'import { Trash2 } from "lucide-react";\nconst A = () => <⟦button⟧ className={styles.remove} disabled={busy}><Trash2 size={16} /></button>;',
          'const A = () => <⟦IconButton⟧ src={Close} onClick={close} />;',
          'const A = () => <⟦IconButton⟧ icon={<CloseIcon />} onClick={close} />;',
          'import { Trash2 } from "lucide-react";\nconst A = ({ id }) => <⟦IconButton⟧ variant="ghost" data-test-id={id}><Trash2 /></IconButton>;',
          'const A = ({ open }) => <⟦button⟧ aria-expanded={open}><SvgMenu /></button>;',
          'const A = ({ close }) => <⟦ToolbarButton⟧ onClick={close}><CloseIcon /></ToolbarButton>;',
          'import { Button } from "react-aria-components";\nconst A = ({ close }) => <⟦Button⟧ onPress={close}><CloseIcon /></Button>;',
        ],
      },
    });
    testRule(rule('aria-command-name'), {
      html: {
        valid: ['<div class="backdrop" onclick="closeDialog()"></div>'],
        invalid: [
          {
            code: '<⟦span⟧ class="toggle" onclick="toggle()"><svg viewBox="0 0 8 8"><path d="M0 0h8"></path></svg></span>',
            details: [/clickable <span> shows only an icon/],
          },
        ],
      },
      jsx: {
        valid: [
          'const A = ({ close }) => <div className="backdrop" onClick={close} />;',
          'const A = ({ close }) => <div onClick={close}><CloseIcon /> Close</div>;',
          'const A = ({ close }) => <div onClick={close} title="Close"><CloseIcon /></div>;',
          'const A = ({ close }) => <div onClick={close}><i className="fa fa-times" aria-label="Close" /></div>;',
        ],
        invalid: [
          'const A = ({ close }) => <⟦div⟧ className="close" onClick={close}><CloseIcon /></div>;',
          'const A = ({ open }) => <⟦span⟧ onClick={open}><i className="fa fa-caret-right" /></span>;',
        ],
      },
    });
    testRule(rule('aria-tab-name'), {
      jsx: {
        valid: [
          'const A = () => <div role="tablist"><div role="tab" tabIndex={0}><SettingsIcon /> Settings</div></div>;',
        ],
        invalid: ['const A = () => <div role="tablist"><⟦div⟧ role="tab" tabIndex={0}><SettingsIcon /></div></div>;'],
      },
    });
    testRule(rule('link-name'), {
      jsx: {
        valid: [
          // The translation fills the link it is handed (react-i18next's Trans components).
          'const A = () => <p><Trans i18nKey="docs" components={{ link: <a href="/docs" /> }} /></p>;',
          'const A = () => <a href="/" aria-label="Home"><LogoIcon /></a>;',
          // Base UI's `render`: the item renders as the link, around the item's own words.
          'const A = () => <MenuItem render={<a href="/settings" />}><SettingsIcon /> Settings</MenuItem>;',
          // An empty link kept in a variable is handed on to be filled (here a translation's slot).
          'const A = () => { const link = <a href="/billing" />; return <T keyName="see_usage" params={{ link }} />; };',
        ],
        invalid: [
          'const A = () => <⟦a⟧ href="/"><LogoIcon /></a>;',
          // A link handed to a component's other props is not filled by it.
          'const A = () => <Card footer={<⟦a⟧ href="/more"><ArrowIcon /></a>} />;',
          'const A = () => { const more = <⟦a⟧ href="/more"><ArrowIcon /></a>; return <Card>{more}</Card>; };',
        ],
      },
    });
  });

  describe('what the live rules leave alone', () => {
    testRule(rule('video-caption'), {
      html: {
        // A camera or screen capture the script plays, and a muted loop nobody can unmute.
        valid: ['<video autoplay></video>', '<video src="loop.mp4" autoplay muted loop></video>'],
        invalid: ['<⟦video⟧ src="tour.mp4" controls muted></video>'],
      },
      jsx: {
        valid: [
          'const A = () => <video ref={preview} autoPlay playsInline />;',
          'const A = () => <video src="/clip.mp4" controls autoPlay muted loop playsInline />;',
        ],
        invalid: ['const A = () => <⟦video⟧ controls><source src="/tour.mp4" type="video/mp4" /></video>;'],
      },
    });
    testRule(rule('presentation-role-conflict'), {
      // Hidden from screen readers: axe leaves it alone, as in a browser.
      html: { valid: ['<img src="a.png" alt="" aria-hidden="true">'], invalid: [] },
      jsx: { valid: ['const A = () => <img src="a.png" alt="" aria-hidden />;'], invalid: [] },
    });
    testRule(rule('html-lang-valid'), {
      // The server writes the language in before sending the page.
      html: { valid: ['<html lang="{lang}"><head><title>Shop</title></head><body></body></html>'], invalid: [] },
    });
    testRule(rule('aria-command-name'), {
      // A label made a button around its own radio (linkwarden's settings): its words name it, as
      // axe says in a browser (reading them on a virtual node threw, which read as “unsure”).
      html: {
        valid: ['<label tabindex="0" role="button"><input type="radio" name="m"><span>Disabled</span></label>'],
        invalid: ['<⟦label⟧ tabindex="0" role="button"><input type="radio" name="m"><span hidden>Off</span></label>'],
      },
      jsx: {
        valid: [
          'const A = () => <label tabIndex={0} role="button"><input type="radio" name="m" /><span>Disabled</span></label>;',
        ],
        invalid: [],
      },
    });
  });
});
