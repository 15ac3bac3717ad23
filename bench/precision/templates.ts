/**
 * Templates for the precision corpus: files written the way real apps are (forms, checkouts,
 * dashboards, design-system components, marketing and account pages), with the mix of good and
 * bad practice found in real code bases. Each template takes a variant number so names,
 * products, copy and small structural choices differ from file to file.
 */
export interface Template {
  readonly name: string;
  readonly extension: 'html' | 'tsx' | 'jsx';
  /** Folder path inside the corpus (depth matters to some rules). */
  readonly folder: string;
  render(variant: number): string;
}

const PRODUCTS = [
  'Oak side table',
  'Linen throw',
  'Brass lamp',
  'Wool rug',
  'Walnut shelf',
  'Ceramic vase',
  'Cotton duvet',
  'Rattan chair',
];
const CITIES = ['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Belfast', 'York'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

const page = (title: string, body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="/assets/site.css">
  </head>
  <body>
${body}
    <script src="/assets/site.js" defer></script>
  </body>
</html>
`;

const header = (current: string) => `    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <a href="/" class="logo"><img src="/assets/logo.svg" alt="Fernhill Goods home"></a>
      <nav aria-label="Main">
        <ul>
${['Home', 'Shop', 'Journal', 'Help'].map((item) => `          <li><a href="/${item === 'Home' ? '' : item.toLowerCase() + '/'}"${item === current ? ' aria-current="page"' : ''}>${item}</a></li>`).join('\n')}
        </ul>
      </nav>
      <a href="/basket" class="basket-link">Basket (<span data-count>0</span>)</a>
    </header>`;

const footer = `    <footer class="site-footer">
      <nav aria-label="Footer">
        <ul>
          <li><a href="/help/delivery">Delivery</a></li>
          <li><a href="/help/returns">Returns</a></li>
          <li><a href="/privacy">Privacy</a></li>
          <li><a href="/contact">Contact us</a></li>
        </ul>
      </nav>
      <p>© 2026 Fernhill Goods Ltd. Registered in England.</p>
    </footer>`;

export const templates: Template[] = [
  {
    name: 'product-page',
    extension: 'html',
    folder: 'shop',
    render: (n) =>
      page(
        `${pick(PRODUCTS, n)} – Fernhill Goods`,
        `${header('Shop')}
    <main id="main">
      <nav aria-label="Breadcrumb"><ol><li><a href="/shop/">Shop</a></li><li><a href="/shop/${n % 3 ? 'living' : 'bedroom'}/">${n % 3 ? 'Living' : 'Bedroom'}</a></li></ol></nav>
      <h1>${pick(PRODUCTS, n)}</h1>
      <p class="price">£${40 + n * 3}</p>
      <p>Made by hand in ${pick(CITIES, n)} from materials we can trace to the mill or forest they came from.</p>
      <form action="/basket/add" method="post">
        <input type="hidden" name="sku" value="FG-${1000 + n}">
        <label for="qty">Quantity</label>
        <input id="qty" name="qty" type="number" min="1" value="1">
        <button type="submit">Add to basket</button>
      </form>
      <section>
        <h2>Details</h2>
        <ul><li>Width ${50 + n} cm</li><li>Oiled finish</li><li>Ships in 3 to 5 days</li></ul>
      </section>
      ${n % 4 === 0 ? '<p><a href="/help/care">Read more</a></p>' : '<p><a href="/help/care">How to care for wood</a></p>'}
    </main>
${footer}`,
      ),
  },
  {
    name: 'checkout',
    extension: 'html',
    folder: 'checkout',
    render: (n) =>
      page(
        n % 5 === 0 ? 'Checkout' : 'Payment – Checkout – Fernhill Goods',
        `    <main id="main">
      <h1>Payment</h1>
      ${n % 3 === 0 ? '<div class="error-summary" role="alert"><h2>There is a problem</h2><ul><li><a href="#card-number">Enter your card number</a></li></ul></div>' : ''}
      <form action="/checkout/pay" method="post" ${n % 2 ? 'data-disable-with="Paying…"' : ''}>
        <div class="field${n % 3 === 0 ? ' field--error' : ''}">
          <label for="card-number">Card number</label>
          <input id="card-number" name="card-number" inputmode="numeric" autocomplete="cc-number" ${n % 3 === 0 ? 'aria-invalid="true" aria-describedby="card-number-error"' : ''}>
          ${n % 3 === 0 ? '<p id="card-number-error" class="error-message">Enter your card number</p>' : ''}
        </div>
        <div class="field">
          <label for="expiry">Expiry date</label>
          <input id="expiry" name="expiry" autocomplete="cc-exp" placeholder="MM/YY">
        </div>
        <div class="field">
          <label for="name-on-card">Name on card</label>
          <input id="name-on-card" name="name-on-card" autocomplete="cc-name">
        </div>
        ${n % 2 ? '<button type="submit" data-disable-with="Paying…">Pay £' + (30 + n) + '</button>' : '<button type="submit">Pay now</button>'}
      </form>
      <p><a href="/basket">Back to basket</a></p>
    </main>`,
      ),
  },
  {
    name: 'account-orders',
    extension: 'html',
    folder: 'account/orders',
    render: (n) =>
      page(
        `Order ${10400 + n} – Your account – Fernhill Goods`,
        `${header('')}
    ${n % 2 ? '<nav aria-label="Breadcrumb"><ol><li><a href="/account/">Your account</a></li><li><a href="/account/orders/">Orders</a></li></ol></nav>' : ''}
    <main id="main">
      <h1>Order ${10400 + n}</h1>
      <p>Placed on ${1 + (n % 27)} October. ${n % 3 ? 'Delivered.' : 'On its way to you.'}</p>
      <table>
        <thead><tr><th scope="col">Item</th><th scope="col">Price</th></tr></thead>
        <tbody><tr><td>${pick(PRODUCTS, n)}</td><td>£${40 + n}</td></tr></tbody>
      </table>
      <h2>Need help?</h2>
      <p><a href="/help/returns/start?order=${10400 + n}">Start a return</a> or <a href="/contact">contact us</a>.</p>
      ${n % 4 === 0 ? '<form action="/orders/cancel" method="post"><button>Cancel order</button></form>' : ''}
    </main>
${footer}`,
      ),
  },
  {
    name: 'login',
    extension: 'html',
    folder: 'account',
    render: (n) =>
      page(
        'Sign in – Fernhill Goods',
        `    <main id="main">
      <h1>Sign in</h1>
      ${n % 3 === 0 ? '<div class="alert alert-danger">Invalid credentials.</div>' : ''}
      ${n % 3 === 1 ? '<div class="alert alert-danger" role="alert">That email and password do not match. Check them or reset your password.</div>' : ''}
      <form action="/session" method="post">
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="email">
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password">
        <button type="submit">Sign in</button>
      </form>
      <p><a href="/account/reset">Forgotten your password?</a></p>
      <p>New here? <a href="/account/new">${n % 4 === 0 ? 'Register' : 'Create an account'}</a></p>
    </main>`,
      ),
  },
  {
    name: 'help-article',
    extension: 'html',
    folder: 'help',
    render: (n) =>
      page(
        `${['Delivery', 'Returns', 'Caring for wood', 'Payment options'][n % 4]} – Help – Fernhill Goods`,
        `${header('Help')}
    <main id="main">
      <h1>${['Delivery', 'Returns', 'Caring for wood', 'Payment options'][n % 4]}</h1>
      <p>We deliver to every address in the UK. Most orders arrive in three to five working days, and we will email you a tracking link when your parcel leaves us.</p>
      ${n % 3 === 0 ? '<p>In order to facilitate the expeditious processing of reimbursement requests, customers are required to retain the original packaging and documentation pertaining to the transaction until such time as the return has been received and inspected by our fulfilment partner.</p>' : '<p>Keep the box until your refund arrives. It makes returns quicker.</p>'}
      <h2>Costs</h2>
      <p>Delivery is free on orders over £50. Below that, it costs £4.95.</p>
      ${n % 5 === 0 ? '<h4>Large items</h4><p>Sofas and beds come on a two-person van.</p>' : '<h3>Large items</h3><p>Sofas and beds come on a two-person van.</p>'}
      <p>Still stuck? <a href="/contact">Contact us</a>. We reply within a day.</p>
    </main>
${footer}`,
      ),
  },
  {
    name: 'landing',
    extension: 'html',
    folder: '',
    render: (n) =>
      page(
        n % 6 === 0 ? 'Home' : 'Fernhill Goods – Homewares made to last',
        `${header('Home')}
    <main id="main">
      <section class="hero">
        <h1>Homewares made to last</h1>
        <p>${n % 4 === 0 ? 'FREE DELIVERY ON ALL ORDERS THIS WEEKEND' : 'Free delivery on all orders this weekend'}</p>
        <a class="button" href="/shop/">Shop the collection</a>
      </section>
      <section>
        <h2>New this month</h2>
        <ul class="cards">
${PRODUCTS.slice(0, 3 + (n % 3))
  .map(
    (product, i) =>
      `          <li class="card"><a href="/shop/${i}"><img src="/img/${i}.jpg" alt="">${product}</a></li>`,
  )
  .join('\n')}
        </ul>
      </section>
      <section>
        <h2>Newsletter</h2>
        <form action="/newsletter" method="post">
          <label for="nl-email">Email address</label>
          <input id="nl-email" name="email" type="email" autocomplete="email">
          <button>Subscribe</button>
          <p role="status"></p>
        </form>
      </section>
    </main>
${footer}`,
      ),
  },
  {
    name: 'contact',
    extension: 'html',
    folder: '',
    render: (n) =>
      page(
        'Contact us – Fernhill Goods',
        `${header('')}
    <main id="main">
      <h1>Contact us</h1>
      <form action="/contact" method="post">
        <label for="c-name">Your name</label>
        <input id="c-name" name="name" autocomplete="name">
        ${n % 2 ? '<label for="c-email">Email</label><input id="c-email" name="email" type="email" autocomplete="email">' : '<input name="email" placeholder="Email address">'}
        ${n % 3 === 0 ? '<input name="phone" placeholder="Phone (optional)">' : '<label for="c-phone">Phone (optional)</label><input id="c-phone" name="phone" type="tel" autocomplete="tel">'}
        <label for="c-message">Message</label>
        <textarea id="c-message" name="message" rows="6"></textarea>
        <button type="submit">Send message</button>
      </form>
      <p>Prefer to talk? Call us on <a href="tel:+441130000000">0113 000 0000</a>, Monday to Friday, 9am to 5pm.</p>
    </main>
${footer}`,
      ),
  },
  {
    name: 'legacy-admin',
    extension: 'html',
    folder: 'admin/reports/legacy',
    render: (n) => `<html>
<head><title>Admin</title></head>
<body>
<div class="menu">
  <ul>
    <li><a href="/admin">Dashboard</a></li>
    <li><a href="/admin/orders">Orders</a></li>
    <li><a href="/admin/stock">Stock</a></li>
    <li><a href="/admin/users">Users</a></li>
  </ul>
</div>
<div class="content">
  <h2>Report ${n}</h2>
  <div class="error">Error: SQLSTATE[HY000] General error</div>
  <table><tr><td onclick="openRow(${n})">Row ${n}</td></tr></table>
  <a href="javascript:void(0)" onclick="exportCsv()">Export</a>
  <button onclick="deleteReport(${n})">Delete</button>
</div>
</body>
</html>
`,
  },
  {
    name: 'store-finder',
    extension: 'html',
    folder: 'stores',
    render: (n) =>
      page(
        `Stores in ${pick(CITIES, n)} – Fernhill Goods`,
        `${header('')}
    <main id="main">
      <h1>Visit us in ${pick(CITIES, n)}</h1>
      <form action="/stores" method="get" role="search">
        <label for="postcode">Postcode</label>
        <input id="postcode" name="postcode" autocomplete="postal-code">
        <button>Find stores</button>
      </form>
      <p>Our ${pick(CITIES, n)} store is open every day from 10am. You can collect online orders there.</p>
      <p><a href="/stores/${n}">Opening times and directions</a></p>
    </main>
${footer}`,
      ),
  },
  {
    name: 'faq',
    extension: 'html',
    folder: 'help',
    render: (n) =>
      page(
        'Questions – Help – Fernhill Goods',
        `${header('Help')}
    <main id="main">
      <h1>Questions people ask</h1>
      <details><summary>How do I track my order?</summary><p>Use the link in your dispatch email, or sign in to see it in your account.</p></details>
      <details><summary>Can I change my delivery address?</summary><p>Yes, until your order leaves us. ${n % 2 ? 'Log in' : 'Sign in'} and open the order.</p></details>
      <details><summary>Do you ship abroad?</summary><p>Not yet. We ship to the UK only${n % 3 === 0 ? ', subject to KYC checks for business accounts' : ''}.</p></details>
    </main>
${footer}`,
      ),
  },
  {
    name: 'CheckoutForm',
    extension: 'tsx',
    folder: 'src/features/checkout',
    render: (n) => `import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { TextField } from '@/components/TextField';
import { useCheckout } from './useCheckout';

export function CheckoutForm${n}({ basketId }: { basketId: string }) {
  const { placeOrder } = useCheckout();
  const [error, setError] = useState<string | null>(null);
  ${n % 3 !== 0 ? 'const [submitting, setSubmitting] = useState(false);' : ''}

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    ${n % 3 !== 0 ? 'setSubmitting(true);' : ''}
    try {
      await placeOrder(basketId);
    } catch (err) {
      ${n % 4 === 0 ? "setError('Something went wrong. Please try again.');" : "setError('We could not take the payment. Check your card details or try another card.');"}
    }${n % 3 !== 0 ? ' finally {\n      setSubmitting(false);\n    }' : ''}
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <h2>Delivery address</h2>
      <TextField label="Full name" name="name" autoComplete="name" />
      <TextField label="Address line 1" name="address1" autoComplete="address-line1" />
      <TextField label="Postcode" name="postcode" autoComplete="postal-code" />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <Button type="submit"${n % 3 !== 0 ? ' disabled={submitting}' : ''}>
        Place order
      </Button>
    </form>
  );
}
`,
  },
  {
    name: 'Navbar',
    extension: 'tsx',
    folder: 'src/components/layout',
    render: (n) => `import Link from 'next/link';
import { usePathname } from 'next/navigation';

const links = [
  { href: '/', label: 'Home' },
  { href: '/shop', label: 'Shop' },
  { href: '/journal', label: 'Journal' },
  { href: '/help', label: 'Help' },
];

export function Navbar${n}() {
  const pathname = usePathname();
  return (
    <header className="navbar">
      <Link href="/" className="logo">Fernhill</Link>
      <nav aria-label="Main">
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} ${n % 3 === 0 ? '' : "aria-current={pathname === link.href ? 'page' : undefined}"}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      ${n % 4 === 0 ? '<span onClick={() => openSearch()} className="icon-search" />' : '<button type="button" onClick={() => openSearch()} aria-label="Search">🔍</button>'}
    </header>
  );
}
`,
  },
  {
    name: 'DeleteAddressButton',
    extension: 'tsx',
    folder: 'src/features/account',
    render: (n) => `import { useState } from 'react';
