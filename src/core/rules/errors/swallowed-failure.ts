/**
 * A failure swallowed in the handler of something the person did: an empty `catch {}` after
 * awaited work, or a `.catch(() => {})` on a request, in an onClick / onSubmit handler (inline
 * or named in the same file, followed two calls deep). When the request fails, nothing on the
 * screen changes: people think it worked, or click again and again.
 *
 * Left alone: a catch with a comment (the silence is on purpose and says why), a catch that
 * does anything (sets state, shows a toast, logs: that is for the other error rules to judge),
 * a failed confirmation (a rejected `confirm…()` / dialog promise means the person said no),
 * try blocks with no awaited work (`JSON.parse`, `localStorage`), and handlers defined in
 * another file. The parser finds the empty catches (parse/handlers.ts, `emptyCatches`).
 */
import { defineRule } from '../types.js';
import { textContent } from '../shared/elementMeaning.js';
import { shorten } from '../shared/wordLists.js';

/** Events that are a person's action, on elements and on components (`<Dialog onConfirm>`). */
const ACTION_EVENT = /^on(Click|Submit|Press|DoubleClick|Confirm|Ok|Save|Send|Delete|Remove|Finish)$/;

export default defineRule({
  id: 'errors/swallowed-failure',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-recovery', 'task-success', 'trust'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-1', 'nielsen-9'],
  languages: ['jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 3 findings on the corpus (bench/README.md), none kept: the failures were shown through the app's own error handling the rule could not follow.
  recommended: false,
  help: 'Tell people when their action fails: show a message in the catch, or say in a comment why it may stay silent',
  why: 'When an action fails without a word, people believe it worked, or try again and again, and only find out later.',
  defaultOptions: {},
  check(context) {
    const reported = new Set<number>();
    for (const element of context.document.elements) {
      for (const attribute of element.attributes) {
        const handler = attribute.handler;
        if (!ACTION_EVENT.test(attribute.name) || !handler?.resolved || !handler.doesAsyncWork) continue;
        context.examined(element);
        const label = textContent(element);
        const action = label.known && label.text ? `“${shorten(label.text)}”` : `this ${attribute.name}`;
        for (const range of handler.emptyCatches ?? []) {
          if (reported.has(range.start)) continue;
          reported.add(range.start);
          context.report({
            range,
            detail: `the failure of ${action} is caught and dropped`,
            why: `If ${action} fails, nothing tells the person, so they believe it worked or try again and again.`,
            related: [{ message: 'The action whose failure is dropped', range: attribute.range }],
          });
        }
      }
    }
  },
});
