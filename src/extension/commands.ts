/** Every command id the extension registers or calls, in one place (package.json lists them too). */
export const COMMANDS = {
  showDocs: 'touchpoint.showRuleDocs',
  reviewWorkspace: 'touchpoint.reviewWorkspace',
} as const;
