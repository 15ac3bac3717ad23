import rule from '../../../../src/core/rules/navigation/page-title.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<!doctype html><html><head><title>Checkout – Fernhill Goods</title></head><body></body></html>',
      '<p>A fragment has no title and needs none</p>',
      '<html><head><title>Order 10482</title></head><body><svg><title>Icon</title></svg></body></html>',
      '<!doctype html><title>Your basket</title><p>Hi</p>',
      // Jekyll's SEO tag writes the title (and a Django block, a Rails partial the same way).
      '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">{% seo %}</head><body></body></html>',
      '<html><head>{% block title %}{% endblock %}<meta charset="utf-8"></head><body></body></html>',
    ],
    invalid: [
      {
        code: '<!doctype html><html><⟦head⟧><meta charset="utf-8"></head><body></body></html>',
        details: [/no <title>/],
      },
      // A tag that only decides what is shown writes no title.
      '<!doctype html><html><⟦head⟧>{% if dark %}<meta name="theme-color" content="#000">{% endif %}</head></html>',
      '<html><head><title>⟦Untitled⟧</title></head></html>',
      '<html><head><⟦title⟧></title></head></html>',
      '<!doctype html>\n<html>\n<head>\n<title>⟦React App⟧</title>\n</head>\n</html>',
    ],
  },
  jsx: {
    valid: [
      'const P = () => <html><head><title>{product.name}</title></head><body /></html>;',
      'const Card = () => <div>No title needed</div>;',
      'export const metadata = { title: "Shop" }; export default function L({ children }) { return <html><body>{children}</body></html>; }',
      'const P = () => <html><head><title>Order history – Fernhill</title></head></html>;',
      'const P = () => <html><head><Seo page="orders" /></head><body /></html>;',
    ],
    invalid: [
      'const P = () => <html><head><title>⟦Home⟧</title></head><body /></html>;',
      'const P = () => <html><⟦head⟧><meta charSet="utf-8" /></head><body /></html>;',
      'const P = () => <html><head><title>⟦Vite + React⟧</title></head><body><main><h1>Counter</h1></main></body></html>;',
      'const P = () => <⟦html⟧><body><h1>Hi</h1></body></html>;',
    ],
  },
});
