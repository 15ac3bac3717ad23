/**
 * Design-system presets (issue 17): each library's components map to the elements they
 * render when imported from it, with their props and fixed attributes; presets are detected
 * from package.json; a project's own styled or wrapper components map without config.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ConfigLoader,
  configFromObject,
  formatSummary,
  lint,
  parseDocument,
  review,
  scorecardData,
  type UiDocument,
} from '../../../src/core/index.js';
import { DESIGN_SYSTEM_IDS, detectDesignSystems } from '../../../src/core/designSystems.js';

function elements(text: string, designSystems: readonly string[] = DESIGN_SYSTEM_IDS): UiDocument['elements'] {
  const outcome = parseDocument(text, 'tsx', 'case.tsx', { designSystems });
  assert.ok(outcome.ok);
  return outcome.document.elements;
}

/** `Name→tag[attr=value …]` for each component, in source order. */
function mapped(text: string, designSystems?: readonly string[]): string[] {
  return elements(text, designSystems)
    .filter((element) => element.isComponent)
    .map((element) => {
      const attributes = element.attributes
        .filter((attribute) => attribute.kind === 'static')
        .map((attribute) => `${attribute.name}=${attribute.value}`);
      return `${element.name}→${element.tag}${attributes.length > 0 ? `[${attributes.join(' ')}]` : ''}`;
    });
}

