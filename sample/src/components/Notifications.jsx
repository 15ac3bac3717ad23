export function SaveStatus({ state }) {
  if (state === 'error') {
    return <div className="toast toast-error" role="alert">An error occurred</div>;
  }
  if (state === 'saved') {
    return <div role="status">Your changes are saved.</div>;
  }
  return null;
}
