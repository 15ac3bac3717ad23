/**
 * One failing and one passing HTML example per live axe rule; the expected range (the failing
 * element's tag name) is marked ⟦ ⟧. JSX cases are derived from the same markup (className,
 * htmlFor, tabIndex, self-closing void elements), so both languages are tested alike.
 */
export const AXE_CASES: Readonly<Record<string, { fail: string; pass: string }>> = {
  'aria-allowed-attr': {
    fail: '<⟦div⟧ aria-checked="true">x</div>',
    pass: '<div role="checkbox" aria-checked="true" tabindex="0">x</div>',
  },
  'aria-allowed-role': {
    fail: '<⟦h1⟧ role="button">Title</h1>',
    pass: '<ul role="menu"><li role="menuitem">A</li></ul>',
  },
  'aria-command-name': {
    fail: '<⟦div⟧ role="button" tabindex="0"></div>',
    pass: '<div role="button" tabindex="0">Save</div>',
  },
  'aria-conditional-attr': {
    fail: '<input type="checkbox" ⟦aria-checked⟧="true">'.replace(
      '<input type="checkbox" ⟦aria-checked⟧',
      '<⟦input⟧ type="checkbox" aria-checked',
    ),
    pass: '<input type="checkbox" checked>',
  },
  'aria-deprecated-role': {
    fail: '<⟦div⟧ role="directory">x</div>',
    pass: '<div role="list"><div role="listitem">x</div></div>',
  },
  'aria-dialog-name': {
    fail: '<⟦div⟧ role="dialog">Saved</div>',
    pass: '<div role="dialog" aria-label="Saved">Saved</div>',
  },
  'aria-input-field-name': {
    fail: '<⟦div⟧ role="combobox"></div>',
    pass: '<div role="combobox" aria-label="Country" aria-expanded="false"></div>',
  },
  'aria-meter-name': {
    fail: '<⟦div⟧ role="meter" aria-valuenow="3"></div>',
    pass: '<div role="meter" aria-valuenow="3" aria-label="Stock"></div>',
  },
  'aria-progressbar-name': {
    fail: '<⟦div⟧ role="progressbar" aria-valuenow="3"></div>',
    pass: '<div role="progressbar" aria-valuenow="3" aria-label="Upload"></div>',
  },
  'aria-prohibited-attr': {
    fail: '<⟦div⟧ aria-label="Photo">x</div>',
    pass: '<div role="img" aria-label="Photo"></div>',
  },
  'aria-required-attr': {
    fail: '<⟦div⟧ role="checkbox" tabindex="0">x</div>',
    pass: '<div role="checkbox" aria-checked="false" tabindex="0">x</div>',
  },
  'aria-required-children': {
    fail: '<⟦div⟧ role="list"><span>x</span></div>',
    pass: '<div role="list"><div role="listitem">x</div></div>',
  },
  'aria-required-parent': {
    fail: '<div><⟦div⟧ role="listitem">x</div></div>',
    pass: '<div role="list"><div role="listitem">x</div></div>',
  },
  'aria-roles': { fail: '<⟦div⟧ role="buttn">x</div>', pass: '<div role="button" tabindex="0">x</div>' },
  'aria-tab-name': {
    fail: '<div role="tablist"><⟦div⟧ role="tab" tabindex="0"></div></div>',
    pass: '<div role="tablist"><div role="tab" tabindex="0">Details</div></div>',
  },
  'aria-text': { fail: '<⟦div⟧ role="text"><button>Buy</button></div>', pass: '<div role="text">Buy now</div>' },
  'aria-toggle-field-name': {
    fail: '<⟦div⟧ role="switch" aria-checked="false" tabindex="0"></div>',
    pass: '<div role="switch" aria-checked="false" tabindex="0">Dark mode</div>',
  },
  'aria-tooltip-name': { fail: '<⟦div⟧ role="tooltip"></div>', pass: '<div role="tooltip">Free returns</div>' },
  'aria-treeitem-name': {
    fail: '<div role="tree"><⟦div⟧ role="treeitem"></div></div>',
    pass: '<div role="tree"><div role="treeitem">Chairs</div></div>',
  },
  'aria-valid-attr': { fail: '<⟦div⟧ aria-labeledby="x">x</div>', pass: '<div aria-live="polite">x</div>' },
  'aria-valid-attr-value': { fail: '<⟦div⟧ aria-live="loud">x</div>', pass: '<div aria-live="polite">x</div>' },
  'autocomplete-valid': { fail: '<⟦input⟧ autocomplete="mobile-phone">', pass: '<input autocomplete="tel">' },
  'button-name': { fail: '<⟦button⟧></button>', pass: '<button>Pay</button>' },
  'definition-list': { fail: '<⟦dl⟧><p>Size</p></dl>', pass: '<dl><dt>Size</dt><dd>Large</dd></dl>' },
  'empty-heading': { fail: '<⟦h2⟧></h2>', pass: '<h2>Delivery</h2>' },
  'empty-table-header': {
    fail: '<table><tr><⟦th⟧></th></tr><tr><td>1</td></tr></table>',
    pass: '<table><tr><th>Qty</th></tr><tr><td>1</td></tr></table>',
  },
  'frame-title': { fail: '<⟦iframe⟧ src="/map"></iframe>', pass: '<iframe src="/map" title="Store map"></iframe>' },
  'html-has-lang': {
    fail: '<⟦html⟧><body><p>Hi</p></body></html>',
    pass: '<html lang="en"><body><p>Hi</p></body></html>',
  },
  'html-lang-valid': {
    fail: '<⟦html⟧ lang="english"><body><p>Hi</p></body></html>',
    pass: '<html lang="en-GB"><body><p>Hi</p></body></html>',
  },
  'html-xml-lang-mismatch': {
    fail: '<⟦html⟧ lang="en" xml:lang="fr"><body><p>Hi</p></body></html>',
    pass: '<html lang="en" xml:lang="en"><body><p>Hi</p></body></html>',
  },
  'image-alt': { fail: '<⟦img⟧ src="chair.jpg">', pass: '<img src="chair.jpg" alt="Oak chair">' },
  'input-button-name': { fail: '<⟦input⟧ type="button">', pass: '<input type="button" value="Apply">' },
  'input-image-alt': {
    fail: '<⟦input⟧ type="image" src="go.png">',
    pass: '<input type="image" src="go.png" alt="Search">',
  },
  'link-name': { fail: '<⟦a⟧ href="/cart"><img src="cart.svg" alt=""></a>', pass: '<a href="/cart">Basket</a>' },
  list: { fail: '<⟦ul⟧><div>Item</div></ul>', pass: '<ul><li>Item</li></ul>' },
  listitem: { fail: '<div><⟦li⟧>Item</li></div>', pass: '<ol><li>Item</li></ol>' },
  'meta-refresh': {
    fail: '<⟦meta⟧ http-equiv="refresh" content="20">',
    pass: '<meta http-equiv="refresh" content="0; url=/new">',
  },
  'meta-viewport': {
    fail: '<⟦meta⟧ name="viewport" content="width=device-width, user-scalable=no">',
    pass: '<meta name="viewport" content="width=device-width">',
  },
  'meta-viewport-large': {
    fail: '<⟦meta⟧ name="viewport" content="width=device-width, maximum-scale=3">',
    pass: '<meta name="viewport" content="width=device-width">',
  },
  'nested-interactive': {
    fail: '<⟦button⟧>Buy <a href="/terms">terms</a></button>',
    pass: '<button>Buy <span>now</span></button>',
  },
  'object-alt': {
    fail: '<⟦object⟧ data="chart.pdf"></object>',
    pass: '<object data="chart.pdf" title="Sales chart"></object>',
  },
  'presentation-role-conflict': { fail: '<⟦img⟧ alt="" tabindex="0" src="x.png">', pass: '<img alt="" src="x.png">' },
  'role-img-alt': { fail: '<⟦div⟧ role="img"></div>', pass: '<div role="img" aria-label="Five stars"></div>' },
  'server-side-image-map': {
    fail: '<a href="/map"><⟦img⟧ src="map.png" alt="Map" ismap></a>',
    pass: '<img src="map.png" alt="Map">',
  },
  'summary-name': {
    fail: '<details><⟦summary⟧></summary><p>x</p></details>',
    pass: '<details><summary>Delivery</summary><p>x</p></details>',
  },
  'svg-img-alt': {
    fail: '<⟦svg⟧ role="img"><circle r="3"></circle></svg>',
    pass: '<svg role="img"><title>Rating</title><circle r="3"></circle></svg>',
  },
  tabindex: { fail: '<⟦div⟧ tabindex="3">x</div>', pass: '<div tabindex="0">x</div>' },
  'valid-lang': {
    fail: '<p>Hi <⟦span⟧ lang="xx-yy-zz">Bonjour</span></p>',
    pass: '<p>Hi <span lang="fr">Bonjour</span></p>',
  },
  'video-caption': {
    fail: '<⟦video⟧ src="tour.mp4"></video>',
    pass: '<video src="tour.mp4"><track kind="captions" src="tour.vtt"></video>',
  },
};

const VOID = 'area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr';

/** The same markup as JSX: React attribute names and self-closing void elements. */
export function toJsx(html: string): string {
  const jsx = html
    .replace(/ class=/g, ' className=')
    .replace(/ for=/g, ' htmlFor=')
    .replace(/ tabindex=/g, ' tabIndex=')
    .replace(/ autocomplete=/g, ' autoComplete=')
    .replace(/ ismap(?=[ >])/g, ' isMap')
    .replace(
      new RegExp(`<(⟦?(?:${VOID})⟧?)([^>]*)>`, 'g'),
      (_match, tag: string, rest: string) => `<${tag}${rest.replace(/\s*\/$/, '')} />`,
    )
    .replace(/<\/(?:area|img|input|track)>/g, '');
  return `const A = () => <>${jsx}</>;`;
}
