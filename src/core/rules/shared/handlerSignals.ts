/**
 * What an element and the calls inside its JSX event handler signal to a person, by name:
 * pending state, feedback (toasts, status or error messages), navigation, a confirmation step
 * or undo, closing an overlay, or nothing at all (a handler that only stops the event). Names
 * are how React code says these things (`setSubmitting(true)`, `toast.success(…)`,
 * `router.push(…)`, `confirm(…)`, `<LoadingButton loading={…}>`); shared by the feedback rules
 * so they agree.
 */
import { type HandlerCall, type HandlerSummary, type UiElement } from '../../model.js';

const PENDING_SETTER =
  /^(set[A-Z]?\w*(Pending|Loading|Submitting|Busy|Processing|Paying|Saving|Sending|InFlight|InProgress|Working|Disabled|Status|Spinner|Spinning|Loader|Progress)\w*|startTransition)$/;
/**
 * `setRemoving(true)`, `setIsDeleting(true)`: a flag named for work under way (a verb in -ing)
 * swaps in a spinner or disables the control. Not the modes a person is in (editing, dragging,
 * hovering, selecting…), which say nothing about work.
 */
const WORK_UNDER_WAY_SETTER = /^(this\.)?set(Is)?([A-Z][a-z]+ing)([A-Z]\w*)?$/;
const MODE_WORDS = new Set([
  'Editing',
  'Hovering',
  'Dragging',
  'Showing',
  'Typing',
  'Focusing',
  'Scrolling',
  'Resizing',
  'Expanding',
  'Collapsing',
  'Selecting',
  'Renaming',
  'Adding',
  'Opening',
  'Viewing',
  'Searching',
  'Filtering',
  'Sorting',
  'Playing',
  'Recording',
]);
/** The system's own file or folder picker, which is the feedback: `showOpenDialog`, `browseDirectory()`. */
const FILE_PICKER_CALL =
  /(^|\.)(showOpenDialog|showSaveDialog|showDirectoryPicker|showOpenFilePicker|showSaveFilePicker|browse(Directory|Folder|Files?)\w*|pick(File|Files|Folder|Directory)\w*)$/;
const PENDING_STATE_ARGUMENT =
  /pending|loading|submitting|busy|processing|paying|saving|sending|inflight|inprogress|disabled/i;
/** Setters whose state is a message people read: an error, a result, a “Saved”. */
const MESSAGE_SETTER =
  /^(this\.)?set(\w*?)(Error|Errors|Message|Status|Success|Result|Results|Done|Saved|Sent|Copied|Feedback|Notice|Alert|Toast|Complete|Completed|Output|Response)$/;
/** Toasts, snackbars, notifications, announcements: `toast.success`, `enqueueSnackbar`, `notify`. */
const NOTIFY_CALL = /(^|\.)\w*([Tt]oast|[Ss]nackbar|[Nn]otif|[Aa]nnounce|[Ff]lash)\w*(\.\w+)?$|(^|\.)message\.\w+$/;
const FEEDBACK_CALL =
  /(^|\.)(set\w*(Error|Message|Status|Success|Result|Done|Saved|Sent|Copied|Feedback|Notice|Alert|Toast|Complete|Completed)\w*|show\w*(Message|Error|Success|Alert|Banner|Status|Feedback)|message|success|error|info|warning|warn|alert|open)$/;
/** Components that render messages into a live region: `<Toaster>`, `<SnackbarProvider>`, `<Alert>`. */
export const STATUS_COMPONENT =
  /toast|snackbar|notification|notifier|alert|status|flash|announcer|banner|notice|callout|feedback/i;
const MESSAGE_STATE_ARGUMENT = /error|message|status|success|result|notice|feedback|toast/i;
const NAVIGATION_CALL =
  /(^|\.)(push|replace|navigate\w*|redirect\w*|goto\w*|goTo\w*|assign|reload|href|back|refresh)$|^(navigate|redirect|router\.\w+|history\.\w+)/;
const CONFIRMATION_CALL = /confirm|dialog|modal|prompt|undo|setOpen|setShow|setIs\w*Open|showModal|open\w*Dialog|ask/i;
const STOP_EVENT = /(^|\.)(preventDefault|stopPropagation|stopImmediatePropagation|persist)$/;
/** A handler named for what it does when it only stops the event (`onClick={stopPropagation}`). */
const STOP_EVENT_NAME = /^(stop|prevent|cancel)(Event|Propagation|Bubbling|Bubble|Default|Click)\w*$/;
const CLOSE_CALL =
  /(^|\.)(on)?(close|dismiss|hide|cancel|exit)\w*$|^(set\w*(Open|Show|Shown|Visible|Expanded|Active))$/i;
const CLOSE_ARGUMENT = /^(false|null|undefined)$/;

/**
 * Props and attributes that show or enforce a pending state when bound: HTML's own, Rails /
 * Turbo's, and the loading props of design-system buttons (`loading`, `isLoading`, MUI's
 * `LoadingButton`, a `transitionState` or `*ButtonState` of confirm buttons and save bars).
 */
