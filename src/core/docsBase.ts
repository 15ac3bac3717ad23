/** Where Touchpoint's rule pages live (docs/rules); apart from the rules, for the extension to import alone. */
export const DOCS_BASE_URL = 'https://github.com/touchpoint-ux/touchpoint/blob/main/docs/rules/';