import { deleteAddress } from '@/api/addresses';
import { ConfirmDialog } from '@/components/ConfirmDialog';

export function DeleteAddressButton${n}({ id, onDeleted }: { id: string; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  ${
    n % 2
      ? `return (
    <>
      <button type="button" onClick={() => setConfirming(true)}>
        Delete address
      </button>
      {confirming && (
        <ConfirmDialog
          title="Delete this address?"
          onConfirm={async () => {
            await deleteAddress(id);
            onDeleted();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );`
      : `return (
    <button type="button" onClick={async () => { await deleteAddress(id); onDeleted(); }}>
      Delete address
    </button>
  );`
  }
}
`,
  },
  {
    name: 'Dashboard',
    extension: 'tsx',
    folder: 'src/pages/admin',
    render: (n) => `import { useEffect, useState } from 'react';
import { fetchStats } from '@/api/stats';
import { Card } from '@/components/Card';

export default function Dashboard${n}() {
  const [stats, setStats] = useState<Array<{ id: string; label: string; value: number }>>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');

  useEffect(() => {
    setStatus('loading');
    fetchStats().then(setStats, () => setStatus('error'));
  }, []);

  return (
    <main>
      <h1>Sales this week</h1>
      {status === 'error' && <p className="error">${n % 3 === 0 ? 'Error 503: Service Unavailable' : 'We could not load the figures. Refresh the page to try again.'}</p>}
      <div className="grid">
        {stats.map((stat) => (
          <Card key={stat.id} title={stat.label}>
            {stat.value}
          </Card>
        ))}
      </div>
      <button type="button" onClick={async () => { setStatus('loading'); setStats(await fetchStats()); setStatus('idle'); }}>
        Refresh figures
      </button>
    </main>
  );
}
`,
  },
  {
    name: 'SignUpForm',
    extension: 'jsx',
    folder: 'src/features/auth',
    render: (n) => `import { useState } from 'react';

export function SignUpForm${n}({ onSignUp }) {
  const [errors, setErrors] = useState({});
  const [pending, setPending] = useState(false);

  async function submit(event) {
    event.preventDefault();
    setPending(true);
    const result = await onSignUp(new FormData(event.target));
    setPending(false);
    if (result.errors) setErrors(result.errors);
  }

  return (
    <form onSubmit={submit}>
      <h2>Create an account</h2>
      <label htmlFor="su-email">Email</label>
      <input id="su-email" name="email" type="email" autoComplete="email" aria-invalid={!!errors.email} ${n % 2 ? 'aria-describedby="su-email-error"' : ''} />
      {errors.email && <p ${n % 2 ? 'id="su-email-error" ' : ''}className="field-error"${n % 3 ? ' role="alert"' : ''}>{errors.email}</p>}
      <label htmlFor="su-password">Password</label>
      <input id="su-password" name="password" type="password" autoComplete="new-password" aria-describedby="su-password-hint" />
      <p id="su-password-hint">Use 8 characters or more.</p>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
      <p>
        Already have an account? <a href="/sign-in">Sign in</a>
      </p>
    </form>
  );
}
`,
  },
  {
    name: 'ProductCard',
    extension: 'tsx',
    folder: 'src/components/product',
    render: (n) => `import { Link } from '@/components/Link';
import { AddToBasketButton } from './AddToBasketButton';

interface Props {
  product: { slug: string; name: string; price: string; image: string; alt: string };
}

export function ProductCard${n}({ product }: Props) {
  return (
    <article className="product-card">
      <img src={product.image} alt={product.alt} />
      <h3>
        <Link href={\`/shop/\${product.slug}\`}>{product.name}</Link>
      </h3>
      <p className="price">{product.price}</p>
      <AddToBasketButton slug={product.slug} />
      ${n % 3 === 0 ? '<Link href={`/shop/${product.slug}`}>Learn more</Link>' : ''}
    </article>
  );
}
`,
  },
  {
    name: 'Modal',
    extension: 'tsx',
    folder: 'src/components/ui',
    render: (n) => `import { useEffect, useRef, type ReactNode } from 'react';

export function Modal${n}({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
    else ref.current?.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby="modal-title" onClose={onClose}>
      <h2 id="modal-title">{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        ${n % 3 === 0 ? 'OK' : 'Close'}
      </button>
    </dialog>
  );
}
`,
  },
  {
    name: 'SettingsPage',
    extension: 'tsx',
    folder: 'app/(account)/settings',
    render: (n) => `'use client';
import { useState } from 'react';
import { toast } from 'sonner';
import { updateSettings, closeAccount } from '@/api/account';

export default function SettingsPage${n}() {
  const [saving, setSaving] = useState(false);
  const [newsletter, setNewsletter] = useState(true);

  async function save() {
    setSaving(true);
    try {
      await updateSettings({ newsletter });
      toast.success('Settings saved');
    } catch {
      toast.error(${n % 3 === 0 ? "'Failed'" : "'We could not save your settings. Try again in a minute.'"});
    } finally {
      setSaving(false);
    }
  }

  return (
    <main>
      <h1>Settings</h1>
      <label>
        <input type="checkbox" checked={newsletter} onChange={(event) => setNewsletter(event.target.checked)} />
        Email me about new collections
      </label>
      <button type="button" onClick={save} disabled={saving}>
        {saving ? 'Saving…' : 'Save settings'}
      </button>
      <h2>Close your account</h2>
      <p>${n % 2 ? 'Closing your account deletes your order history. This cannot be undone.' : 'Account termination will result in the permanent deletion of all associated order history and saved preferences.'}</p>
      <button type="button" onClick={() => { if (window.confirm('Close your account? This cannot be undone.')) void closeAccount(); }}>
        Close account
      </button>
    </main>
  );
}
`,
  },
  {
    name: 'DataTable',
    extension: 'tsx',
    folder: 'src/components/data',
    render: (n) => `import { type ReactNode } from 'react';

interface Column<T> {
  key: keyof T;
  header: string;
  render?: (row: T) => ReactNode;
}

export function DataTable${n}<T extends { id: string }>({ rows, columns, onRowClick }: { rows: T[]; columns: Column<T>[]; onRowClick?: (row: T) => void }) {
  if (rows.length === 0) return <p className="empty">${n % 2 ? 'No results match your filters. Clear a filter to see more.' : 'No data'}</p>;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={String(column.key)} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}${n % 3 === 0 ? ' onClick={() => onRowClick?.(row)}' : ''}>
            {columns.map((column) => (
              <td key={String(column.key)}>{column.render ? column.render(row) : String(row[column.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
`,
  },
  {
    name: 'Button',
    extension: 'tsx',
    folder: 'src/components/ui',
    render: (n) => `import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { Spinner } from './Spinner';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary'; loading${n}?: boolean };

export const Button${n} = forwardRef<HTMLButtonElement, Props>(function Button({ variant = 'primary', loading${n}, children, ...rest }, ref) {
  return (
    <button ref={ref} className={\`btn btn-\${variant}\`} aria-busy={loading${n}} disabled={loading${n} || rest.disabled} {...rest}>
      {loading${n} ? <Spinner /> : children}
    </button>
  );
});
`,
  },
  {
    name: 'PasswordReset',
    extension: 'jsx',
    folder: 'src/features/auth',
    render: (n) => `import { useState } from 'react';
import { requestReset } from '../api/auth';

export default function PasswordReset${n}() {
  const [sent, setSent] = useState(false);
  const [email, setEmail] = useState('');

  const onSubmit = async (event) => {
    event.preventDefault();
    try {
      await requestReset(email);
      setSent(true);
    } catch (error) {
      ${n % 3 === 0 ? 'alert(error.message);' : 'setSent(false);'}
    }
  };

  if (sent) return <p role="status">Check your email for a link to reset your password.</p>;
  return (
    <form onSubmit={onSubmit}>
      <h2>Reset your password</h2>
      <label htmlFor="reset-email">Email</label>
      <input id="reset-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      <button type="submit">${n % 4 === 0 ? 'Submit' : 'Send reset link'}</button>
    </form>
  );
}
`,
  },
  {
    name: 'MegaMenu',
    extension: 'tsx',
    folder: 'src/components/layout',
    render: (n) => {
      const items = (count: number, prefix: string) =>
        Array.from({ length: count }, (_, i) => `<li><a href="/${prefix}/${i}">${prefix} ${i}</a></li>`).join('');
      return `export function MegaMenu${n}() {
  return (
    <nav aria-label="Categories">
      <ul>
        <li>
          <a href="/furniture">Furniture</a>
          <ul>${items(n % 2 ? 6 : 12, 'furniture')}</ul>
        </li>
        <li>
          <a href="/lighting">Lighting</a>
          <ul>
            <li>
              <a href="/lighting/lamps">Lamps</a>
              <ul>${n % 3 === 0 ? `<li><a href="/lighting/lamps/desk">Desk</a><ul>${items(3, 'desk')}</ul></li>` : items(3, 'lamps')}</ul>
            </li>
          </ul>
        </li>
      </ul>
    </nav>
  );
}
`;
    },
  },
  {
    name: 'Toasts',
    extension: 'tsx',
    folder: 'src/features/basket',
    render: (n) => `import { toast } from 'react-hot-toast';
import { addToBasket } from '@/api/basket';

export function AddToBasketButton${n}({ slug }: { slug: string }) {
  async function add() {
    try {
      await addToBasket(slug);
      toast.success(${n % 2 ? "'Added to your basket'" : "'Added to your bag'"});
    } catch (error) {
      toast.error(${n % 3 === 0 ? '`Request failed with status code ${(error as { status: number }).status}`' : "'We could not add this to your basket. Try again.'"});
    }
  }
  return (
    <button type="button" onClick={add}>
      Add to basket
    </button>
  );
}
`,
  },
];

templates.push(
  {
    name: 'FilterBar',
    extension: 'tsx',
    folder: 'src/features/search',
    render: (
      n,
    ) => `export function FilterBar${n}({ filters, onChange }: { filters: { size: string; colour: string }; onChange: (next: { size: string; colour: string }) => void }) {
  return (
    <form role="search" aria-label="Filter products" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="size">Size</label>
      <select id="size" value={filters.size} onChange={(event) => onChange({ ...filters, size: event.target.value })}>
        <option value="">Any</option>
        <option value="s">Small</option>
      </select>
      <label htmlFor="colour">Colour</label>
      <select id="colour" value={filters.colour} onChange={(event) => onChange({ ...filters, colour: event.target.value })}>
        <option value="">Any</option>
        <option value="oak">Oak</option>
      </select>
      ${n % 2 ? '<button type="submit">Show results</button>' : ''}
    </form>
  );
}
`,
  },
  {
    name: 'Wizard',
    extension: 'jsx',
    folder: 'src/features/booking',
    render: (n) => `import { useState } from 'react';

export function BookingWizard${n}({ slots, onBook }) {
  const [slot, setSlot] = useState(null);
  const [booking, setBooking] = useState(false);
  return (
    <section>
      <h2>Choose a delivery slot</h2>
      <ul>
        {slots.map((s) => (
          <li key={s.id}>
            <label>
              <input type="radio" name="slot" value={s.id} onChange={() => setSlot(s.id)} /> {s.label}
            </label>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" disabled={!slot} onClick={async () => { setBooking(true); await onBook(slot); setBooking(false); }}>
          {booking ? 'Booking…' : 'Book this slot'}
        </button>
        ${n % 2 ? '{!slot && <p className="hint">Choose a slot to continue</p>}' : ''}
      </div>
    </section>
  );
}
`,
  },
  {
    name: 'old-brochure',
    extension: 'html',
    folder: 'brochure',
    render: (n) => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our workshop in ${pick(CITIES, n)} – Fernhill Goods</title></head>
<body>
  <nav class="top">
    <a href="/">Home</a> | <a href="/shop/">Shop</a> | <a href="/workshop/">Workshop</a> | <a href="/help/">Help</a>
  </nav>
  <main>
    <h1>Our workshop in ${pick(CITIES, n)}</h1>
    <p>Twelve people make everything we sell, by hand, in a former mill on the river.</p>
    <p>Questions about an order? <a href="/help/">Help</a>. Questions about visiting? <a href="${n % 2 ? '/workshop/visit' : '/help/'}">Help</a>.</p>
  </main>
</body>
</html>
`,
  },
);
