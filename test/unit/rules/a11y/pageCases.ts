/**
 * One failing and one passing case per whole-page axe rule; the expected range (the element
 * axe reports, by its tag name) is marked ⟦ ⟧. Cases are whole pages: `page(body, head)` wraps
 * a body in a document that passes the page-level rules, so each case fails only its rule.
 * JSX cases are derived with toJsx from the same markup.
 */
export const page = (body: string, head = '<title>Shop</title>', html = '<html lang="en">'): string =>
  `${html}<head>${head}</head><body>${body}</body></html>`;

/** A page's site chrome (the page-level rules about landmarks and headings judge only such pages). */
const chrome = '<header><a href="/">Shop</a> <a href="/basket">Basket</a></header>';

/** A body that passes the page-level rules (main landmark, h1, nothing outside landmarks). */
const main = (content: string) => `<main><h1>Shop</h1>${content}</main>`;

export const PAGE_CASES: Readonly<Record<string, { fail: string; pass: string }>> = {
  accesskeys: {
    fail: page(main('<⟦a⟧ href="/a" accesskey="s">A</a><a href="/b" accesskey="s">B</a>')),
    pass: page(main('<a href="/a" accesskey="s">A</a><a href="/b" accesskey="t">B</a>')),
  },
  'area-alt': {
    fail: page(
      main(
        '<img src="m.png" usemap="#m" alt="Map"><map name="m"><⟦area⟧ href="/a" shape="rect" coords="0,0,9,9"></map>',
      ),
    ),
    pass: page(
      main(
        '<img src="m.png" usemap="#m" alt="Map"><map name="m"><area href="/a" shape="rect" coords="0,0,9,9" alt="Home"></map>',
      ),
    ),
  },
  'aria-braille-equivalent': {
    fail: page(main('<⟦img⟧ src="x.png" alt="" aria-braillelabel="pic">')),
    pass: page(main('<img src="x.png" alt="Picture" aria-braillelabel="pic">')),
  },
  'aria-hidden-body': {
    fail: page(main('<p>Hi</p>')).replace('<body>', '<⟦body⟧ aria-hidden="true">'),
    pass: page(main('<p>Hi</p>')),
  },
  'aria-hidden-focus': {
    fail: page(main('<⟦div⟧ aria-hidden="true"><a href="/">Home</a></div>')),
    pass: page(main('<div aria-hidden="true"><a href="/" tabindex="-1">Home</a></div>')),
  },
  blink: {
    fail: page(main('<⟦blink⟧>Sale</blink>')),
    pass: page(main('<strong>Sale</strong>')),
  },
  bypass: {
    // Site chrome that is not a landmark (a header inside an article), no heading, no skip link.
    fail: page(
      '<div><article><header><a href="/news">News</a> <a href="/sport">Sport</a></header><a href="/a">A</a></article></div>',
    ).replace('<html', '<⟦html⟧'),
    pass: page(`${chrome}${main('<a href="/a">A</a>')}`),
  },
  dlitem: {
    fail: page(main('<div><⟦dt⟧>Term</dt></div>')),
    pass: page(main('<dl><dt>Term</dt><dd>Meaning</dd></dl>')),
  },
  'document-title': {
    fail: page(main('<p>Hi</p>'), '<meta charset="utf-8">').replace('<html', '<⟦html⟧'),
    pass: page(main('<p>Hi</p>')),
  },
  'duplicate-id-aria': {
    fail: page(main('<label for="n">Name</label><⟦input⟧ id="n"><div id="n">x</div>')),
    pass: page(main('<label for="n">Name</label><input id="n"><div id="m">x</div>')),
  },
  'form-field-multiple-labels': {
    fail: page(main('<div><label for="e">Email</label><label for="e">Mail</label><⟦input⟧ id="e"></div>')),
    pass: page(main('<div><label for="e">Email</label><input id="e"></div>')),
  },
  'frame-title-unique': {
    fail: page(main('<⟦iframe⟧ title="Map" src="a.html"></iframe><⟦iframe⟧ title="Map" src="b.html"></iframe>')),
    pass: page(main('<iframe title="Map" src="a.html"></iframe><iframe title="Video" src="b.html"></iframe>')),
  },
  'heading-order': {
    fail: page(main('<⟦h3⟧>Details</h3>')),
    pass: page(main('<h2>Details</h2>')),
  },
  'image-redundant-alt': {
    fail: page(main('<a href="/"><⟦img⟧ src="h.png" alt="Home">Home</a>')),
    pass: page(main('<a href="/"><img src="h.png" alt="">Home</a>')),
  },
  label: {
    fail: page(main('<div><⟦input⟧ type="text"></div>')),
    pass: page(main('<div><label>Name <input type="text"></label></div>')),
  },
  'label-title-only': {
    fail: page(main('<div><⟦input⟧ type="text" title="Name"></div>')),
    pass: page(main('<div><label>Name <input type="text"></label></div>')),
  },
  'landmark-banner-is-top-level': {
    fail: page(main('<⟦div⟧ role="banner">Logo</div>')),
    pass: page(`<header>Logo</header>${main('')}`),
  },
  'landmark-contentinfo-is-top-level': {
    fail: page(main('<⟦div⟧ role="contentinfo">© Shop</div>')),
    pass: page(`${main('')}<footer>© Shop</footer>`),
  },
  'landmark-main-is-top-level': {
    fail: page('<nav aria-label="Site"><⟦main⟧><h1>Shop</h1></main></nav>'),
    pass: page(main('')),
  },
  'landmark-no-duplicate-banner': {
    fail: page(`<⟦header⟧>Logo</header><header>Logo</header>${main('')}`),
    pass: page(`<header>Logo</header>${main('')}`),
  },
  'landmark-no-duplicate-contentinfo': {
    fail: page(`${main('')}<⟦footer⟧>A</footer><footer>B</footer>`),
    pass: page(`${main('')}<footer>A</footer>`),
  },
  'landmark-no-duplicate-main': {
    fail: page(`${main('')}<main>Again</main>`).replace('<main>', '<⟦main⟧>'),
    pass: page(main('')),
  },
  'landmark-one-main': {
    fail: page(`${chrome}<div><h1>Shop</h1></div>`).replace('<html', '<⟦html⟧'),
    pass: page(`${chrome}${main('')}`),
  },
  'landmark-unique': {
    fail: page(`<⟦nav⟧>A</nav><nav>B</nav>${main('')}`),
    pass: page(`<nav aria-label="Site">A</nav><nav aria-label="Account">B</nav>${main('')}`),
  },
  marquee: {
    fail: page(main('<⟦marquee⟧>News</marquee>')),
    pass: page(main('<p>News</p>')),
  },
  'page-has-heading-one': {
    fail: page(`${chrome}<main><h2>Shop</h2></main>`).replace('<html', '<⟦html⟧'),
    pass: page(`${chrome}${main('')}`),
  },
  region: {
    fail: page(`${chrome}${main('')}<⟦p⟧>Loose</p>`),
    pass: page(`${chrome}${main('<p>Inside</p>')}`),
  },
  'scope-attr-valid': {
    fail: page(main('<table><tbody><tr><th>Name</th></tr><tr><⟦td⟧ scope="row">Ada</td></tr></tbody></table>')),
    pass: page(main('<table><tbody><tr><th scope="col">Name</th></tr><tr><td>Ada</td></tr></tbody></table>')),
  },
  'select-name': {
    fail: page(main('<div><⟦select⟧><option>A</option></select></div>')),
    pass: page(main('<div><label>Size <select><option>A</option></select></label></div>')),
  },
  'table-duplicate-name': {
    fail: page(
      main(
        '<⟦table⟧ summary="Prices"><caption>Prices</caption><tbody><tr><th>A</th></tr><tr><td>1</td></tr></tbody></table>',
      ),
    ),
    pass: page(main('<table><caption>Prices</caption><tbody><tr><th>A</th></tr><tr><td>1</td></tr></tbody></table>')),
  },
  'td-headers-attr': {
    fail: page(main('<⟦table⟧><tbody><tr><th id="h">H</th></tr><tr><td headers="nope">1</td></tr></tbody></table>')),
    pass: page(main('<table><tbody><tr><th id="h">H</th></tr><tr><td headers="h">1</td></tr></tbody></table>')),
  },
  'th-has-data-cells': {
    // A header with no cell under it (a table with headers only is one the script fills: valid).
    fail: page(
      main('<⟦table⟧><tbody><tr><th>A</th><th>B</th><th>C</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>'),
    ),
    pass: page(main('<table><tbody><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>')),
  },
};
