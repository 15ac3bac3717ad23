/**
 * `touchpoint-language-server` (and the VS Code extension's server process): the language
 * server over the transport its command line names (`--stdio`, `--node-ipc`, `--socket=<port>`,
 * `--pipe=<name>`), as vscode-languageserver reads it.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

declare const TOUCHPOINT_VERSION: string | undefined;

startServer(
  createConnection(ProposedFeatures.all),
  typeof TOUCHPOINT_VERSION === 'string' ? TOUCHPOINT_VERSION : '0.0.0-dev',
);
