/**
 * Message catalogs (issue 17): ICU messages read as variants, messages written for translation
 * found in scripts (react-intl, i18next) and in JSON catalogs, their words rendered where they
 * are written, and catalogs found by a folder review.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  configFromObject,
  defaultConfig,
  discoverFiles,
  lint,
  MessageResolver,
  parseDocument,
  review,
  type UiDocument,
} from '../../../src/core/index.js';
import { messageWords } from '../../../src/core/catalog/icu.js';
import type { UiElement, UiNode } from '../../../src/core/model.js';

function parsed(text: string, language: 'tsx' | 'ts' | 'json' = 'tsx'): UiDocument {
  const outcome = parseDocument(text, language, `case.${language}`);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return outcome.document;
}

const slice = (document: UiDocument, range: { start: number; end: number }) =>
  document.text.slice(range.start, range.end);

/** What each variant of each catalog message reads, from the source. */
function variants(document: UiDocument): string[][] {
  return (document.catalog ?? []).map((message) =>
    message.variants.map((segments) => segments.map((segment) => slice(document, segment)).join('|')),
  );
}

function texts(node: UiNode): string[] {
  if (node.type === 'text') return [node.text];
  if (node.type === 'dynamic') return [`{${node.expression}}`];
  return node.children.flatMap(texts);
}

function byName(document: UiDocument, name: string): UiElement {
  const found = document.elements.find((element) => element.name === name);
  assert.ok(found, `no <${name}>`);
  return found;
}

/** The recommended rules and wording/shouting (opt-in), whose runs of capitals these tests read. */
const SHOUTING = configFromObject({ rules: { 'wording/shouting': 'warning' } });
describe('ICU messages', () => {
  it('should read plain text as one variant, whole', () => {
    assert.deepEqual(messageWords('Save changes', 'icu').variants, [[[0, 12]]]);
  });

  it('should read each plural and select branch as a variant, without the syntax', () => {
    const text = 'You have {count, plural, one {# file} other {# files}} in <b>{folder}</b>.';
    const words = messageWords(text, 'icu');
    const read = words.variants.map((spans) => spans.map(([start, end]) => text.slice(start, end)));
    assert.deepEqual(read, [
      ['You have ', '# file', ' in ', '{folder}', '.'],
      ['You have ', '# files', ' in ', '{folder}', '.'],
    ]);
    assert.equal(words.hasArguments, true);
    assert.equal(words.text, 'You have # files in {folder}.');
  });

  it('should read text that is not valid ICU, and i18next messages, whole', () => {
    assert.deepEqual(messageWords('Use {{count}} or { broken', 'icu').variants, [[[0, 25]]]);
    assert.deepEqual(messageWords('{{count}} files', 'i18next'), {
      variants: [[[0, 15]]],
      text: '{{count}} files',
      hasArguments: true,
    });
  });
});