describe('Design-system presets', () => {
  it('MUI: buttons, links, text fields (label → aria-label), alerts and dialogs; per-component modules', () => {
    assert.deepEqual(
      mapped(`import { Button, IconButton, TextField, Alert, Dialog } from "@mui/material";
import LoadingButton from "@mui/lab/LoadingButton";
import Link from "@mui/material/Link";
export const A = () => <Dialog><Alert>Saved</Alert><TextField label="Name" /><IconButton aria-label="Close" /><Button>Save</Button><LoadingButton loading>Pay</LoadingButton><Link href="/x">Docs</Link></Dialog>;`),
      [
        'Dialog→div[role=dialog]',
        'Alert→div[role=alert]',
        'TextField→input[aria-label=Name]',
        'IconButton→button[aria-label=Close]',
        'Button→button',
        'LoadingButton→button',
        'Link→a[href=/x]',
      ],
    );
  });

  it('Ant Design: members (Typography.Link, Input.Password) and Popconfirm as a confirmation', () => {
    assert.deepEqual(
      mapped(`import { Button, Typography, Input, Popconfirm, Alert } from "antd";
export const A = () => <><Typography.Link href="/a">A</Typography.Link><Input.Password /><Popconfirm title="Delete?"><Button danger>Delete</Button></Popconfirm><Alert type="error" message="Failed" /></>;`),
      [
        'Typography.Link→a[href=/a]',
        'Input.Password→input[type=password]',
        'Popconfirm→span[title=Delete? data-confirm=]',
        'Button→button',
        'Alert→div[type=error message=Failed role=alert]',
      ],
    );
  });

  it('Chakra UI, React Bootstrap and Headless UI', () => {
    assert.deepEqual(
      mapped(`import { IconButton, Alert as ChakraAlert } from "@chakra-ui/react";
import { Form, Nav } from "react-bootstrap";
import { Menu, Switch } from "@headlessui/react";
export const A = () => <><IconButton icon={<X />} /><ChakraAlert status="error" /><Form.Control /><Nav.Link href="/n">N</Nav.Link><Menu.Button>Options</Menu.Button><Switch checked={on} /></>;`),
      [
        'IconButton→button',
        'X→X',
        'ChakraAlert→div[status=error role=alert]',
        'Form.Control→input',
        'Nav.Link→a[href=/n]',
        'Menu.Button→button',
        'Switch→button[role=switch]',
      ],
    );
  });

  it('Radix (namespace imports and the radix-ui package), react-router (to → href) and Next.js', () => {
    assert.deepEqual(
      mapped(`import * as Dialog from "@radix-ui/react-dialog";
import { AlertDialog } from "radix-ui";
import { Link as RouterLink, NavLink } from "react-router-dom";
import Link from "next/link";
import Image from "next/image";
export const A = () => <><Dialog.Close>Close</Dialog.Close><AlertDialog.Action>Delete</AlertDialog.Action><RouterLink to="/r">R</RouterLink><NavLink to="/n">N</NavLink><Link href="/l">L</Link><Image src="/a.png" /></>;`),
      [
        'Dialog.Close→button',
        'AlertDialog.Action→button',
        'RouterLink→a[href=/r]',
        'NavLink→a[href=/n]',
        'Link→a[href=/l]',
        'Image→img[src=/a.png]',
      ],
    );
  });

  it('Paragon (Open edX): IconButton’s alt is its name, Hyperlink’s destination its href, alerts and dialogs', () => {
    assert.deepEqual(
      mapped(`import { Alert, Button, Hyperlink, IconButton, ModalDialog } from "@openedx/paragon";
export const A = () => <ModalDialog title="Share" isOpen><ModalDialog.Title>Share</ModalDialog.Title><Alert>Copied</Alert><IconButton alt="Close" src={Close} /><Button>Save</Button><Hyperlink destination="/help">Help</Hyperlink></ModalDialog>;`),
      [
        'ModalDialog→div[aria-label=Share role=dialog]',
        'ModalDialog.Title→h2',
        'Alert→div[role=alert]',
        'IconButton→button[aria-label=Close]',
        'Button→button',
        'Hyperlink→a[href=/help]',
      ],
    );
    const config = configFromObject({ designSystems: ['paragon'] });
    const buttonName = (props: string) =>
      lint(
        `import { IconButton } from "@openedx/paragon";\nexport const A = () => <IconButton ${props} src={Close} onClick={close} />;`,
        'tsx',
        config,
        { fileName: 'case.tsx' },
      ).findings.some((finding) => finding.ruleId === 'a11y/button-name');
    assert.equal(buttonName(''), true);
    assert.equal(buttonName('alt={intl.formatMessage(messages.close)}'), false);
  });

  it('should take a library button given an href for the link it renders, where the library does', () => {
    assert.deepEqual(
      mapped(`import { Button } from "@mui/material";
import { Button as AntButton } from "antd";
import { Button as RbButton } from "react-bootstrap";
import { Button as PgnButton } from "@openedx/paragon";
import { Button as JoyButton } from "@mui/joy";
export const A = () => <><Button href="/pricing">Upgrade</Button><Button onClick={go}>Save</Button><AntButton href={url}>Docs</AntButton><RbButton href="/b">B</RbButton><PgnButton href={upgradeUrl}>Upgrade now</PgnButton><JoyButton href="/j">J</JoyButton></>;`),
      [
        'Button→a[href=/pricing]',
        'Button→button',
        'AntButton→a',
        'RbButton→a[href=/b]',
        'PgnButton→a',
        // Joy's Button is not known to switch: it stays a button.
        'JoyButton→button[href=/j]',
      ],
    );
  });

  it('should leave a Radix trigger with asChild to its child, and fill a mapped slot element at run time', () => {
    assert.deepEqual(
      mapped(`import * as Menu from "@radix-ui/react-dropdown-menu";
import { Link } from "react-router-dom";
export const A = () => <><Menu.Trigger asChild><MyButton /></Menu.Trigger><Trans defaults="See <em>settings</em>" components={{ em: <Link to="/settings" /> }} /></>;`),
      [
        'Menu.Trigger→Menu.Trigger',
        'MyButton→MyButton',
        'Trans→Trans[defaults=See <em>settings</em>]',
        'Link→a[href=/settings]',
      ],
    );
    const link = elements(`import { Link } from "react-router-dom";
export const A = () => <Trans components={{ em: url ? <Link to="/settings" /> : <strong /> }} />;`).find(
      (element) => element.tag === 'a',
    )!;
    assert.deepEqual(
      link.children.map((child) => child.type),
      ['dynamic'],
    );
  });

  it('should map only what is imported from the library, and only with its preset in effect', () => {
    assert.deepEqual(
      mapped(`import { Button } from "./Button";
export const A = () => <Button>Save</Button>;`),
      ['Button→Button'],
    );
    assert.deepEqual(
      mapped(
        `import { Button } from "@mui/material";
export const A = () => <Button>Save</Button>;`,
        ['antd'],
      ),
      ['Button→Button'],
    );
  });

  it('should map a project’s own components: styled elements, wrappers that spread their props, and as/component', () => {
    assert.deepEqual(
      mapped(`import styled from "styled-components";
export const A = () => <><Primary>Go</Primary><Plain href="/a">A</Plain><Field /><Wrapper>x</Wrapper><Box as="button">B</Box><Typography component="h1">T</Typography></>;
const Primary = styled.button\`color: red;\`;
const Plain = styled("a")\`\`;
const Field = styled.input.attrs({ type: "text" })\`\`;
const Wrapper = (props) => <section className="w">{props.children}</section>;
const Item = ({ title, buttonProps }) => <button {...buttonProps}><span>{title}</span></button>;
const Pass = ({ children, ...rest }) => <button {...rest}>{children}</button>;
export const B = () => <><Item title={doc.title} /><Pass>Save</Pass></>;`),
      [
        'Primary→button',
        'Plain→a[href=/a]',
        'Field→input',
        'Wrapper→Wrapper',
        'Box→button[as=button]',
        'Typography→h1[component=h1]',
        // A wrapper that draws its own content from other props is not its root element.
        'Item→Item',
        'Pass→button',
      ],
    );
  });

  it('should not give a parent to elements built in an object literal and spread elsewhere', () => {
    const report = lint(
      `import styled from "styled-components";
const Cell = styled.span\`\`;
export const Rows = ({ rows }) => <div role="rowgroup">{rows.map((row) => {
  const props = { role: "row", children: row.cells.map((cell) => <Cell role="cell">{cell}</Cell>) };
  return <div {...props} />;
})}</div>;`,
      'tsx',
      configFromObject({}),
      { fileName: 'case.tsx' },
    );
    assert.deepEqual(
      report.findings.filter((finding) => finding.ruleId === 'a11y/aria-required-parent'),
      [],
    );
  });

  it('should let the config’s mapping win, with its props and attributes', () => {
    const config = configFromObject({
      designSystems: ['mui'],
      components: { Button: { element: 'a', props: { to: 'href' }, attributes: { role: 'button' } } },
    });
    const report = lint(
      `import { Button } from "@mui/material";
export const A = () => <Button to="#">Open</Button>;`,
      'tsx',
      config,
      { fileName: 'case.tsx' },
    );
    assert.ok(report.findings.some((finding) => finding.ruleId === 'feedback/placeholder-link'));
  });

  it('should take a config mapping’s withHref: a project’s own button given an href is a link', () => {
    const config = configFromObject({ components: { ActionButton: { element: 'button', withHref: 'a' } } });
    const tags = (text: string) =>
      lint(text, 'tsx', config, { fileName: 'case.tsx' }).findings.map((finding) => finding.ruleId);
    // A link to "#" goes nowhere; the same component without an href is a button, and not asked for one.
    assert.ok(
      tags('export const A = () => <ActionButton href="#">Docs</ActionButton>;').includes('feedback/placeholder-link'),
    );
    assert.ok(
      !tags('export const A = () => <ActionButton onClick={go}>Docs</ActionButton>;').includes(
        'feedback/placeholder-link',
      ),
    );
  });

  it('should let element rules judge library components (a nameless icon button, a confirmed delete)', () => {
    const config = configFromObject({
      designSystems: ['mui', 'antd'],
      rules: { 'feedback/destructive-action-without-confirmation': 'warning' },
    });
    const ids = (text: string) =>
      lint(text, 'tsx', config, { fileName: 'case.tsx' }).findings.map((finding) => finding.ruleId);
    assert.ok(
      ids(`import { IconButton } from "@mui/material";
export const A = () => <IconButton onClick={close}><CloseIcon /></IconButton>;`).includes('a11y/button-name'),
    );
    const destructive = (wrapped: boolean) =>
      ids(`import { Button, Popconfirm } from "antd";
export const A = () => ${wrapped ? '<Popconfirm title="Delete this project?" onConfirm={remove}>' : '<div>'}<Button danger onClick={() => api.deleteProject(id)}>Delete project</Button>${wrapped ? '</Popconfirm>' : '</div>'};`).includes(
        'feedback/destructive-action-without-confirmation',
      );
    assert.equal(destructive(false), true);
    assert.equal(destructive(true), false);
  });

  describe('detection', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(path.join(tmpdir(), 'touchpoint-ds-'));
      mkdirSync(path.join(root, 'app', 'src'), { recursive: true });
      writeFileSync(
        path.join(root, 'app', 'package.json'),
        JSON.stringify({ dependencies: { antd: '5', 'react-router-dom': '6' }, devDependencies: { next: '14' } }),
      );
      mkdirSync(path.join(root, 'other'), { recursive: true });
      writeFileSync(path.join(root, 'other', 'package.json'), '{ "dependencies": { "@mui/material": "5" } }');
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('should turn on the presets the nearest package.json depends on', async () => {
      assert.deepEqual(detectDesignSystems(path.join(root, 'app', 'src')), ['antd', 'react-router', 'nextjs']);
      const config = await new ConfigLoader().forFile(path.join(root, 'other', 'Page.tsx'));
      assert.deepEqual(config.designSystems, ['mui']);
    });

    it('should read a package.json again once the configs are, and give every folder under it the same answer', async () => {
      const project = mkdtempSync(path.join(tmpdir(), 'touchpoint-ds-change-'));
      const deep = path.join(project, 'src', 'orders', 'components', 'OrderList');
      mkdirSync(deep, { recursive: true });
      writeFileSync(path.join(project, 'package.json'), '{ "dependencies": { "@mui/material": "5" } }');
      const loader = new ConfigLoader();
      assert.deepEqual((await loader.forFile(path.join(deep, 'List.tsx'))).designSystems, ['mui']);
      assert.deepEqual((await loader.forFile(path.join(project, 'src', 'App.tsx'))).designSystems, ['mui']);
      // Another library installed (a git pull): a long-lived server reads the configs again.
      writeFileSync(path.join(project, 'package.json'), '{ "dependencies": { "antd": "5" } }');
      loader.clear();
      assert.deepEqual((await loader.forFile(path.join(deep, 'List.tsx'))).designSystems, ['antd']);
      assert.deepEqual((await loader.forFile(path.join(project, 'src', 'orders', 'Other.tsx'))).designSystems, [
        'antd',
      ]);
      // A package of its own under the same config: its own presets, not those of a config shared by folder.
      const nested = path.join(project, 'packages', 'admin');
      mkdirSync(nested, { recursive: true });
      writeFileSync(path.join(nested, 'package.json'), '{ "dependencies": { "@chakra-ui/react": "2" } }');
      assert.deepEqual((await loader.forFile(path.join(nested, 'Page.tsx'))).designSystems, ['chakra']);
      assert.deepEqual((await loader.forFile(path.join(project, 'src', 'Home.tsx'))).designSystems, ['antd']);
      rmSync(project, { recursive: true, force: true });
    });

    it('should detect them from the code’s own package.json when the config is given outside it (-c)', async () => {
      const shared = mkdtempSync(path.join(tmpdir(), 'touchpoint-ds-shared-'));
      const config = path.join(shared, 'touchpoint.json');
      writeFileSync(config, '{ "extends": "touchpoint:recommended" }');
      const loader = new ConfigLoader(undefined, config);
      assert.deepEqual((await loader.forFile(path.join(root, 'other', 'Page.tsx'))).designSystems, ['mui']);
      assert.deepEqual((await loader.forFile(path.join(root, 'app', 'src', 'A.tsx'))).designSystems, [
        'antd',
        'react-router',
        'nextjs',
      ]);
      assert.deepEqual((await loader.forFile(path.join(root, 'other', 'Page.tsx'))).files, [config]);
      rmSync(shared, { recursive: true, force: true });
    });

    it('should say in the summary and the scorecard which design systems were used', async () => {
      const file = path.join(root, 'app', 'src', 'Save.tsx');
      writeFileSync(file, 'import { Button } from "antd";\nexport const Save = () => <Button>Save</Button>;\n');
      const loader = new ConfigLoader();
      const report = await review([{ path: file }], (name) => loader.forFile(name));
      assert.deepEqual(report.designSystems, ['Ant Design', 'React Router', 'Next.js']);
      assert.match(
        formatSummary(report, { cwd: root, title: 'app' }),
        /^Components of Ant Design, React Router, Next\.js checked as the elements they render$/m,
      );
      const data = scorecardData(report, { root, title: 'app', toolVersion: '0' });
      assert.deepEqual(data.designSystems, ['Ant Design', 'React Router', 'Next.js']);
      const none = await review([{ path: file }], configFromObject({ designSystems: [] }));
      assert.deepEqual(none.designSystems, []);
      assert.doesNotMatch(formatSummary(none, { cwd: root, title: 'app' }), /Components of/);
    });

    it('should detect Tailwind, which maps no component and is not named as one', async () => {
      const project = mkdtempSync(path.join(tmpdir(), 'touchpoint-ds-tailwind-'));
      writeFileSync(
        path.join(project, 'package.json'),
        '{ "dependencies": { "antd": "5" }, "devDependencies": { "tailwindcss": "3" } }',
      );
      const file = path.join(project, 'Pick.tsx');
      writeFileSync(
        file,
        'import { Button } from "antd";\nexport const Pick = () => <Button>Pick<input type="file" className="hidden" /></Button>;\n',
      );
      const loader = new ConfigLoader();
      assert.deepEqual((await loader.forFile(file)).designSystems, ['antd', 'tailwind']);
      const report = await review([{ path: file }], (name) => loader.forFile(name));
      assert.deepEqual(report.designSystems, ['Ant Design']);
      // The hidden file input is nothing to the button around it.
      assert.deepEqual(
        report.files[0]!.findings.map((finding) => finding.ruleId),
        [],
      );
      rmSync(project, { recursive: true, force: true });
    });

    it('should follow the config: a list, or none', async () => {
      writeFileSync(path.join(root, 'app', '.touchpointrc.json'), '{ "designSystems": ["chakra"] }');
      assert.deepEqual((await new ConfigLoader().forFile(path.join(root, 'app', 'src', 'A.tsx'))).designSystems, [
        'chakra',
      ]);
      writeFileSync(path.join(root, 'app', '.touchpointrc.json'), '{ "designSystems": [] }');
      assert.deepEqual((await new ConfigLoader().forFile(path.join(root, 'app', 'src', 'A.tsx'))).designSystems, []);
      assert.throws(() => configFromObject({ designSystems: ['bootstrap5'] }), /designSystems/);
    });
  });
});
