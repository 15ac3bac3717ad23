/**
 * The language server as another editor runs it: `dist/server.js --stdio` (and `touchpoint lsp
 * --stdio`) in its own process, driven over standard input and output by a plain JSON-RPC client
 * (vscode-jsonrpc), outside VS Code: initialize, open documents, diagnostics (pushed, and pulled
 * by a client that can), a quick fix applied, hover, a config changed on disk, the workspace
 * review with progress and cancel, shutdown.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = path.join(__dirname, '..', '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');

interface Client {
  readonly process: ChildProcess;
  readonly connection: ReturnType<typeof createMessageConnection>;
  readonly initialized: InitializeResult;
  /** The next diagnostics pushed for `uri` that satisfy `until` (given them and the version they are for). */
  pushed(uri: string, until?: (diagnostics: Diagnostic[], version?: number) => boolean): Promise<Diagnostic[]>;
  readonly messages: string[];
  /** Every diagnostics notification, in order. */
  readonly published: PublishDiagnosticsParams[];
  /** The first message the server logs that matches `pattern` (one logged before included). */
  logged(pattern: RegExp): Promise<string>;
  open(uri: string, languageId: string, text: string): void;
  stop(): Promise<void>;
}

async function start(
  command: string[],
  root: string,
  capabilities: Record<string, unknown> = {},
  initializationOptions: unknown = {},
): Promise<Client> {
  const child = spawn(process.execPath, command, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: Array<{
    uri: string;
    until: (d: Diagnostic[], version?: number) => boolean;
    resolve: (d: Diagnostic[]) => void;
  }> = [];
  const messages: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const logs: string[] = [];
  const logWaiters: Array<{ pattern: RegExp; resolve: (message: string) => void }> = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    latest.set(params.uri, params);
    for (const waiter of [...waiting])
      if (waiter.uri === params.uri && waiter.until(params.diagnostics, params.version)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
  });
  connection.onNotification('window/showMessage', (params: { message: string }) => void messages.push(params.message));
  connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
    messages.push(params.message);
    return null;
  });
  connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
    logs.push(message);
    for (const waiter of [...logWaiters])
      if (waiter.pattern.test(message)) {
        logWaiters.splice(logWaiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const initialized = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      ...capabilities,
    },
    initializationOptions,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    process: child,
    connection,
    initialized,
    messages,
    published,
    logged: (pattern) =>
      new Promise((resolve) => {
        const now = logs.find((message) => pattern.test(message));
        if (now !== undefined) return resolve(now);
        logWaiters.push({ pattern, resolve });
      }),
    pushed: (uri, until = () => true) =>
      new Promise((resolve) => {
        const now = latest.get(uri);
        if (now && until(now.diagnostics, now.version)) return resolve(now.diagnostics);
        waiting.push({ uri, until, resolve });
      }),
    open: (uri, languageId, text) =>
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version: 1, text },
      }),
    async stop() {
      await connection.sendRequest('shutdown');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const uriOf = (root: string, name: string) => pathToFileURL(path.join(root, name)).href;

const CHECKOUT = `export function Checkout() {
  return (
    <main>
      <h1>Checkout</h1>
      <img src="/card.png" />
      <a href="#">Terms</a>
    </main>
  );
}
`;

describe('the language server over stdio, outside VS Code', function () {
  this.timeout(60_000);

  it('initializes, pushes diagnostics with codes and exact ranges, applies a quick fix, hovers, shuts down', async () => {
    const root = workspace({ 'src/Checkout.jsx': CHECKOUT });
    const client = await start([SERVER, '--stdio'], root);
    try {
      const capabilities = client.initialized.capabilities;
      assert.equal(client.initialized.serverInfo?.name, 'touchpoint');
      assert.ok(capabilities.hoverProvider);
      assert.equal(capabilities.diagnosticProvider, undefined, 'a client that cannot pull gets pushed diagnostics');
      const uri = uriOf(root, 'src/Checkout.jsx');
      client.open(uri, 'javascriptreact', CHECKOUT);
      const diagnostics = await client.pushed(uri, (list) => list.some((d) => d.code === 'a11y/image-alt'));
      const image = diagnostics.find((d) => d.code === 'a11y/image-alt')!;
      assert.equal(image.source, 'touchpoint');
      // On the line of the <img>, inside the tag (the engine's range, as line and character).
      assert.equal(image.range.start.line, 4);
      assert.ok(image.range.start.character >= 6 && image.range.end.character <= 26, JSON.stringify(image.range));
      assert.match(String(image.codeDescription?.href), /image-alt/);
      const link = diagnostics.find((d) => d.code === 'feedback/placeholder-link');
      assert.ok(link, diagnostics.map((d) => d.code).join(', '));
      assert.equal(link.range.start.line, 5);

      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: link.range,
        context: { diagnostics: [link] },
      })) as CodeAction[];
      const titles = actions.map((action) => action.title);
      const disable = actions.find((action) => action.title === 'Disable feedback/placeholder-link for this line');
      assert.ok(disable, titles.join(' | '));
      const edits = disable.edit!.documentChanges![0] as { edits: TextEdit[] };
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'javascriptreact', 1, CHECKOUT), edits.edits);
      assert.match(fixed, /\{\/\* touchpoint-disable-next-line feedback\/placeholder-link \*\/\}\n\s+<a href="#">/);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: fixed }],
      });
      await client.pushed(uri, (list) => list.length > 0 && !list.some((d) => d.code === 'feedback/placeholder-link'));

      const hover = (await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: image.range.start.line, character: image.range.start.character + 1 },
      })) as Hover | null;
      assert.ok(hover, 'a hover on the image');
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /alternative text|alt/i);
      assert.match(value, /impact/);
    } finally {
      await client.stop();
    }
    assert.equal(client.process.exitCode, 0);
  });

  it('turns a rule off in the nearest config, or in a new one at the workspace folder when the client can create files', async () => {
    const config = '{\n  "root": true,\n  "rules": {\n    "a11y/label": "error"\n  }\n}\n';
    const root = workspace({
      'shop/.touchpointrc.json': config,
      'shop/Checkout.jsx': CHECKOUT,
      'blog/Post.jsx': CHECKOUT,
    });
    const client = await start([SERVER, '--stdio'], root, {
      workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    });
    const turnOff = async (name: string) => {
      const uri = uriOf(root, name);
      client.open(uri, 'javascriptreact', CHECKOUT);
      const diagnostics = await client.pushed(uri, (list) => list.some((d) => d.code === 'feedback/placeholder-link'));
      const link = diagnostics.find((d) => d.code === 'feedback/placeholder-link')!;
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: link.range,
        context: { diagnostics: [link] },
      })) as CodeAction[];
      return actions.find((action) => action.title.startsWith('Turn off feedback/placeholder-link in'));
    };
    try {
      const existing = await turnOff('shop/Checkout.jsx');
      assert.equal(existing?.title, 'Turn off feedback/placeholder-link in .touchpointrc.json');
      const [change] = existing.edit!.documentChanges! as Array<{ textDocument: { uri: string }; edits: TextEdit[] }>;
      assert.equal(change!.textDocument.uri, uriOf(root, 'shop/.touchpointrc.json'));
      const edited = TextDocument.applyEdits(TextDocument.create('x', 'json', 1, config), change!.edits);
      assert.deepEqual(JSON.parse(edited).rules, { 'a11y/label': 'error', 'feedback/placeholder-link': 'off' });

      // No config above blog/: one is created in the workspace folder (the client's rootUri).
      const created = await turnOff('blog/Post.jsx');
      assert.equal(created?.title, 'Turn off feedback/placeholder-link in a new .touchpointrc.json');
      const [create, write] = created.edit!.documentChanges! as [{ kind: string; uri: string }, { edits: TextEdit[] }];
      assert.deepEqual([create.kind, create.uri], ['create', uriOf(root, '.touchpointrc.json')]);
      assert.deepEqual(JSON.parse(write.edits[0]!.newText), { rules: { 'feedback/placeholder-link': 'off' } });
    } finally {
      await client.stop();
    }
  });

  it('serves a client that pulls diagnostics, and says when a file is too large to check', async () => {
    const root = workspace({
      '.touchpointrc.json': JSON.stringify({ maxFileSize: 2000 }),
      'index.html': '<!doctype html><html><body><img src="a.png"></body></html>\n',
      'big.html': `<p>${'Hello. '.repeat(1000)}</p>\n`,
    });
    const client = await start([CLI, 'lsp', '--stdio'], root, {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
    });
    try {
      assert.equal(client.initialized.capabilities.diagnosticProvider?.identifier, 'touchpoint');
      const page = uriOf(root, 'index.html');
      client.open(page, 'html', '<!doctype html><html><body><img src="a.png"></body></html>\n');
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri: page },
      })) as {
        kind: string;
        items: Diagnostic[];
      };
      assert.equal(report.kind, 'full');
      assert.ok(
        report.items.some((d) => d.code === 'a11y/image-alt'),
        report.items.map((d) => d.code).join(', '),
      );
      const big = uriOf(root, 'big.html');
      client.open(big, 'html', `<p>${'Hello. '.repeat(1000)}</p>\n`);
      const skipped = (await client.connection.sendRequest('textDocument/diagnostic', {
        textDocument: { uri: big },
      })) as {
        items: Diagnostic[];
      };
      const note = skipped.items.find((d) => d.code === 'not-checked');
      assert.ok(note, JSON.stringify(skipped.items));
      assert.equal(note.severity, 3, 'information');
      assert.match(String(note.message), /larger|size|bytes/i);
    } finally {
      await client.stop();
    }
  });

  it('picks up a config changed on disk, and shows a broken one at its real line', async () => {
    const root = workspace({ 'index.html': '<a href="#">Open</a>\n' });
    const client = await start([SERVER, '--stdio'], root);
    try {
      const page = uriOf(root, 'index.html');
      client.open(page, 'html', '<a href="#">Open</a>\n');
      await client.pushed(page, (list) => list.some((d) => d.code === 'feedback/placeholder-link'));
      const config = path.join(root, '.touchpointrc.json');
      writeFileSync(config, '{\n  "rules": {\n    "feedback/placeholder-link": "off"\n  }\n}\n');
      const changed = (type: number) =>
        client.connection.sendNotification('workspace/didChangeWatchedFiles', {
          changes: [{ uri: pathToFileURL(config).href, type }],
        });
      await changed(1);
      await client.pushed(page, (list) => !list.some((d) => d.code === 'feedback/placeholder-link'));
      writeFileSync(config, '{\n  "rules": {\n    "feedback/placeholder-lnk": "off"\n  }\n}\n');
      await changed(2);
      const broken = await client.pushed(pathToFileURL(config).href, (list) => list.length > 0);
      assert.equal(broken[0]!.code, 'config-error');
      assert.equal(broken[0]!.range.start.line, 2, 'on the line of the unknown rule id');
      assert.match(String(broken[0]!.message), /did you mean “feedback\/placeholder-link”/);
      // Said once, as an error message (after the diagnostic: wait for it).
      while (!client.messages.some((message) => /placeholder-lnk/.test(message)))
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(await client.pushed(page), [], 'the page is not checked with a broken config');
    } finally {
      await client.stop();
    }
  });

  it('keeps the last clean findings for the region of a half-typed edit, and checks afresh once it parses', async () => {
    const good = [
      'export function Help() {',
      '  return (',
      '    <main>',
      '      <h1>Help</h1>',
      '      <img src="/map.png" />',
      '      <p>Ask us anything.</p>',
      '    </main>',
      '  );',
      '}',
      '',
    ].join('\n');
    const root = workspace({ 'Help.jsx': good });
    const client = await start([SERVER, '--stdio'], root);
    try {
      const uri = uriOf(root, 'Help.jsx');
      client.open(uri, 'javascriptreact', good);
      const before = await client.pushed(uri, (list) => list.some((d) => d.code === 'a11y/image-alt'));
      assert.ok(!before.some((d) => d.code === 'a11y/button-name'));
      // A button half typed on line 5 (its handler not closed yet): the parser reads what
      // follows as part of it, and a fresh check would call the button nameless.
      const edit = (version: number, character: number, text: string) =>
        client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line: 5, character }, end: { line: 5, character } }, text }],
        });
      const typed = '      <button onClick={';
      await edit(2, 0, `${typed}\n`);
      const typing = await client.pushed(uri, (_list, version) => version === 2);
      assert.deepEqual(
        typing.map((d) => `${d.code} ${d.range.start.line}`),
        before.map((d) => `${d.code} ${d.range.start.line}`),
        'the findings above the edit and the kept ones below it, nothing made up',
      );
      await edit(3, typed.length, 'close}>Close</button>');
      const done = await client.pushed(uri, (_list, version) => version === 3);
      assert.ok(done.some((d) => d.code === 'a11y/image-alt'));
      assert.ok(!done.some((d) => d.code === 'a11y/button-name'), JSON.stringify(done));
    } finally {
      await client.stop();
    }
  });

  it('rehearses typing in a large document it opened, publishing nothing of it, and an edit made during it is checked as usual', async () => {
    // A clean component repeated around one line with a finding, that line in the middle (where the rehearsal types).
    const row = (i: number) =>
      `export function Row${i}({ label }) {\n  return <span className="row">{label}</span>;\n}\n`;
    const half = Array.from({ length: 700 }, (_, i) => row(i)).join('');
    const picture = 'export const Picture = () => <img src="/map.png" />;\n';
    const text = `${half}${picture}${half.replaceAll('Row', 'Cell')}`;
    const pictureLine = half.split('\n').length - 1;
    const root = workspace({ 'Rows.jsx': text, 'Cells.jsx': text });
    const client = await start([SERVER, '--stdio'], root);
    try {
      const imageLines = (list: Diagnostic[]) =>
        list.filter((d) => d.code === 'a11y/image-alt').map((d) => `${d.range.start.line}:${d.range.start.character}`);
      const uri = uriOf(root, 'Rows.jsx');
      client.open(uri, 'javascriptreact', text);
      assert.match(await client.logged(/Rows\.jsx: typing rehearsed \(16 lints/), /\d+ ms\)$/);
      const opened = client.published.filter((params) => params.uri === uri);
      assert.ok(opened.length > 0);
      for (const params of opened) {
        assert.equal(params.version, 1);
        assert.deepEqual(
          imageLines(params.diagnostics),
          [`${pictureLine}:30`],
          'the document as it is, never a rehearsal',
        );
      }
      const insert = (target: string, version: number, line: number) =>
        client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: target, version },
          contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: picture }],
        });
      await insert(uri, 2, 3);
      const edited = await client.pushed(uri, (_list, version) => version === 2);
      assert.deepEqual(imageLines(edited), ['3:30', `${pictureLine + 1}:30`]);

      // Edited as soon as its first findings are in: while the rehearsal runs (or before it starts).
      const other = uriOf(root, 'Cells.jsx');
      client.open(other, 'javascriptreact', text);
      await client.pushed(other, (_list, version) => version === 1);
      await insert(other, 2, pictureLine + 2);
      const during = await client.pushed(other, (_list, version) => version === 2);
      assert.deepEqual(imageLines(during), [`${pictureLine}:30`, `${pictureLine + 2}:30`]);
      await insert(other, 3, 0);
      const next = await client.pushed(other, (_list, version) => version === 3);
      assert.deepEqual(imageLines(next), ['0:30', `${pictureLine + 1}:30`, `${pictureLine + 3}:30`]);
    } finally {
      await client.stop();
    }
  });

  it('points a catalog string’s finding at the open component that shows it, a catalog created on disk included', async () => {
    const component = [
      'import { useTranslation } from "react-i18next";',
      '',
      'export function Login({ failed }) {',
      '  const { t } = useTranslation();',
      '  return <main>{failed && <p role="alert">{t("errors.password")}</p>}</main>;',
      '}',
      '',
    ].join('\n');
    const catalog = '{\n  "errors": {\n    "password": "You entered the wrong password"\n  }\n}\n';
    // Catalogs are found from a config's folder (its `messages`, by default locales/en/**).
    const root = workspace({ '.touchpointrc.json': '{ "root": true }', 'src/Login.jsx': component });
    const client = await start([SERVER, '--stdio'], root);
    try {
      const login = uriOf(root, 'src/Login.jsx');
      client.open(login, 'javascriptreact', component);
      await client.pushed(login, (_list, version) => version === 1);
      // The catalog appears on disk afterwards (a git pull): the open component is checked again.
      mkdirSync(path.join(root, 'src/locales/en'), { recursive: true });
      writeFileSync(path.join(root, 'src/locales/en/translation.json'), catalog);
      const json = uriOf(root, 'src/locales/en/translation.json');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: json, type: 1 }],
      });
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the re-check after the change settles
      client.open(json, 'json', catalog);
      const found = await client.pushed(json, (list) => list.some((d) => d.code === 'errors/blaming-or-hostile-tone'));
      const tone = found.find((d) => d.code === 'errors/blaming-or-hostile-tone')!;
      assert.deepEqual(
        tone.relatedInformation?.map((related) => [
          related.location.uri,
          related.location.range.start.line,
          related.message,
        ]),
        [[login, 4, 'Shown here']],
      );
    } finally {
      await client.stop();
    }
  });

  it('reviews the workspace on request, with $/progress, open documents as edited, and a cancel that answers with what was done', async () => {
    const files: Record<string, string> = {
      '.touchpointrc.json': '{ "root": true, "rules": { "wording/jargon": "warning" } }',
      'about.html': '<!doctype html><html lang="en"><title>About</title><p>Please utilize the form.</p></html>\n',
      'notes.md': 'not reviewed: no language Touchpoint reads\n',
      'node_modules/x/index.html': '<p>Please utilize it.</p>\n',
    };
    for (let i = 0; i < 60; i++) files[`src/Page${i}.jsx`] = `export const Page${i} = () => <p>We utilize ${i}.</p>;\n`;
    const root = workspace(files);
    const client = await start([SERVER, '--stdio'], root, { window: { workDoneProgress: true } });
    const progress: Array<{ kind: string; percentage?: number; message?: string }> = [];
    client.connection.onNotification('$/progress', ({ token, value }) => {
      if (token === 'review-1') progress.push(value);
    });
    try {
      // An open document is reviewed as it is in the editor, not as saved.
      const about = uriOf(root, 'about.html');
      client.open(
        about,
        'html',
        '<!doctype html><html lang="en"><title>About</title><p>Please use the form.</p></html>\n',
      );
      const found = Object.keys(files).map((name) => path.join(root, name));
      const report = (await client.connection.sendRequest('touchpoint/review', {
        files: found,
        roots: [root],
        workDoneToken: 'review-1',
      })) as { cancelled: boolean; files: Array<{ fileName: string; findings: Array<{ ruleId: string }> }> };
      assert.equal(report.cancelled, false);
      const names = report.files.map((file) => path.relative(root, file.fileName).split(path.sep).join('/'));
      assert.equal(names.length, 61, 'the 60 components and the page; not the Markdown file or node_modules');
      assert.ok(names.includes('about.html') && !names.some((name) => name.startsWith('node_modules')));
      assert.deepEqual(report.files.find((file) => file.fileName.endsWith('about.html'))!.findings, []);
      assert.ok(
        report.files
          .find((file) => file.fileName.endsWith('Page7.jsx'))!
          .findings.some((f) => f.ruleId === 'wording/jargon'),
      );
      assert.equal(progress[0]?.kind, 'begin');
      assert.equal(progress.at(-1)?.kind, 'end');
      assert.ok(progress.some((value) => value.kind === 'report' && value.message === '61 of 61 files'));

      // Cancelled as soon as it begins: it answers, with fewer files, marked cancelled.
      const source = new CancellationTokenSource();
      client.connection.onNotification('$/progress', ({ token, value }) => {
        if (token === 'review-2' && value.kind === 'begin') source.cancel();
      });
      const cancelled = (await client.connection.sendRequest(
        'touchpoint/review',
        { files: found, roots: [root], workDoneToken: 'review-2' },
        source.token,
      )) as { cancelled: boolean; files: unknown[] };
      assert.equal(cancelled.cancelled, true);
      assert.ok(cancelled.files.length < 61, `${cancelled.files.length} files reviewed before the cancel`);

      // The finished review is kept (a cancelled one is not): the scorecard's data is drawn from it.
      const workspace = { root, title: 'stdio', toolVersion: '0.0.0', history: [] };
      const data = (await client.connection.sendRequest('touchpoint/scorecard', workspace)) as {
        scope: string;
        findings: Array<{ file: string; ruleId: string }>;
      };
      assert.equal(data.scope, 'review');
      assert.ok(data.findings.some((f) => f.file === 'src/Page7.jsx' && f.ruleId === 'wording/jargon'));
      // A summary answer to an update: one file again, the whole review's counts, the file's findings packed.
      const answer = (await client.connection.sendRequest('touchpoint/review', {
        files: [path.join(root, 'src', 'Page7.jsx')],
        roots: [root],
        update: true,
        summary: true,
      })) as { summary: { files: string[]; findingCount: number }; reviewed: { packed: number }; removed: string[] };
      assert.equal(answer.summary.files.length, 61);
      assert.equal(answer.reviewed.packed, 2);
      assert.deepEqual(answer.removed, []);
      // The rule list a rule picker offers (VS Code's Show Rule Documentation).
      const rules = (await client.connection.sendRequest('touchpoint/rules')) as Array<{ id: string; docsUrl: string }>;
      assert.ok(rules.length > 100);
      assert.match(rules.find((rule) => rule.id === 'wording/jargon')?.docsUrl ?? '', /^https:\/\/.*jargon/);
    } finally {
      await client.stop();
    }
  });
});
