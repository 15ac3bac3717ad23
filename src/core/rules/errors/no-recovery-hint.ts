/**
 * An error message that says what failed but not what to do next: “Your card was declined.”
 * A message passes when it names a next step: a sentence that opens with an instruction (“Try
 * another card”, “Please check your email”), a next-step phrase (“you can”, “contact us”,
 * “try again”, “we'll email you”), or a link or button inside the message or in the element
 * right after it. The paragraphs of one error container (a panel with a heading, what happened
 * and what to do) are judged together: a next step or a link anywhere in it serves them all. Vague
 * messages are left to errors/vague-message, so one message gets one finding. Messages with
 * run-time parts (`${reason}`) are trusted.
 */
import type { UiElement } from '../../model.js';
import {
  collectMessages,
  errorContainerOf,
  isVagueMessage,
  looksLikeError,
  type MessageText,
} from '../shared/messageTexts.js';
import { phrasePattern, shorten } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

/** Verbs that start an instruction: “Try another card”, “Check your email”. */
const IMPERATIVE_VERBS = new Set([
  'try',
  'retry',
  'check',
  'enter',
  're-enter',
  'use',
  'choose',
  'select',
  'pick',
  'contact',
  'call',
  'email',
  'ask',
  'make',
  'ensure',
  'update',
  'sign',
  'log',
  'refresh',
  'reload',
  'go',
  'reset',
  'wait',
  'add',
  'remove',
  'change',
  'fix',
  'visit',
  'click',
  'tap',
  'verify',
  'confirm',
  'upload',
  'correct',
  'type',
  'fill',
  'complete',
  'provide',
  'request',
  'resend',
  'open',
  'allow',
  'turn',
  'install',
  'restart',
  'come',
  'read',
  'see',
  'review',
  'save',
  'create',
  'give',
  'write',
  'keep',
  'include',
  'shorten',
  'pay',
  'book',
  'start',
  'return',
  'let',
  'press',
  'navigate',
  'search',
  'switch',
  'clear',
  'edit',
  'rename',
  'delete',
  'copy',
  'paste',
  'drag',
  'drop',
  'finish',
  'reassign',
  'assign',
  'unlink',
  'move',
  'enable',
  'disable',
  'upgrade',
  'invite',
  'connect',
]);

/**
 * A message that only reports that an operation failed (“Couldn't send the invite”, “Unable to
 * upload the logo”, “Failed to copy”, “Payment failed”, “Error creating comment”, “There was an
 * error loading this course”, “An error occurred while deleting the survey”): trying again
 * is the obvious next step, and on real apps their owners leave them as they are. A reason
 * (“…failed because the file is too large”) or a state to change (“Your card was declined”) is judged.
 */
