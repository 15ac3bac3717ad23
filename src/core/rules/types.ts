/**
 * The rule contract. A rule is flat metadata written once plus one `check` function that
 * visits the document model, calls `examined()` for each element it judged (its
 * opportunities, for the score) and `report()` for each problem. The docs link is derived
 * from the id (docsUrl), never typed per rule.
 */
import { axeHelpUrl } from '../axe/axeCore.js';
import type { PageAnswer } from '../axe/pageAxe.js';
import type { Area, Impact, Lens, Metric, Severity } from '../vocabulary.js';
import type { MarkupKind, SourceRange, UiDocument, UiElement } from '../model.js';
import { DOCS_BASE_URL } from '../docsBase.js';

export { DOCS_BASE_URL };

export type { Impact, Severity, SeveritySetting } from '../vocabulary.js';

/** A JSON schema fragment for a rule's options (validated by the config loader). */
export type OptionsSchema = Readonly<Record<string, unknown>>;

export interface TextEdit {
  readonly range: SourceRange;
  readonly newText: string;
}

export interface Fix {
  /** What the quick fix does, in plain words ("Replace “utilize” with “use”"). */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe to apply in bulk (fix-all) without reading each one. */
  readonly safe: boolean;
}

export interface RelatedLocation {
  readonly message: string;
  readonly range: SourceRange;
  /** Another file, for workspace-level findings; the finding's own file when absent. */
  readonly fileName?: string;
  /** 1-based line and column, filled in by the engine (editors need them for other files). */
  readonly location?: {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
  };
}

export interface ReportDescriptor {
  readonly range: SourceRange;
  /** A specific addition to the rule's help ("“Pay now” has no pending state"). */
  readonly detail?: string;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
  /** `low` when dynamic values or spread props leave room for doubt. */
  readonly confidence?: 'high' | 'low';
  /**
   * Why this finding matters, in the element's own words (“Delete account” can be clicked
   * twice…), when the rule's general `why` would quote another element's example.
   */
  readonly why?: string;
}

export interface RuleContext<Options> {
  readonly document: UiDocument;
  readonly options: Options;
  /** The folder of the config file that applies (for rules that look at the site's structure). */
  readonly baseDirectory?: string;
  report(descriptor: ReportDescriptor): void;
  /** Counts one judged element (an opportunity) towards this rule's pass rate. */
  examined(element?: UiElement): void;
  /**
   * Says that part of the file could not be judged, and why ("not checked" notice, shown once
   * per file however many rules say the same).
   */
  note(message: string, range?: SourceRange): void;
  /**
   * The whole-page axe run's answers by axe rule id, when this lint had one (on save, review,
   * CLI); undefined while typing.
   */
  readonly pageRun?: ReadonlyMap<string, readonly PageAnswer[]>;
}

export interface RuleMeta {
  /** `area/name`, equal to the file path under src/core/rules/. */
  readonly id: string;
  readonly area: Area;
  /** The primary impact: UX (using this screen) or CX (feeling about the business). */
  readonly lens: Lens;
  /** Metrics the problem moves, primary first; may include the other lens's metrics. */
  readonly metrics: readonly Metric[];
  readonly severity: Severity;
  readonly impact: Impact;
  readonly tags: readonly string[];
  readonly languages: readonly MarkupKind[];
  /** Runs only on full pages (HTML documents, JSX rendering <html>/<body>, configured pages). */
  readonly page?: boolean;
  /** Answers come from the whole-page axe run (RuleContext.pageRun), not from the model alone. */
  readonly pageRun?: boolean;
  /** `false`: off in touchpoint:recommended, on in touchpoint:all (opt-in while it matures). */
  readonly recommended?: boolean;
  /**
   * axe rules (`a11y/<axe-id>`) that report the same problem on the same element: where both
   * report it, the engine keeps this rule's finding (it says more and often has a fix). A page
   * rule's twin (title, h1, main, skip link) is the same problem anywhere in the file.
   */
  readonly supersedes?: readonly string[];
  /** What to do, in plain words, no trailing period. */
  readonly help: string;
  /** One sentence for a designer: why this matters to a person or the business. */
  readonly why: string;
  readonly optionsSchema?: OptionsSchema;
}

export interface Rule<Options = Record<string, never>> extends RuleMeta {
  readonly defaultOptions: Options;
  check(context: RuleContext<Options>): void;
  /** Rules that judge the whole workspace (inconsistent terms across files) add this. */
  readonly workspace?: WorkspaceHooks<Options>;
}

/** Something a file contributes to a workspace-level rule, located for reporting. */
export interface CollectedItem {
  readonly range: SourceRange;
  /** Free data for the rule (the term found, its group…). */
  readonly data: Readonly<Record<string, string>>;
}

export interface LocatedItem extends CollectedItem {
  readonly fileName: string;
}

export interface WorkspaceHooks<Options> {
  /** Per file, during the normal lint: what this file contributes. */
  collect(context: RuleContext<Options>): CollectedItem[];
  /**
   * Once all files are linted: the workspace-level findings. Replaces the per-file findings of
   * this rule in a workspace review (the per-file `check` still serves single-file linting).
   */
  checkWorkspace(
    items: readonly LocatedItem[],
    options: Options,
    report: (fileName: string, descriptor: ReportDescriptor) => void,
  ): { examined: number };
}

// Rules are stored side by side whatever their options type; the engine only passes through
// options that the config loader validated against each rule's own schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Our rules have a page in docs/rules; a11y rules are axe-core's, documented by Deque. */
export function docsUrl(ruleId: string): string {
  return ruleId.startsWith('a11y/') ? axeHelpUrl(ruleId.slice('a11y/'.length)) : `${DOCS_BASE_URL}${ruleId}.md`;
}