describe('Messages written for translation in scripts', () => {
  it('should read defineMessages entries with their key, id and note, on the defaultMessage string', () => {
    const document = parsed(`import { defineMessages } from "react-intl";
export const taxesMessages = defineMessages({
  taxClass: { id: "bDBiac", defaultMessage: "Tax class", description: "dropdown label" },
  count: { id: "a2", defaultMessage: "{count, plural, one {# rate} other {# rates}}" },
  noWords: { id: "a3", defaultMessage: "{value}" },
});
export const single = defineMessage({ id: "s1", defaultMessage: "Saved" });`);
    const catalog = document.catalog ?? [];
    assert.deepEqual(
      catalog.map((message) => [message.key, message.id, message.description, slice(document, message.range)]),
      [
        ['taxesMessages.taxClass', 'bDBiac', 'dropdown label', 'Tax class'],
        ['taxesMessages.count', 'a2', undefined, '{count, plural, one {# rate} other {# rates}}'],
        ['single', 's1', undefined, 'Saved'],
      ],
    );
    assert.deepEqual(variants(document)[1], ['# rate', '# rates']);
  });

  it('should check a script without JSX when it writes messages, and only then', () => {
    assert.ok(parseDocument('export const m = defineMessages({ a: { defaultMessage: "Hi" } });', 'ts', 'm.ts').ok);
    const plain = parseDocument('export const add = (a: number, b: number) => a + b;', 'ts', 'add.ts');
    assert.ok(!plain.ok && plain.code === 'not-applicable');
  });

  it('should render i18next natural-language keys and inline react-intl messages where they are written', () => {
    const document = parsed(`import { useTranslation } from "react-i18next";
function A() {
  const { t } = useTranslation();
  const intl = useIntl();
  return <div>
    <button>{t("Save")}</button>
    <input placeholder={t("Search…")} aria-label={intl.formatMessage({ id: "q", defaultMessage: "Search docs" })} />
    <FormattedMessage defaultMessage="Hello {name}" />
    <p>{t("settings.title")}</p>
    <p>{t("errors.network", "Network problem")}</p>
  </div>;
}`);
    assert.deepEqual(texts(byName(document, 'button')), ['Save']);
    const input = byName(document, 'input');
    assert.deepEqual(
      input.attributes.map((attribute) => attribute.possibleStrings?.map((part) => part.text)),
      [['Search…'], ['Search docs']],
    );
    assert.deepEqual(texts(byName(document, 'FormattedMessage')), ['Hello {name}']);
    const paragraphs = document.elements.filter((element) => element.tag === 'p');
    assert.deepEqual(paragraphs.map(texts), [['{t("settings.title")}'], ['Network problem']]);
    // Rendered where written: text of the element, not a catalog entry as well.
    assert.deepEqual(document.catalog, []);
  });

  it('should keep translation calls outside JSX as catalog messages, and pass them to message calls', () => {
    const document = parsed(`import { useTranslation } from "react-i18next";
function useActions() {
  const { t } = useTranslation();
  toast.error(t("Could not save the file"));
  return [{ title: t("Delete document") }, { title: t("common:delete") }];
}`);
    assert.deepEqual(variants(document), [['Could not save the file'], ['Delete document']]);
    const toast = document.calls.find((call) => call.callee === 'toast.error');
    assert.deepEqual(
      toast?.parts.map((part) => part.text),
      ['Could not save the file'],
    );
  });

  it('should not read t("…") as a translation in a file that does not use i18next', () => {
    const document = parsed('const A = ({ t }) => <button>{t("Save")}</button>;');
    assert.deepEqual(texts(byName(document, 'button')), ['{t("Save")}']);
  });

  it('should judge a catalog message once, where it is written, on the right words of each branch', () => {
    const text = `import { defineMessages } from "react-intl";
export const m = defineMessages({
  sale: { id: "s", defaultMessage: "{n, plural, one {ONE ITEM LEFT NOW} other {Few left}}" },
});`;
    const report = lint(text, 'ts', SHOUTING, { fileName: 'messages.ts' });
    const shouting = report.findings.filter((finding) => finding.ruleId === 'wording/shouting');
    assert.deepEqual(
      shouting.map((finding) => text.slice(finding.range.start, finding.range.end)),
      ['ONE ITEM LEFT NOW'],
    );
  });
});

