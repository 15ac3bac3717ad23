/**
 * Hover on a finding: the message, why it matters for this element, the UX or CX impact with the
 * metrics it moves, a short example of the fix (the first “Passes” example of the rule's page,
 * in the file's own syntax), and a link to the page. The pages (docs/rules) ship with the
 * server, so the hover and the link work offline; rules from axe-core link to Deque's pages.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AREA_LABELS, LENS_LABELS, METRICS, type Finding, type SourceLanguage } from '../core/index.js';

/** Where docs/rules is: beside dist/ in the package and in the repository. */
const RULE_DOCS = path.join(__dirname, '..', 'docs', 'rules');

export function hoverMarkdown(findings: readonly Finding[], language: SourceLanguage): string {
  return findings.map((finding) => findingMarkdown(finding, language)).join('\n\n---\n\n');
}

function findingMarkdown(finding: Finding, language: SourceLanguage): string {
  const metrics = finding.metrics.map((metric) => METRICS[metric].label).join(', ');
  const page = localPage(finding.ruleId);
  const lines = [
    `**${escapeMarkdown(finding.message)}**`,
    '',
    escapeMarkdown(finding.why),
    '',
    `*${finding.lens} impact* (${LENS_LABELS[finding.lens]}): ${metrics}. ${AREA_LABELS[finding.area]}, ${finding.impact}.`,
  ];
  const example = page && passingExample(page, language);
  if (example) lines.push('', 'For example:', '', '```' + example.language, example.code, '```');
  lines.push('', `[${finding.ruleId}](${page ? pathToFileURL(page).href : finding.docsUrl})`);
  return lines.join('\n');
}

function localPage(ruleId: string): string | undefined {
  if (ruleId.startsWith('a11y/') || !/^[a-z]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  const file = path.join(RULE_DOCS, `${ruleId}.md`);
  return pageText(file) === undefined ? undefined : file;
}

const pages = new Map<string, string | undefined>();

function pageText(file: string): string | undefined {
  if (!pages.has(file)) {
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    pages.set(file, text);
  }
  return pages.get(file);
}

/** The “Passes” section's first example in the file's syntax (HTML, or JSX for JSX/TSX), else its first. */
function passingExample(file: string, language: SourceLanguage): { language: string; code: string } | undefined {
  const text = pageText(file);
  const section = text && /^## Passes\s*$([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(text)?.[1];
  if (!section) return undefined;
  const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((match) => ({
    language: match[1] ?? '',
    code: match[2]!.trimEnd(),
  }));
  const wanted = language === 'html' ? 'html' : language === 'json' ? 'json' : 'jsx';
  return blocks.find((block) => block.language === wanted) ?? blocks[0];
}

/** Workspace words (a message quotes the element's text) shown as text, never as Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
