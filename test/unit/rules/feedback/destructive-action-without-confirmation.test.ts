import rule from '../../../../src/core/rules/feedback/destructive-action-without-confirmation.js';
import assert from 'node:assert/strict';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<form method="post" data-turbo-confirm="Delete this address?"><button>Delete address</button></form>',
      '<button onclick="if (confirm(\'Remove item?\')) remove()">Remove item</button>',
      '<button popovertarget="confirm-delete">Delete account</button>',
      '<dialog><form method="dialog"><button>Delete</button></form></dialog>',
      '<button>Save address</button>',
    ],
    invalid: [
      {
        code: '<form method="post"><⟦button⟧>Delete address</button></form>',
        details: [/“Delete address” acts at once/],
      },
      '<⟦button⟧ type="button" onclick="removeItem(3)">Remove</button>',
      '<⟦input⟧ type="submit" value="Cancel subscription">',
      '<⟦a⟧ href="/x" onclick="wipe()">Clear all</a>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button onClick={() => { if (window.confirm("Delete?")) remove(); }}>Delete</button>;',
      'const A = () => <button onClick={() => setShowDeleteDialog(true)}>Delete account</button>;',
      'const A = () => <button onClick={onDelete}>Delete</button>;',
      'const A = () => <Modal><button onClick={() => remove(id)}>Delete</button></Modal>;',
      'function A() { function remove() { deleteItem(id); toast("Removed", { action: { label: "Undo", onClick: undo } }); } return <button onClick={remove}>Remove</button>; }',
    ],
    invalid: [
      'const A = () => <⟦button⟧ onClick={() => deleteAccount()}>Delete account</button>;',
      'function A() { async function discard() { await api.discard(draft.id); } return <⟦button⟧ onClick={discard}>Discard draft</button>; }',
      'const A = () => <form onSubmit={(e) => { e.preventDefault(); cancelPlan(); }}><⟦button⟧ type="submit">Cancel subscription</button></form>;',
      'const A = () => <⟦Button⟧ onClick={() => removeAll()}>Remove all</Button>;',
    ],
  },
  config: { components: { Button: 'button' } },
});

describe('feedback/destructive-action-without-confirmation: why, in the button’s own words', () => {
  it('should name the action in front of the person', () => {
    const [finding] = lintWithRule(
      rule,
      '<button type="button" onclick="dropAlbum(2)">Delete album</button>',
      'html',
      {},
    ).findings;
    assert.equal(
      finding?.why,
      'One slip on “Delete album” cannot be taken back: nothing asks first and nothing offers undo.',
    );
  });
});
