/**
 * The rule registry: an explicit, ordered list. Nothing else in the code knows rule names;
 * the meta-test checks this list against the rule files, the docs pages and the config schema.
 */
import type { AnyRule } from './types.js';
import highStakesActionWithoutPendingState from './feedback/high-stakes-action-without-pending-state.js';
import placeholderLink from './feedback/placeholder-link.js';
import vagueMessage from './errors/vague-message.js';
import notLinkedToField from './errors/not-linked-to-field.js';
import jargon from './wording/jargon.js';
import ambiguousLinkText from './wording/ambiguous-link-text.js';
import headingSkip from './navigation/heading-skip.js';
import pageTitle from './navigation/page-title.js';

export const rules: readonly AnyRule[] = [
  highStakesActionWithoutPendingState,
  placeholderLink,
  vagueMessage,
  notLinkedToField,
  jargon,
  ambiguousLinkText,
  headingSkip,
  pageTitle,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