describe('JSON message catalogs', () => {
  it('should read nested keys, leave natural-language keys to their use, and skip non-words', () => {
    const document = parsed(
      `{
  "Save changes": "Save changes",
  "errors": { "network": "We could not reach the server", "code": "{{code}}" },
  "empty": ""
}`,
      'json',
    );
    assert.deepEqual(
      (document.catalog ?? []).map((message) => [message.key, slice(document, message.range)]),
      [['errors.network', 'We could not reach the server']],
    );
  });

  it('should read a catalog with ICU plurals as ICU, though a plural branch opens with “{{”', () => {
    // i18next with i18next-icu: `one {{count} file}` is ICU, so `{url}` is a value, not words.
    const document = parsed(
      `{
  "files": "{count, plural, one {{count} file} other {{count} files}}",
  "copy_failed": "Link created but not copied: {url}"
}`,
      'json',
    );
    assert.deepEqual(
      (document.catalog ?? []).map((message) => [message.key, message.format, message.hasArguments]),
      [
        ['files', 'icu', true],
        ['copy_failed', 'icu', true],
      ],
    );
  });

  it('should read FormatJS extracted entries with their notes, and groups with other keys as groups', () => {
    const document = parsed(
      `{
  "x1": { "defaultMessage": "Saved", "description": "toast" },
  "x2": { "string": "Requested", "context": "status" },
  "errors": { "message": "Upload failed", "title": "Error" }
}`,
      'json',
    );
    assert.deepEqual(
      (document.catalog ?? []).map((message) => [message.key, message.text, message.description]),
      [
        ['x1', 'Saved', 'toast'],
        ['x2', 'Requested', 'status'],
        ['errors.message', 'Upload failed', undefined],
        ['errors.title', 'Error', undefined],
      ],
    );
  });

  it('should read a catalog of natural-language keys as a catalog with nothing to judge here', () => {
    assert.deepEqual(parsed('{ "Save": "Save", "Copy": "Copy" }', 'json').catalog, []);
  });

  it('should leave the plural forms of natural-language keys to the code too, but read plural forms of named keys', () => {
    const catalog = parsed(
      JSON.stringify({
        '{{ count }} user was suspended': '{{ count }} user was suspended',
        '{{ count }} user was suspended_plural': '{{ count }} users were suspended',
        '{{ count }} file_other': '{{ count }} files',
        uploads_other: '{{ count }} uploads failed',
      }),
      'json',
    ).catalog!;
    assert.deepEqual(
      catalog.map((message) => message.key),
      ['uploads_other'],
    );
  });

  it('should say a JSON file that holds no message is not a catalog', () => {
    const outcome = parseDocument('[1, 2, 3]', 'json', 'data.json');
    assert.ok(!outcome.ok && outcome.code === 'not-applicable' && /not a message catalog/.test(outcome.reason));
  });

  it('should report on the catalog string with its line and column', () => {
    const text = '{\n  "promo": {\n    "banner": "HURRY, SALE ENDS TONIGHT"\n  }\n}\n';
    const report = lint(text, 'json', SHOUTING, { fileName: 'en.json' });
    const finding = report.findings.find((candidate) => candidate.ruleId === 'wording/shouting');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(text.slice(finding.range.start, finding.range.end), 'SALE ENDS TONIGHT');
    assert.deepEqual([finding.location.line, finding.location.column], [3, 23]);
  });

  it('should lint a broken catalog as far as it reads, with a parse note', () => {
    const report = lint('{ "a": "SALE ENDS TONIGHT", "b": ', 'json', SHOUTING, { fileName: 'en.json' });
    assert.ok(report.findings.some((finding) => finding.ruleId === 'wording/shouting'));
    assert.ok(report.notices.some((notice) => notice.code === 'parse-problem'));
  });
});

describe('Finding catalogs', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'touchpoint-catalogs-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write('src/App.tsx', 'export const App = () => <p>Hi</p>;');
    write('public/locales/en/translation.json', '{ "a": "Hello" }');
    write('public/locales/fr/translation.json', '{ "a": "Bonjour" }');
    write('shared/i18n/locales/en_US/translation.json', '{ "a": "Hello" }');
    write('shared/i18n/locales/en_GB/translation.json', '{ "a": "Hello" }');
    write('src/lang/en.json', '{ "a": "Hello" }');
    write('package.json', '{ "name": "app" }');
    write('src/strings/app.json', '{ "a": "Hello" }');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const relative = (files: readonly string[]) =>
    files.map((file) => path.relative(root, file).split(path.sep).join('/'));

  it('should find the source locale’s catalogs in the usual folders, and no other JSON', async () => {
    const { files } = await discoverFiles(['.'], defaultConfig(), root);
    assert.deepEqual(relative(files), [
      'public/locales/en/translation.json',
      'shared/i18n/locales/en_US/translation.json',
      'src/App.tsx',
      'src/lang/en.json',
    ]);
  });

  it('should follow the config’s locale and messages', async () => {
    const french = await discoverFiles(['.'], configFromObject({ locale: 'fr' }), root);
    assert.deepEqual(relative(french.files), ['public/locales/fr/translation.json', 'src/App.tsx']);
    const named = await discoverFiles(['.'], configFromObject({ messages: ['src/strings/*.json'] }), root);
    assert.deepEqual(relative(named.files), ['src/App.tsx', 'src/strings/app.json']);
  });

  it('should reject a locale that is not a language tag', () => {
    assert.throws(() => configFromObject({ locale: 'english please' }), /“locale” must be a language tag/);
  });
});

