/**
 * Where Touchpoint's state shows. The status bar item: a review in progress, a broken config (a
 * click opens it), or the last review's score and finding count (before any review, the
 * findings in open files), with files that were not checked in its tooltip; a click opens the
 * scorecard. The language status item (in the editor's `{}` language menu for HTML, JSX and
 * TSX): whether Touchpoint checks as you type or on save, or why it does not. Both hidden while
 * Touchpoint is disabled.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TouchpointClient } from './client.js';
import { COMMANDS } from './commands.js';
import type { LastReview } from './lastReview.js';
import type { SettingsStore } from './settingsStore.js';
import type { WorkspaceReview } from './workspaceReview.js';

const LANGUAGES = ['html', 'javascriptreact', 'typescriptreact'];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

export interface StatusDeps {
  readonly settings: SettingsStore;
  readonly lastReview: LastReview;
  readonly client: TouchpointClient;
  readonly review: WorkspaceReview;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('touchpoint.status', vscode.StatusBarAlignment.Left, 50);
  private readonly language = vscode.languages.createLanguageStatusItem(
    'touchpoint.language',
    LANGUAGES.map((language) => ({ language })),
  );
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: StatusDeps) {
    this.item.name = 'Touchpoint';
    this.language.name = 'Touchpoint';
    const update = () => this.update();
    this.subscriptions = [
      deps.settings.onDidChange(update),
      deps.lastReview.onDidChange(update),
      deps.client.onDidChangeReports(update),
      deps.review.onDidChangeRunning(update),
    ];
    this.update();
  }

  update(): void {
    const { settings, lastReview, client, review } = this.deps;
    const current = settings.current;
    const broken = client.brokenConfigs[0];
    this.updateLanguage(current.enable, current.run, broken);
    if (!current.enable) {
      this.item.hide();
      return;
    }
    const notChecked = client.notChecked();
    const skippedLine =
      notChecked.length > 0
        ? `\n${notChecked.length} open file${notChecked.length === 1 ? '' : 's'} not checked: ${notChecked.map((file) => path.basename(file)).join(', ')}`
        : '';
    this.item.backgroundColor = undefined;
    this.item.command = COMMANDS.showScorecard;
    if (review.running) {
      this.item.text = '$(sync~spin) Touchpoint: reviewing';
      this.item.tooltip = 'Touchpoint is reviewing the workspace (the notification can cancel it).';
    } else if (broken) {
      this.item.text = '$(error) Touchpoint: config broken';
      this.item.tooltip = `Touchpoint cannot read ${broken}; files under it are not checked. Click to open it.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.command = { command: 'vscode.open', title: 'Open config', arguments: [vscode.Uri.file(broken)] };
    } else if (lastReview.summary) {
      // Counted as the scorecard's header counts them: files checked, findings listed.
      const { overall, findingCount, checked } = lastReview.summary;
      const score = Math.round(overall ?? 0);
      this.item.text = `$(checklist) Touchpoint ${score} · ${findingCount}`;
      this.item.tooltip = `Touchpoint: overall score ${score}, ${plural(findingCount, 'finding')} in ${plural(checked, 'file')} checked. Click to open the scorecard.${skippedLine}`;
    } else {
      const counts = [...client.liveCounts()];
      const count = counts.reduce((sum, document) => sum + document.findings, 0);
      const checked = counts.filter((document) => document.checked).length;
      this.item.text = `$(checklist) Touchpoint · ${count}`;
      this.item.tooltip = `Touchpoint: ${plural(count, 'finding')} in ${plural(checked, 'open file')} checked. Click to open the scorecard.${skippedLine}`;
    }
    this.item.show();
  }

  private updateLanguage(enabled: boolean, run: string, broken: string | undefined): void {
    const language = this.language;
    language.severity = vscode.LanguageStatusSeverity.Information;
    language.command = { command: COMMANDS.showScorecard, title: 'Scorecard' };
    if (!enabled) {
      language.text = 'Touchpoint: off';
      language.detail = 'touchpoint.enable is false';
    } else if (broken) {
      language.text = 'Touchpoint: config broken';
      language.detail = path.basename(path.dirname(broken));
      language.severity = vscode.LanguageStatusSeverity.Error;
      language.command = { command: 'vscode.open', title: 'Open config', arguments: [vscode.Uri.file(broken)] };
    } else {
      language.text = 'Touchpoint';
      language.detail = run === 'onSave' ? 'checks on save' : 'checks as you type';
    }
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
    this.language.dispose();
  }
}
