import rule from '../../../../src/core/rules/feedback/disabled-without-reason.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<div><button disabled aria-describedby="why">Continue</button><p id="why">Accept the terms to continue</p></div>',
      '<div><button disabled>Continue</button><p>Fill in every field to continue</p></div>',
      '<button disabled title="Sold out">Add to basket</button>',
      '<button>Continue</button>',
      // The page's script turns the button on once it is ready (or explains why it cannot).
      '<main><p><button id="start-scan" type="button" disabled>Scan for devices</button></p><script src="scan.js"></script></main>',
    ],
    invalid: [
      { code: '<div><button ⟦disabled⟧>Continue</button></div>', details: [/“Continue” is disabled/] },
      '<form><input><button ⟦aria-disabled="true"⟧>Send</button></form>',
      '<p><input type="submit" value="Book" ⟦disabled⟧></p>',
      // An id alone, with no script on the page, does not explain anything.
      '<p><button id="next" ⟦disabled⟧>Next</button></p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button disabled={isSaving}>Save</button>;',
      'const A = () => <div><button disabled={isAddingComment}>Comment</button></div>;',
      // A section header that cannot open: nothing for the person to do.
      'const A = () => <h3><button onClick={toggle} disabled={!id}>{title}</button></h3>;',
      'const A = () => <div><button disabled={!valid}>Next</button>{!valid && <p>Choose a size first</p>}</div>;',
      'const A = () => <button disabled={!valid} aria-describedby="hint">Next</button>;',
      'const A = () => <button {...props} disabled>Next</button>;',
      // A building block passing its disabled prop through: the caller knows the reason.
      'const A = ({ disabled }) => <div><button type="button" disabled={disabled} onClick={onEdit}>Edit</button></div>;',
      'const A = ({ item }) => <div><button disabled={item.disabled}>{item.title}</button></div>;',
      'const A = ({ disabled }) => <div><div role="button" aria-disabled={disabled || undefined}>Copy</div></div>;',
      // The label is the reason, or the button is the current item.
      'const A = () => <div><button disabled={!available}>Out of stock</button></div>;',
      'const A = () => <div><button aria-label="Please select an option" aria-disabled={!variant}>Add to cart</button></div>;',
      'const A = ({ page, currentPage }) => <li><button disabled={page === currentPage}>{page}</button></li>;',
      'const A = () => <nav><button disabled={!hasPrevPage} onClick={prev}>Previous</button></nav>;',
      // The tooltip around it says why, on hover and focus.
      'const A = () => <Tooltip title={canDelete ? "" : "Only admins can delete"}><span><button disabled={!canDelete}>Delete</button></span></Tooltip>;',
      // Hidden while it is disabled: nobody meets it.
      'const A = () => <div><button disabled={!query} style={{ display: "none" }}>Clear</button></div>;',
    ],
    invalid: [
      'const A = () => <div><button ⟦disabled={!valid}⟧>Next</button></div>;',
      'const A = () => <span><button ⟦disabled⟧>Add to basket</button></span>;',
      'const A = () => <footer><button ⟦aria-disabled={!canPay}⟧>Pay</button></footer>;',
      'const A = () => <div><button ⟦disabled={!form.isDirty || hasErrors}⟧>Save</button></div>;',
      // A tooltip with nothing to say is no reason.
      'const A = () => <Tooltip><span><button ⟦disabled={!canDelete}⟧>Delete</button></span></Tooltip>;',
    ],
  },
});

// Tailwind's `invisible` hides it, where the project uses Tailwind.
testRule(rule, {
  config: { designSystems: ['tailwind'] },
  jsx: {
    valid: ['const A = () => <div><button disabled={!query} className="invisible">Clear</button></div>;'],
    invalid: [
      'const A = () => <div><button ⟦disabled={!query}⟧ className="invisible group-hover:visible">Clear</button></div>;',
    ],
  },
});
