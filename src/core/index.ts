/** Touchpoint's engine, as a library. The extension and the CLI import only from here. */
export {
  lint,
  isPageRunPath,
  combineReports,
  scoreOfTallies,
  MAX_FINDINGS_PER_RULE,
  type LintOptions,
  type PageRunOptions,
} from './engine.js';
export { rehearsalLength, rehearsalText, warmUp, WARM_UP_SAMPLES } from './warmUp.js';
export { review, reviewFile, type ReviewFile, type ReviewOptions, type ConfigSource } from './review.js';
export { applyWorkspaceRules } from './workspaceRules.js';
export { leaveOutUnshownMessages, linkMessageUses } from './messageUses.js';
export { decodeText } from './readFile.js';
export { PageRunner, type PageRunOutcome, type PageRunnerOptions } from './axe/pageRunner.js';
export type { FileReport, Finding, Notice, NoticeCode, RuleTally, WorkspaceReport } from './report.js';
export {
  faultsOf,
  isFault,
  isNotCheckedNotice,
  isReportedNotice,
  NOTICE_CODES,
  ruleCounts,
  severityCounts,
} from './report.js';
export {
  scorecardData,
  scoredFiles,
  compareFindings,
  historyPoint,
  SCORECARD_DATA_VERSION,
  type ScorecardData,
  type ScorecardFinding,
  type ScorecardRule,
  type ScorecardFile,
  type HistoryPoint,
} from './scorecard.js';
export {
  OUTPUT_FORMATS,
  FORMAT_IDS,
  isFormatId,
  outputFormat,
  renderChunks,
  scorecardDataOf,
  type FormatInput,
  type OutputFormat,
  type Rendered,
} from './formats/registry.js';
export {
  DEFAULT_FORMAT,
  EXPORT_FORMATS,
  FORMAT_INFO,
  formatInfo,
  type ExportFormat,
  type FormatId,
  type FormatInfo,
} from './formats/catalog.js';
export { formatSarif, fingerprintFindings, FINGERPRINT_KEY } from './formats/sarif.js';
export { formatMarkdown } from './formats/markdown.js';
export { formatGithub, GITHUB_LIMIT_PER_LEVEL } from './formats/github.js';
export { formatJunit } from './formats/junit.js';
export { formatStylish, type StylishOptions } from './formats/stylish.js';
export { formatSummary, type SummaryOptions } from './formats/summary.js';
export { formatJson, readJsonReport, ReportFormatError, JSON_FORMAT_VERSION, type JsonReport } from './formats/json.js';
export {
  createNonce,
  embedJson,
  readInlineAssets,
  standaloneHtml,
  webviewHtml,
  type InlineAssets,
  type WebviewAssets,
} from './formats/html.js';
export {
  decodeFileReport,
  encodeFileReport,
  restoreFinding,
  withFindings,
  type PortableFileReport,
  type PortableFinding,
} from './formats/portable.js';
export { isPortableFileReport } from './formats/validate.js';
export * as reportChecks from './formats/validate.js';
export { safeFileName, safeLineText, safeText } from './safeText.js';
export {
  scoreTallies,
  scoreFiles,
  rulePenalty,
  IMPACT_PENALTIES,
  SCORE_FORMULA_VERSION,
  THIN_EXAMINATIONS,
  type AreaBasis,
  type Score,
  type RuleScore,
} from './score.js';
export { AREAS, AREA_LABELS, LENS_LABELS, METRICS, type Area, type Lens, type Metric } from './vocabulary.js';
export { rules, getRule, ruleIds } from './rules/index.js';
export {
  docsUrl,
  DOCS_BASE_URL,
  type AnyRule,
  type Rule,
  type RuleMeta,
  type Severity,
  type Fix,
  type TextEdit,
} from './rules/types.js';
export {
  ConfigError,
  closestRuleId,
  configFromObject,
  defaultConfig,
  type ConfigFile,
  type ResolvedConfig,
} from './config/config.js';
export {
  ConfigLoader,
  CONFIG_FILE_NAME,
  jsonErrorWithoutText,
  nodeConfigHost,
  type ConfigHost,
} from './config/load.js';
export { relativePath } from './paths.js';
export { buildConfigSchema } from './config/schema.js';
export { overrideConfig, type ConfigOverrides } from './config/override.js';
export { applySettings, readSettings, type RunMode, type Settings } from './config/settings.js';
export { configErrorRange, newConfigTurningOff, turnOffRuleEdit } from './config/locate.js';
export {
  findingActions,
  fixAllAction,
  moveWithEdits,
  safeFixesOf,
  suppression,
  type EditAction,
  type TextChange,
} from './editActions.js';
export { describeSkipped, discoverFiles, DiscoveryError, isMessageCatalog, type DiscoveredFiles } from './discover.js';
export { plural } from './plural.js';
export {
  languageForFile,
  languageForLanguageId,
  parseDocument,
  SOURCE_GLOB,
  SUPPORTED_EXTENSIONS,
  SUPPORTED_LANGUAGE_IDS,
} from './parse/index.js';
export { LineIndex } from './parse/lineIndex.js';
export { ParseCache } from './parse/parseCache.js';
export { MessageResolver } from './catalog/resolve.js';
export type { CatalogMessage, MarkupKind, SourceLanguage, SourceRange, UiDocument, UiElement } from './model.js';
