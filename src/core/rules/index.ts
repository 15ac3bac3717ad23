/**
 * The rule registry: an explicit, ordered list. Nothing else in the code knows rule names;
 * the meta-test checks this list against the rule files, the docs pages and the config schema.
 */
import type { AnyRule } from './types.js';
import { axeRules } from './a11y/axe.js';
import { PAGE_AXE_RULES } from '../axe/catalogue.js';
import highStakesActionWithoutPendingState from './feedback/high-stakes-action-without-pending-state.js';
import asyncHandlerWithoutFeedback from './feedback/async-handler-without-feedback.js';
import missingStatusRegion from './feedback/missing-status-region.js';
import destructiveActionWithoutConfirmation from './feedback/destructive-action-without-confirmation.js';
import placeholderLink from './feedback/placeholder-link.js';
import clickableNonInteractive from './feedback/clickable-non-interactive.js';
import formWithoutSubmit from './feedback/form-without-submit.js';
import disabledWithoutReason from './feedback/disabled-without-reason.js';
import vagueMessage from './errors/vague-message.js';
import noRecoveryHint from './errors/no-recovery-hint.js';
import technicalJargon from './errors/technical-jargon.js';
import blamingOrHostileTone from './errors/blaming-or-hostile-tone.js';
import notLinkedToField from './errors/not-linked-to-field.js';
import notAnnounced from './errors/not-announced.js';
import placeholderAsLabel from './errors/placeholder-as-label.js';
import inputPurposeUnclear from './errors/input-purpose-unclear.js';
import blockingAlert from './errors/blocking-alert.js';
import swallowedFailure from './errors/swallowed-failure.js';
import labelForUnknownId from './errors/label-for-unknown-id.js';
import readingGrade from './wording/reading-grade.js';
import longSentence from './wording/long-sentence.js';
import jargon from './wording/jargon.js';
import ambiguousLinkText from './wording/ambiguous-link-text.js';
import vagueActionLabel from './wording/vague-action-label.js';
import shouting from './wording/shouting.js';
import inconsistentTerms from './wording/inconsistent-terms.js';
import unexplainedAbbreviation from './wording/unexplained-abbreviation.js';
import nounAsVerb from './wording/noun-as-verb.js';
import headingSkip from './navigation/heading-skip.js';
import pageH1 from './navigation/page-h1.js';
import missingLandmarks from './navigation/missing-landmarks.js';
import menuTooLong from './navigation/menu-too-long.js';
import menuTooDeep from './navigation/menu-too-deep.js';
import noCurrentLocation from './navigation/no-current-location.js';
import missingSkipLink from './navigation/missing-skip-link.js';
import sameTextDifferentTarget from './navigation/same-text-different-target.js';
import pageTitle from './navigation/page-title.js';
import noBreadcrumbDeepPage from './navigation/no-breadcrumb-deep-page.js';

export const rules: readonly AnyRule[] = [
  highStakesActionWithoutPendingState,
  asyncHandlerWithoutFeedback,
  missingStatusRegion,
  destructiveActionWithoutConfirmation,
  placeholderLink,
  clickableNonInteractive,
  formWithoutSubmit,
  disabledWithoutReason,
  vagueMessage,
  noRecoveryHint,
  technicalJargon,
  blamingOrHostileTone,
  notLinkedToField,
  notAnnounced,
  placeholderAsLabel,
  inputPurposeUnclear,
  blockingAlert,
  swallowedFailure,
  labelForUnknownId,
  readingGrade,
  longSentence,
  jargon,
  ambiguousLinkText,
  vagueActionLabel,
  shouting,
  inconsistentTerms,
  unexplainedAbbreviation,
  nounAsVerb,
  ...axeRules,
  headingSkip,
  pageH1,
  missingLandmarks,
  menuTooLong,
  menuTooDeep,
  noCurrentLocation,
  missingSkipLink,
  sameTextDifferentTarget,
  pageTitle,
  noBreadcrumbDeepPage,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);

/**
 * axe rule id → the rule of ours that supersedes it (its `supersedes`), and whether they are
 * page-level twins: an axe rule judged only on full pages (title, h1, main, skip link) asks a
 * question of the whole page, so ours answers it wherever it ran on the file.
 */
export const twins: ReadonlyMap<string, { readonly rule: string; readonly pageLevel: boolean }> = new Map(
  rules.flatMap((rule) =>
    (rule.supersedes ?? []).map((axeId) => {
      const page = PAGE_AXE_RULES.find((spec) => `a11y/${spec.id}` === axeId);
      return [axeId, { rule: rule.id, pageLevel: page?.page === true }] as const;
    }),
  ),
);
