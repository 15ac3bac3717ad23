/** Touchpoint's engine, as a library. The extension and the CLI import only from here. */
export {
  lint,
  lintWithPage,
  review,
  reviewFile,
  combineReports,
  scoreOfTallies,
  applyWorkspaceRules,
  decodeText,
  MAX_FINDINGS_PER_RULE,
  type LintOptions,
  type ReviewFile,
  type ReviewOptions,
  type ConfigSource,
} from './engine.js';
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
  relativePath,
  SCORECARD_DATA_VERSION,
  type ScorecardData,
  type ScorecardFinding,
  type ScorecardRule,
  type ScorecardFile,
  type HistoryPoint,
} from './scorecard.js';
export { formatSarif, fingerprintFindings, FINGERPRINT_KEY } from './formats/sarif.js';
export { formatMarkdown } from './formats/markdown.js';
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
export { AREAS, AREA_LABELS, METRICS, type Area, type Lens, type Metric } from './impact.js';
export { rules, getRule, ruleIds } from './rules/index.js';
export {
  docsUrl,
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
export { buildConfigSchema } from './config/schema.js';
export { languageForFile, languageForLanguageId, parseDocument } from './parse/index.js';
export { LineIndex } from './parse/lineIndex.js';
export type { SourceLanguage, SourceRange, UiDocument, UiElement } from './model.js';
