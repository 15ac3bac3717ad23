/** Every command id the extension registers or calls, in one place (package.json lists them too). */
export const COMMANDS = {
  showDocs: 'touchpoint.showRuleDocs',
  reviewWorkspace: 'touchpoint.reviewWorkspace',
  showScorecard: 'touchpoint.showScorecard',
  restartServer: 'touchpoint.restartServer',
  showOutput: 'touchpoint.showOutput',
  fixAll: 'touchpoint.fixAll',
} as const;

/** The argument of `touchpoint.showScorecard` from a “Show in scorecard” code action. */
export interface ScorecardTarget {
  readonly ruleId: string;
  readonly fileName: string;
  readonly line: number;
  readonly column: number;
}
