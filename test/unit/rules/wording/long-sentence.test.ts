import rule from '../../../../src/core/rules/wording/long-sentence.js';
import { testRule } from '../../helpers/ruleTester.js';

const LONG =
  'If you would like to return an item that you bought from us in the last thirty days you can do that from your account page or by calling our team on the number below';
const TWENTY_NINE =
  'If you want to return an item <a href="/r">start a return</a> from your account page or by calling our friendly team on the number below any day of the week.';

testRule(rule, {
  html: {
    valid: [
      '<p>Returns are free. Send items back within 30 days.</p>',
      `<code>${LONG}</code>`,
      '<p>One. Two. Three.</p>',
      `<p>${LONG.split(' ').slice(0, 25).join(' ')}.</p>`,
      // 29 words: within the default of 30 (reported with maxWords 25, below).
      `<p>${TWENTY_NINE}</p>`,
      // Template tags and placeholders are values filled in at run time, not words.
      '<p>{% if order.items %}{% for item in order.items %}{{ item.quantity }} × {{ item.product_name }} at {{ item.unit_price }} each{% endfor %}{% endif %} are on their way to {{ order.shipping_address.city }}, {{ order.shipping_address.postcode }}.</p>',
      '<p>Hello <%= customer.first_name %> <%= customer.last_name %>, your order <%= order.reference_number %> of <%= order.formatted_total %> ships from <%= warehouse.display_name %> in <%= warehouse.city_name %> today.</p>',
      // Code shown as text, and a script pasted in a field, are not prose.
      '<p>items.forEach((item) => { if (item.quantity > 0 && item.available) { basket.add(item.id, item.quantity, item.price); } else { basket.remove(item.id); warnings.push(item.name); } }); basket.save(); renderBasket(basket, warnings);</p>',
      `<textarea>${LONG}</textarea>`,
      `<p>Press <kbd>${LONG}</kbd> or read <samp>${LONG}</samp>.</p>`,
      // Placeholder text is there to be replaced.
      '<p>Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip.</p>',
      // Lines broken with <br> are not one sentence.
      '<p>Free returns within thirty days on every order from the shop<br>Next day delivery on orders placed before two in the afternoon<br>Gift wrapping on request</p>',
      // An aside in brackets can be skipped, and a name of several words is read as one.
      '<p>The Northern Rail Travel Card gives you a discount on every journey (including weekend trips, sleeper trains and the airport express) when you show it to the conductor.</p>',
    ],
    invalid: [
      { code: `<p>⟦${LONG}.⟧</p>`, details: [/3\d words, at most 30/] },
      `<p>Returns are free. ⟦${LONG}.⟧ Thanks.</p>`,
      `<p>⟦If you want to return an item <a href="/r">start a return</a> from your account page or by calling our friendly team on the number below on any day of the week, including bank holidays.⟧</p>`,
      // The words around a placeholder still count.
      `<p>⟦{{ customer.first_name }}, ${LONG}.⟧</p>`,
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Returns are free.</p>;',
      'const A = () => <p>{text}</p>;',
      `const A = () => <pre>${LONG}</pre>;`,
      'const A = () => <p>Go. Now.</p>;',
      `const A = () => <p>${TWENTY_NINE}</p>;`,
    ],
    invalid: [
      `const A = () => <p>⟦${LONG}.⟧</p>;`,
      `const A = () => <p>\n  ⟦${LONG}⟧\n</p>;`,
      `const A = () => <li>Hi. ⟦${LONG}!⟧</li>;`,
    ],
  },
});

// The limit is an option: with 25, the 29-word sentence is too long.
testRule(rule, {
  options: { maxWords: 25 },
  html: {
    valid: ['<p>Returns are free. Send items back within 30 days.</p>'],
    invalid: [{ code: `<p>⟦${TWENTY_NINE}⟧</p>`, details: [/29 words, at most 25/] }],
  },
  jsx: {
    valid: ['const A = () => <p>Returns are free.</p>;'],
    invalid: [`const A = () => <p>⟦${TWENTY_NINE}⟧</p>;`],
  },
});

testRule(rule, {
  catalog: {
    valid: ['{ "returns": "Returns are free." }', `{ "intro": "${TWENTY_NINE}" }`, '{ "go": "Go. Now." }'],
    invalid: [
      `{ "intro": "⟦${LONG}.⟧" }`,
      `{ "intro": { "defaultMessage": "Hi. ⟦${LONG}!⟧" } }`,
      `{ "a": { "b": "⟦${LONG}⟧" } }`,
    ],
  },
});

// A catalog string's paragraphs, written with `\n` escapes in its source, are separate sentences.
testRule(rule, {
  catalog: {
    valid: [
      '{ "export.done": "Your export of every project and every document in this workspace has finished and the file is now ready.\\n\\nWe sent a link to download it to the email address on your account and to every admin of the workspace today." }',
    ],
    invalid: [
      '{ "export.done": "⟦Your export of every project and every document in this workspace has finished and the file is now ready and we sent a link to download it to the email address on your account today.⟧" }',
    ],
  },
});
