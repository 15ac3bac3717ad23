/**
 * Error messages that say nothing specific: “Something went wrong”, “An error occurred”,
 * “Oops”, “Invalid input”, “Failed”. A message is vague when every sentence in it is a vague
 * phrase or a filler (“Please try again”, “Sorry”); one specific sentence (“Your card was
 * declined.”) makes it fine. Sentences are split on . ! ? : and line breaks, so
 * “Error: card declined” is specific. Message text comes from messageTexts.ts: text blocks,
 * message props, and strings passed to error setters and toasts.
 */
import { collectMessages, isVagueMessage, looksLikeError } from '../shared/messageTexts.js';
import { shorten } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

interface Options {
  extraVaguePhrases: string[];
  extraFillers: string[];
}

export default defineRule<Options>({
  id: 'errors/vague-message',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-recovery', 'abandonment', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-9'],
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its 2 findings on the corpus were judged noise (an error-boundary fallback for an unexpected crash and an unknown-code default.
  recommended: false,
  help: 'Say what went wrong and what the person can do about it',
  why: 'A message that does not say what happened leaves people guessing, so they give up or contact support instead of fixing the problem.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraVaguePhrases: {
        type: 'array',
        items: { type: 'string' },
        description: 'More phrases that say nothing specific on their own.',
      },
      extraFillers: {
        type: 'array',
        items: { type: 'string' },
        description: 'More phrases that add no specifics (“Please try again”).',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraVaguePhrases: [], extraFillers: [] },
  check(context) {
    const { extraVaguePhrases, extraFillers } = context.options;
    for (const message of collectMessages(context.document)) {
      if (!looksLikeError(message)) continue;
      context.examined(message.element);
      if (message.partial) continue; // run-time parts may carry the specifics
      if (!isVagueMessage(message.text, extraVaguePhrases, extraFillers)) continue;
      const quoted = shorten(message.text);
      context.report({
        range: message.range,
        detail: `“${quoted}” does not say what happened`,
        why: `“${quoted}” leaves people guessing what happened, so they give up or contact support instead of fixing it.`,
      });
    }
  },
});