const OPERATION_FAILED = new RegExp(
  [
    // “Couldn't send the invite”, “Unable to upload the logo”, “Error creating comment”
    /^(sorry,? )?(we )?(could ?n['’]?t|could not|were unable to|unable to|failed to|error) [^.!?:;]*[.!]?$/.source,
    // “Payment failed”
    /^[^.!?:;]{1,40}\bfailed[.!]?$/.source,
    // “There was an error loading this course”, “An error occurred while deleting the survey”
    /^(sorry,? )?(there was|there's been|there has been|we hit|we ran into|an?) (an? )?(error|problem|issue)( occurred)? (while |when )?[a-z]+ing\b[^.!?:;]*[.!]?$/
      .source,
  ].join('|'),
  'i',
);

/**
 * A message that states the rule a value must follow says what to enter: “Reason is
 * required”, “Amount must be higher than 0”, “Cut-off date cannot be more than 30 days in the
 * past”, “Name can only contain letters”, “Only lowercase letters allowed”, “Only draft
 * orders can be edited”, “This code already exists”.
 */
const STATES_REQUIREMENT =
  /\b(is|are) required\b|\b(must|should|needs? to|has to|have to)\b|\bcan(not|['’]t| not) be (empty|blank|more|less|lower|higher|greater|longer|shorter|earlier|later|before|after|in the past|in the future|negative|zero|both)\b|\bcan only\b|^only\b[^.!?]*\bcan\b|\bonly\b[^.!?]*\ballowed\b|\balready (exists?|in use|taken)\b|\b(at least|at most|no more than|no less than|up to) \d/i;

/** Phrases that name a next step anywhere in a message. */
const NEXT_STEP_PHRASES = [
  'try again',
  'you can',
  'you could',
  'you need to',
  "you'll need to",
  'you will need to',
  'make sure',
  'contact us',
  'contact support',
  'call us',
  'email us',
  'get in touch',
  'help centre',
  'help center',
  'go back',
  'we will',
  "we'll",
  'we are looking into',
  "we're looking into",
  'in a few minutes',
  'later today',
  'should work',
  'ask your',
  'try to',
  'try using',
  'try clearing',
];
interface Options {
  extraRecoveryWords: string[];
}

export default defineRule<Options>({
  id: 'errors/no-recovery-hint',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-recovery', 'abandonment', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-9'],
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended: on real code most messages it finds are toasts for a failed
  // request, where trying again is the obvious next step (see the doc, “What it leaves alone”).
  recommended: false,
  help: 'Tell people what to do next to fix it',
  why: 'A message that only says what failed leaves people stuck; a next step turns an error into a short detour.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraRecoveryWords: {
        type: 'array',
        items: { type: 'string' },
        description: 'More phrases that name a next step anywhere in a message.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraRecoveryWords: [] },
  check(context) {
    const nextStep = phrasePattern([...NEXT_STEP_PHRASES, ...context.options.extraRecoveryWords]);
    const containsAction = actionsWithin(context.document.elements);
    const nextSiblingOffersAction = (element: UiElement) => {
      const siblings = element.parent?.children.filter((child): child is UiElement => child.type === 'element') ?? [];
      const next = siblings[siblings.indexOf(element) + 1];
      return next !== undefined && (next.tag === 'a' || next.tag === 'button' || containsAction(next));
    };
    const offersNextStep = (message: MessageText) =>
      nextStep.test(message.text) ||
      startsWithInstruction(message.text) ||
      STATES_REQUIREMENT.test(message.text) ||
      (message.element !== undefined &&
        message.source === 'text' &&
        (containsAction(message.element) || nextSiblingOffersAction(message.element)));
    const messages = collectMessages(context.document);
    // A panel of several paragraphs (GOV.UK's “There is a problem with the service”) is one
    // message: a next step, or a link, anywhere in its error container serves them all.
    const helpful = new Set<UiElement>();
    for (const message of messages) {
      const chain = containersOf(message);
      if (chain.length === 0) continue;
      const offers = offersNextStep(message);
      for (const container of chain) if (offers || containsAction(container)) helpful.add(container);
    }
    for (const message of messages) {
      if (!looksLikeError(message) || message.partial) continue;
      if (message.text.split(/\s+/).length < 2) continue;
      // A prop or callee that does not carry messages (a catalog string is judged by looksLikeError).
      if (
        message.source !== 'catalog' &&
        message.via &&
        !/error|message|fail|alert|toast|notify|warn|helper/i.test(message.via)
      )
        continue;
      context.examined(message.element);
      if (isVagueMessage(message.text) || offersNextStep(message)) continue;
      if (OPERATION_FAILED.test(message.text.trim()) && !/\b(because|since|as)\b/i.test(message.text)) continue;
      if (containersOf(message).some((container) => helpful.has(container))) continue;
      const quoted = shorten(message.text);
      context.report({
        range: message.range,
        detail: `“${quoted}” says what failed, not what to do`,
        why: `“${quoted}” says what failed but not what to do next, so people are stuck at the moment they need a way forward.`,
      });
    }
  },
});

/** The error containers a text message sits in, nearest first (`<p class="error-text">` in a panel). */
function containersOf(message: MessageText): UiElement[] {
  const chain: UiElement[] = [];
  if (message.source !== 'text') return chain;
  for (let container = errorContainerOf(message.element); container; container = errorContainerOf(container.parent))
    chain.push(container);
  return chain;
}

/**
 * A sentence or clause that opens with an instruction (“Please check…”, “Try another card”,
 * “Do not include http”,
 * “Rule has errors, open it to see them”, “Finish them now or come back later”), or a
 * “please” followed by what to do anywhere (“If it continues, please clear the cache”).
 */
function startsWithInstruction(text: string): boolean {
  if (/\bplease\s+[a-z]{2,}/i.test(text)) return true;
  return (
    text
      .split(/[.!?;:,\n]+|\s[-–—]\s|\sor\s/)
      .map((sentence) =>
        sentence
          .trim()
          .toLowerCase()
          .replace(/^(please|then|or|and)\s+/, '')
          // “Do not include http”: an instruction too.
          .replace(/^(do not|don['’]t|never)\s+/, ''),
      )
      // “Save failed” names what failed: its first word is a noun, not an instruction.
      .some((sentence) => {
        const [first = '', second = ''] = sentence.split(/[\s,]+/);
        return IMPERATIVE_VERBS.has(first) && !/^(failed|failure|errors?|problem)$/.test(second);
      })
  );
}

/**
 * Whether an element holds a link, a button or a component (which may render one), for every
 * element at once: children are answered before their parents (elements are in document order),
 * so nested error containers cost one pass, not one walk each.
 */
function actionsWithin(elements: readonly UiElement[]): (element: UiElement) => boolean {
  const holds = new Set<UiElement>();
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!;
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tag === 'a' || child.tag === 'button' || child.isComponent || holds.has(child)) {
        holds.add(element);
        break;
      }
    }
  }
  return (element) => holds.has(element);
}
