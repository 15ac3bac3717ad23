/**
 * Workspace text (file names, page text in messages) printed where a terminal or a CI runner
 * reads it: the stylish, summary and Markdown formats. Control characters would move the cursor,
 * recolour or retitle a terminal (ESC), or split a line (newline); bidirectional overrides would
 * make a name read differently from what it is; and a line a CI runner takes for a workflow
 * command (`::error …` at its start, `##[` anywhere for GitHub's older syntax) would annotate or
 * mask at the workspace's will. Each is shown as an escape instead (`\x1b`, `\n`, `\u202e`).
 */

/** C0 controls but tab, DEL, C1 controls, bidirectional marks and overrides, line and paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with nothing a terminal or runner acts on: controls escaped, `##[` broken. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escapeCharacter).replace(/##\[/g, '##\\[');
}

/**
 * A file name for the start of an output line, followed by `:line:col`: safe text, and `./`
 * before a name a runner would read as a workflow command (`::…` or `:` then the `:` after it).
 */
export function safeFileName(name: string): string {
  const safe = safeText(name);
  return /^\s*:/.test(safe) ? `./${safe}` : safe;
}

/** Text that starts an output line (after any indent): safe text, `::` at its start escaped as `\::`. */
export function safeLineText(text: string): string {
  return safeText(text).replace(/^(\s*)::/, '$1\\::');
}
