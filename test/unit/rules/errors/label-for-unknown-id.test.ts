import rule from '../../../../src/core/rules/errors/label-for-unknown-id.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<label for="email">Email</label><input id="email" type="email">',
      '<label>Email <input type="email"></label>',
      // Ids filled in by a template may be anything.
      '<label for="name">Name</label><input id="{{ field.id }}">',
      // A script on the page that names the id may create the field.
      '<label for="city">City</label><div id="slot"></div><script>slot.append(Object.assign(document.createElement("input"), { id: "city" }));</script>',
      // A caption over a value shown read-only: no field is left without a name.
      '<div class="field"><label for="account-id">Account ID</label><span class="value">8f3a-22</span></div>',
    ],
    invalid: [
      {
        code: '<label ⟦for="emial"⟧>Email</label><input id="email">',
        details: [/no element has id="emial"/],
      },
      {
        code: '<label ⟦for="phone"⟧>Phone</label><input name="phone" type="tel">',
        details: [/the field named “phone” has no id/],
        fixed: '<label for="phone">Phone</label><input id="phone" name="phone" type="tel">',
      },
      {
        code: '<ul><li><input type="checkbox" id="gift"><label ⟦for="gifts"⟧>Gift wrap</label></li></ul>',
        details: [/did you mean “gift”\?/],
        fixed: '<ul><li><input type="checkbox" id="gift"><label for="gift">Gift wrap</label></li></ul>',
      },
    ],
  },
  jsx: {
    valid: [
      'const A = () => <><label htmlFor="qty">Quantity</label><input id="qty" /></>;',
      'const A = () => <><label htmlFor="qty">Quantity</label><input id={id} /></>;',
      'const A = () => <><label htmlFor="qty">Quantity</label><input {...field} /></>;',
      // A component given the same value may render the id itself.
      'const A = () => <><label htmlFor="size">Size</label><Select inputId="size" /></>;',
      // Captions over values shown read-only.
      'const A = ({ role }) => <div><label htmlFor="role-created-at">Created</label><Badge>{role.createdAt}</Badge></div>;',
      'const A = ({ email }) => <div className="field"><label htmlFor="member-email">Email</label><div><span>{email}</span><LockIcon /></div></div>;',
    ],
    invalid: [
      {
        code: 'const A = () => <><label ⟦htmlFor="nmae"⟧>Name</label><input id="name" /></>;',
        details: [/did you mean “name”\?/],
      },
      'const A = () => <form><label ⟦htmlFor="qty"⟧>Quantity</label><input id="quantity" type="number" /></form>;',
      // A field component beside it (a slider, a tag input) is left with no name.
      'const A = () => <div className="form-group"><label ⟦htmlFor="organisationName"⟧>Logs a day</label><div><Slider min={0} max={100} /></div></div>;',
      'const A = () => <div><label ⟦htmlFor="allowed-groups"⟧>Allowed groups</label><EmailTagInput value={groups} /></div>;',
      {
        code: 'const A = () => <div><label ⟦htmlFor="size"⟧>Size</label><select name="size"></select></div>;',
        fixed: 'const A = () => <div><label htmlFor="size">Size</label><select id="size" name="size"></select></div>;',
      },
    ],
  },
});
