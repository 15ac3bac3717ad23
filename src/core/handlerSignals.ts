/**
 * What the calls inside a JSX event handler signal to a person, by name: pending state,
 * feedback (toasts, status or error messages), navigation, a confirmation step or undo.
 * Names are how React code says these things (`setSubmitting(true)`, `toast.success(…)`,
 * `router.push(…)`, `confirm(…)`); shared by the feedback rules so they agree.
 */
import type { HandlerCall } from './model.js';

const PENDING_SETTER =
  /^(set[A-Z]?\w*(Pending|Loading|Submitting|Busy|Processing|Paying|Saving|Sending|InFlight|InProgress|Working|Disabled|Status)\w*|startTransition)$/;
const PENDING_STATE_ARGUMENT =
  /pending|loading|submitting|busy|processing|paying|saving|sending|inflight|inprogress|disabled/i;
const FEEDBACK_CALL =
  /(^|\.)(set\w*(Error|Message|Status|Success|Result|Done|Saved|Sent|Feedback|Notice|Alert|Toast|Complete|Completed)\w*|toast|notify|notification|showToast|showMessage|showNotification|enqueueSnackbar|addToast|addNotification|message|announce|success|error|info|warning|alert)$/;
const NAVIGATION_CALL =
  /(^|\.)(push|replace|navigate|redirect|assign|reload|href|back|refresh)$|^(navigate|redirect|router\.\w+|history\.\w+)$/;
const CONFIRMATION_CALL = /confirm|dialog|modal|prompt|undo|setOpen|setShow|setIs\w*Open|showModal|open\w*Dialog|ask/i;

export function setsPendingState(calls: readonly HandlerCall[]): boolean {
  return calls.some(
    (call) =>
      PENDING_SETTER.test(call.callee) ||
      (/(^|\.)setState$/.test(call.callee) && PENDING_STATE_ARGUMENT.test(call.firstArgument ?? '')),
  );
}

export function givesFeedback(calls: readonly HandlerCall[]): boolean {
  return calls.some((call) => FEEDBACK_CALL.test(call.callee) || NAVIGATION_CALL.test(call.callee));
}

/** A confirmation step before, or an undo after (a toast with an “Undo” action counts). */
export function asksForConfirmation(calls: readonly HandlerCall[]): boolean {
  return calls.some((call) => CONFIRMATION_CALL.test(call.callee) || /\bundo\b/i.test(call.argumentsText));
}