const PENDING_PROPS = new Set([
  'disabled',
  'aria-disabled',
  'aria-busy',
  'loading',
  'isloading',
  'pending',
  'ispending',
  'busy',
  'isbusy',
  'submitting',
  'issubmitting',
  'processing',
  'isprocessing',
  'saving',
  'issaving',
  'inprogress',
  'data-disable-with',
  'data-turbo-submits-with',
  'data-loading',
  'transitionstate',
]);
const PENDING_PROP_NAME = /^\w*(button|bar)state$/;

/** Components named for a pending state they show themselves (`LoadingButton`, `StatefulButton`). */
const PENDING_COMPONENT =
  /(Loading|Stateful|Async|Progress|Spinner|Busy|Pending)\w*(Button|Action|Link)?$|^(Confirm|Submit|Save)\w*Button$/;

export function setsPendingState(calls: readonly HandlerCall[]): boolean {
  return calls.some(
    (call) =>
      PENDING_SETTER.test(call.callee) ||
      startsWork(call) ||
      (/(^|\.)setState$/.test(call.callee) && PENDING_STATE_ARGUMENT.test(call.firstArgument ?? '')),
  );
}

function startsWork(call: HandlerCall): boolean {
  const match = WORK_UNDER_WAY_SETTER.exec(call.callee);
  return match !== null && !MODE_WORDS.has(match[3]!) && call.firstArgument?.trim() === 'true';
}

/** Calls that only record that something happened: `logUpgradeClick()`, `trackEvent(…)`, `console.log`. */
const TRACKING_CALL =
  /(^|\.)(log|track|report)([A-Z_]\w*)?$|^(console|analytics)\.|(^|\.)(gtag|sendTrack\w*|send\w*Event)$/;

/**
 * A handler that moves to another page and does nothing else but record the click
 * (`() => { logUpgradeClick(); location.replace(upgradeUrl); }`): what it leads to happens on
 * that page. A handler that pays and then moves on (`await pay(); router.push("/thanks")`) is
 * not one.
 */
export function onlyNavigates(calls: readonly HandlerCall[]): boolean {
  return (
    calls.some((call) => NAVIGATION_CALL.test(call.callee)) &&
    calls.every((call) => NAVIGATION_CALL.test(call.callee) || TRACKING_CALL.test(call.callee))
  );
}

/** A toast, notification, message or status update, a move to another page, or the system's file picker. */
export function givesFeedback(calls: readonly HandlerCall[]): boolean {
  return calls.some(
    (call) =>
      notifies(call.callee) ||
      (FEEDBACK_CALL.test(call.callee) && !call.callee.startsWith('console.')) ||
      NAVIGATION_CALL.test(call.callee) ||
      FILE_PICKER_CALL.test(call.callee) ||
      (/(^|\.)setState$/.test(call.callee) && MESSAGE_STATE_ARGUMENT.test(call.firstArgument ?? '')),
  );
}

/** A toast, snackbar or notification call, which design systems render into a live region. */
export function notifies(callee: string): boolean {
  return NOTIFY_CALL.test(callee);
}

/** A confirmation step before, or an undo after (a toast with an “Undo” action counts). */
export function asksForConfirmation(calls: readonly HandlerCall[]): boolean {
  return calls.some((call) => CONFIRMATION_CALL.test(call.callee) || /\bundo\b/i.test(call.argumentsText));
}

/** An attribute or prop on the element that shows or enforces a pending state, when bound. */
export function showsPendingState(element: UiElement): boolean {
  if (element.isComponent && PENDING_COMPONENT.test(element.name)) return true;
  return element.attributes.some(
    (attribute) => PENDING_PROPS.has(attribute.key) || PENDING_PROP_NAME.test(attribute.key),
  );
}

/**
 * A handler that only stops the event from bubbling or doing its default (`e.stopPropagation()`):
 * it keeps a click inside a menu or card, it is not an action people take.
 */
export function onlyStopsEvent(handler: HandlerSummary | undefined): boolean {
  if (!handler) return false;
  if (handler.name !== undefined && STOP_EVENT_NAME.test(handler.name)) return true;
  return handler.resolved && handler.calls.length > 0 && handler.calls.every((call) => STOP_EVENT.test(call.callee));
}

/** The handler closes or hides something (`onClose()`, `setOpen(false)`, `dismiss()`). */
export function closesSomething(handler: HandlerSummary | undefined): boolean {
  if (!handler) return false;
  if (handler.name !== undefined && /^(on|handle)?(close|dismiss|hide|cancel)/i.test(handler.name)) return true;
  return handler.calls.some(
    (call) =>
      CLOSE_CALL.test(call.callee) &&
      (!/^set/i.test(call.callee.replace(/^this\./, '')) || CLOSE_ARGUMENT.test((call.firstArgument ?? '').trim())),
  );
}

/**
 * The state names a handler writes a message or result into: `setMessage("Saved")` → `message`,
 * `setSaveError(e)` → `saveError`. A file that renders `{message}` shows the result there.
 */
export function messageStateNames(calls: readonly HandlerCall[]): string[] {
  const names: string[] = [];
  for (const call of calls) {
    const match = MESSAGE_SETTER.exec(call.callee);
    if (!match) continue;
    const name = `${match[2] ?? ''}${match[3]}`;
    names.push(name.charAt(0).toLowerCase() + name.slice(1));
  }
  return names;
}
