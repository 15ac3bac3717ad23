/**
 * `alert()` and `confirm()` used to report errors in JSX code: the browser's dialog blocks the
 * page, cannot be styled or linked to the field, loses the person's place, and some browsers
 * let people suppress it for good. We report `alert(…)` whose message is an error or only known
 * at run time (`alert(error.message)`), and `confirm(…)` whose message reads as an error
 * (“Payment failed. Try again?”). `confirm()` asking before a destructive action is left to
 * feedback/destructive-action-without-confirmation, which accepts it.
 */
import { ERROR_WORDS } from '../shared/messageTexts.js';
import { shorten } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'errors/blocking-alert',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-recovery', 'brand-perception'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['nielsen-9'],
  languages: ['jsx'],
  help: 'Show the error in the page, next to what it is about, instead of a browser alert',
  why: 'A browser alert stops everything, cannot point to what it is about, and looks like the site is broken.',
  defaultOptions: {},
  check(context) {
    for (const call of context.document.calls) {
      const match = /^(?:window\.)?(alert|confirm)$/.exec(call.callee);
      if (!match) continue;
      const text = call.parts.map((part) => part.text).join(' ');
      const dynamic = call.parts.length === 0;
      const isError = ERROR_WORDS.test(text);
      if (match[1] === 'confirm' && !isError) continue;
      context.examined();
      if (match[1] === 'alert' && !isError && !dynamic) continue;
      const calleeEnd = call.range.start + call.callee.length;
      const quoted = shorten(text);
      context.report({
        range: { start: call.range.start, end: calleeEnd },
        detail: dynamic ? `${call.callee}() shows a message only known at run time` : `${call.callee}(“${quoted}”)`,
        why: dynamic
          ? 'A browser alert stops everything and looks like the site is broken; shown in the page, the message can sit next to what it is about.'
          : `A browser alert saying “${quoted}” stops everything and looks like the site is broken; shown in the page, it can sit next to what it is about.`,
      });
    }
  },
});