describe('Messages named at a use site', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'touchpoint-uses-'));
    write('tsconfig.json', '{ "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/*"] } } }');
    write(
      'src/intl.ts',
      `import { defineMessages } from "react-intl";
export const buttons = defineMessages({
  more: { id: "b1", defaultMessage: "Click here" },
  save: { id: "b2", defaultMessage: "Save {count, plural, one {# draft} other {# drafts}}" },
});
const local = defineMessages({ hidden: { id: "b3", defaultMessage: "Hidden" } });
export default local;
`,
    );
    write(
      'locales/en/common.json',
      '{ "actions": { "more": "Read more" }, "Save": "Save", "errors": { "password": "You entered the wrong password" } }',
    );
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function uses(text: string, fileName = 'src/Page.tsx'): Array<[string, string, string | undefined]> {
    const file = path.join(root, fileName);
    writeFileSync(file, text);
    const resolver = new MessageResolver();
    const scope = { baseDirectory: root, messages: ['locales/en/*.json'] };
    const outcome = parseDocument(text, 'tsx', file, {
      messages: (reference) => resolver.resolve(file, reference, scope),
    });
    assert.ok(outcome.ok);
    const found: Array<[string, string, string | undefined]> = [];
    const visit = (node: UiNode): void => {
      if (node.type === 'text' && node.resolvedFrom) {
        found.push([node.parent!.tag, node.text, path.relative(root, node.resolvedFrom.fileName)]);
        assert.equal(slice(outcome.document, node.range).length > 0, true);
      }
      if (node.type === 'element') node.children.forEach(visit);
    };
    outcome.document.roots.forEach(visit);
    for (const element of outcome.document.elements) {
      for (const attribute of element.attributes) {
        for (const part of attribute.possibleStrings ?? []) {
          if (part.resolvedFrom) found.push([`${element.tag}[${attribute.name}]`, part.text, undefined]);
        }
      }
    }
    return found;
  }

  it('should follow imports (with tsconfig paths, default and namespace imports) to defineMessages', () => {
    const found = uses(`import { buttons } from "@app/intl";
import hidden from "./intl";
import * as all from "../src/intl";
import { FormattedMessage, useIntl } from "react-intl";
export const Page = () => {
  const intl = useIntl();
  return (<div>
    <a href="/more">{intl.formatMessage(buttons.more)}</a>
    <button>{intl.formatMessage(buttons.save, { count: 2 })}</button>
    <span><FormattedMessage {...hidden.hidden} /></span>
    <input aria-label={intl.formatMessage(all.buttons.more)} />
    <b>{intl.formatMessage(buttons.missing)}</b>
  </div>);
};`);
    assert.deepEqual(found, [
      ['a', 'Click here', 'src/intl.ts'],
      ['button', 'Save # drafts', 'src/intl.ts'],
      ['FormattedMessage', 'Hidden', 'src/intl.ts'],
      ['input[aria-label]', 'Click here', undefined],
    ]);
  });

  it('should follow messages defined lower in the same file, and i18next keys to the JSON catalogs', () => {
    const found = uses(`import { useTranslation } from "react-i18next";
export const Page = () => {
  const { t } = useTranslation();
  return <p><a href="/x">{t("actions.more")}</a><a href="/y">{t("common:actions.more")}</a><i>{t("nope.key")}</i><b>{intl.formatMessage(mine.title)}</b></p>;
};
const mine = defineMessages({ title: { id: "t", defaultMessage: "Welcome" } });`);
    assert.deepEqual(found, [
      ['a', 'Read more', 'locales/en/common.json'],
      ['a', 'Read more', 'locales/en/common.json'],
      ['b', 'Welcome', 'src/Page.tsx'],
    ]);
  });

  it('should look for catalogs in the file’s repository when its config lies elsewhere and names none', () => {
    // `-c ~/touchpoint.json`: the default globs would search all of the config's folder.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'touchpoint-config-elsewhere-'));
    const project = mkdtempSync(path.join(tmpdir(), 'touchpoint-project-'));
    try {
      mkdirSync(path.join(project, '.git'));
      mkdirSync(path.join(project, 'src'));
      mkdirSync(path.join(project, 'public/locales/en'), { recursive: true });
      writeFileSync(path.join(project, 'public/locales/en/common.json'), '{ "more": "Read more" }');
      // A catalog under the config's folder, which a search there would find instead.
      mkdirSync(path.join(elsewhere, 'locales/en'), { recursive: true });
      writeFileSync(path.join(elsewhere, 'locales/en/common.json'), '{ "more": "Elsewhere" }');
      const file = path.join(project, 'src/Page.tsx');
      const text = `import { useTranslation } from "react-i18next";
export const Page = () => { const { t } = useTranslation(); return <a href="/x">{t("more")}</a>; };`;
      const catalogOf = (config: ReturnType<typeof configFromObject>) =>
        lint(text, 'tsx', config, { fileName: file, messages: new MessageResolver() }).dependsOn;
      assert.deepEqual(catalogOf({ ...configFromObject({}), baseDirectory: elsewhere }), [
        path.join(project, 'public/locales/en/common.json'),
      ]);
      // Catalogs the config names stay relative to its folder.
      assert.deepEqual(
        catalogOf({ ...configFromObject({ messages: ['locales/en/*.json'] }), baseDirectory: elsewhere }),
        [path.join(elsewhere, 'locales/en/common.json')],
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('should let element rules see the words, and judge the words themselves only where they are written', async () => {
    const file = path.join(root, 'src/Links.tsx');
    const text = `import { buttons } from "@app/intl";
export const Links = ({ intl }) => <nav><a href="/pricing">{intl.formatMessage(buttons.more)}</a></nav>;`;
    const config = { ...configFromObject({ extends: 'touchpoint:all' }), baseDirectory: root };
    const report = lint(text, 'tsx', config, { fileName: file, messages: new MessageResolver() });
    const ids = report.findings.map((finding) => finding.ruleId);
    assert.ok(ids.includes('wording/ambiguous-link-text'), ids.join(', '));
    const plain = lint(text, 'tsx', config, { fileName: file });
    assert.deepEqual(
      plain.findings.filter((f) => f.ruleId === 'wording/ambiguous-link-text').map((f) => f.message),
      [],
    );
  });

  it('should point a catalog string’s finding at each place a reviewed file shows it', async () => {
    write(
      'src/Login.tsx',
      `import { useTranslation } from "react-i18next";
export const Login = () => {
  const { t } = useTranslation();
  return <p role="alert">{t("common:errors.password")}</p>;
};`,
    );
    const config = { ...configFromObject({ messages: ['locales/en/*.json'] }), baseDirectory: root };
    const report = await review(
      [{ path: path.join(root, 'src/Login.tsx') }, { path: path.join(root, 'locales/en/common.json') }],
      config,
    );
    const catalog = report.files.find((file) => file.fileName.endsWith('common.json'))!;
    const tone = catalog.findings.find((finding) => finding.ruleId === 'errors/blaming-or-hostile-tone');
    assert.ok(tone, JSON.stringify(catalog.findings.map((finding) => finding.ruleId)));
    assert.deepEqual(
      tone.related?.map((related) => [path.relative(root, related.fileName!), related.location?.line, related.message]),
      [[path.join('src', 'Login.tsx'), 4, 'Shown here']],
    );
    const login = report.files.find((file) => file.fileName.endsWith('Login.tsx'))!;
    assert.deepEqual(login.dependsOn, [path.join(root, 'locales', 'en', 'common.json')]);
  });

  it('should read a changed module again once told', () => {
    const resolver = new MessageResolver();
    const from = path.join(root, 'src/Page.tsx');
    const reference = { kind: 'module', specifier: './intl', exportName: 'buttons', path: ['more'] } as const;
    const scope = { messages: [] };
    assert.equal(resolver.resolve(from, reference, scope)?.words, 'Click here');
    const module = path.join(root, 'src/intl.ts');
    const before = readFileSync(module, 'utf8');
    writeFileSync(module, before.replace('Click here', 'Compare plans'));
    try {
      assert.equal(resolver.resolve(from, reference, scope)?.words, 'Click here');
      assert.ok(resolver.isSource(module));
      resolver.forget(module);
      assert.equal(resolver.resolve(from, reference, scope)?.words, 'Compare plans');
    } finally {
      writeFileSync(module, before);
    }
  });
});

describe('Catalog strings no reviewed file shows', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  // Each string misuses “login” as a verb: noun-as-verb reports it wherever it is judged.
  const catalog = JSON.stringify({
    shown: 'Please login to continue',
    status: { expired: 'Please login again' },
    menu: { account: 'Login to your account' },
    seats_one: 'Please login to add {{count}} seat',
    seats_other: 'Please login to add {{count}} seats',
    forgotten: 'Please login with your new password',
  });
  const catalogReport = async (files: string[]) => {
    const config = { ...configFromObject({ messages: ['locales/en/*.json'] }), baseDirectory: root };
    const report = await review(
      files.map((file) => ({ path: path.join(root, file) })),
      config,
    );
    return report.files.find((file) => file.fileName.endsWith('common.json'))!;
  };
  const reviewed = async (files: string[]) =>
    (await catalogReport(files)).findings
      .filter((f) => f.ruleId === 'wording/noun-as-verb')
      .map((f) => f.location.line);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'touchpoint-unshown-'));
    write('package.json', '{ "name": "app" }');
    write('locales/en/common.json', catalog.replace(/,"/g, ',\n"'));
    write(
      'src/Login.tsx',
      `import { useTranslation } from "react-i18next";
const MENU = [{ label: "menu.account" }];
export const Login = ({ status, seats }) => {
  const { t } = useTranslation("common");
  return <main><p>{t("shown")}</p><p>{t(\`status.\${status}\`)}</p>{MENU.map((m) => <a href="/me">{t(m.label)}</a>)}<p>{t("seats", { count: seats })}</p></main>;
};`,
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should leave out a string nothing shows, and keep those shown, named, built on, or plural', async () => {
    // Lines: 1 shown, 2 status, 3 menu, 4 seats_one, 5 seats_other, 6 forgotten.
    assert.deepEqual(await reviewed(['src/Login.tsx', 'locales/en/common.json']), [1, 2, 3, 4, 5]);
  });

  it('should count a left-out string as neither judged nor failed, and score the catalog again', async () => {
    const alone = await catalogReport(['locales/en/common.json']);
    const found = await catalogReport(['src/Login.tsx', 'locales/en/common.json']);
    const [before, after] = [alone.tallies['wording/noun-as-verb']!, found.tallies['wording/noun-as-verb']!];
    assert.deepEqual([after.examined, after.failed], [before.examined - 1, before.failed - 1]);
    assert.equal(found.score.counts.counted, alone.score.counts.counted - 1);
  });

  it('should keep every string when the review holds no file that shows catalog messages', async () => {
    assert.deepEqual(await reviewed(['locales/en/common.json']), [1, 2, 3, 4, 5, 6]);
  });
});
