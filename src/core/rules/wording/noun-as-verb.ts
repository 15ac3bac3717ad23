/**
 * One-word nouns used as verbs: “Login to your workspace”, “Please login”, “Setup your
 * account”, “Backup your changes”. *Login*, *setup* and *backup* are nouns (the login page, the
 * setup); the verbs are two words (log in, set up, back up), as every major style guide has it
 * (Microsoft, Google, Apple). The finding sits on the word and its quick fix writes the verb.
 *
 * Only uses that read as verbs are reported, because the nouns are right: the word after
 * “please”, after “unable/need/how/try… to”, at the start of a sentence or after “or”/“and”
 * when an object or “to”/“with” follows (“Login to Redash”, “or login to continue”, “Setup your
 * workspace”). Left alone: the nouns (“Last login”, “Back to login”, “the setup”, “Login
 * page”), a word followed by a noun it qualifies (“Login details”), code and placeholders
 * (proseSentences.ts).
 */
import { proseOf, sourceRange } from '../shared/proseSentences.js';
import { matchCase } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

/** One-word nouns and the two-word verbs they stand in for. */
const VERBS: Readonly<Record<string, string>> = {
  login: 'log in',
  logon: 'log on',
  logout: 'log out',
  signin: 'sign in',
  signup: 'sign up',
  setup: 'set up',
  backup: 'back up',
  cleanup: 'clean up',
  lookup: 'look up',
  shutdown: 'shut down',
};

const WORD = new RegExp(`(?<![\\p{L}\\p{N}_./#@-])(${Object.keys(VERBS).join('|')})(?![\\p{L}\\p{N}_/@-])`, 'giu');
/** What comes right before a verb: “please login”, “unable to login”, “you can login”. */
const VERB_BEFORE =
  /(?:\bplease|\b(?:unable|failed|need|needs|want|wants|able|how|try|trying|have|has|forgot|allowed|remember) to|\b(?:you|we|they|I|can|cannot|can['’]t|could ?n['’]?t|will|won['’]t|must|should)|\blet['’]?s)\s+$/i;
/** What follows a verb: “login to…”, “login with…”, “setup your…”. */
const VERB_AFTER =
  /^\s+(?:to|with|using|via|again|first|now|your|the|a|an|this|these|those|my|our|their|its|it|them|all|each|every|any)\b/i;
/** Where a sentence or a clause starts: nothing before, or “…, or” / “and”. */
const CLAUSE_START = /(?:^|[.!?:;]\s+|\b(?:or|and|then)\s+)$/i;

export default defineRule({
  id: 'wording/noun-as-verb',
  area: 'wording',
  lens: 'UX',
  metrics: ['comprehension', 'brand-perception'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language'],
  languages: ['html', 'jsx', 'catalog'],
  defaultOptions: {},
  help: 'Write the verb as two words: log in, set up, back up',
  why: 'Login and setup are nouns; used as verbs they read as a slip, and careful readers trust the product a little less.',
  check(context) {
    const { document } = context;
    for (const { message, sentences, filler } of proseOf(document)) {
      if (filler) continue;
      context.examined(message.element);
      for (const sentence of sentences) {
        const text = sentence.text;
        for (const match of text.matchAll(WORD)) {
          const before = text.slice(0, match.index);
          const after = text.slice(match.index + match[0].length);
          const verb = VERB_BEFORE.test(before) || (CLAUSE_START.test(before) && VERB_AFTER.test(after));
          const range = verb ? sourceRange(sentence, match.index, match[0].length) : undefined;
          if (!range) continue;
          const found = match[0];
          const newText = matchCase(found, VERBS[found.toLowerCase()]!);
          context.report({
            range,
            detail: `“${found}” → “${newText}”`,
            fix: { title: `Write “${newText}”`, edits: [{ range, newText }], safe: true },
            why: `“${found}” is a noun; the verb is “${newText.toLowerCase()}”, and a slip like this in a ${
              message.source === 'catalog' ? 'message' : 'screen'
            } makes careful readers trust the product a little less.`,
          });
        }
      }
    }
  },
});
