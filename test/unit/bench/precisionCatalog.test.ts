/**
 * `npm run precision -- real --catalog` counts a finding as issue 17's when it sits on a string
 * written for translation: catalog entries, `defineMessages`, and `t("…")` / `defaultMessage`
 * written in JSX, but not the plain JSX text beside them.
 */
import assert from 'node:assert/strict';
import { translatedStrings } from '../../../bench/precision/real.js';

const at = (text: string, words: string) => {
  const index = text.indexOf(words);
  assert.ok(index >= 0, words);
  return index + 1;
};

describe('precision --catalog', () => {
  it('should count JSON catalog entries, defineMessages, t("…") and defaultMessage, and not plain JSX text', () => {
    const json = '{ "errors": { "save": "Please login to save" } }';
    assert.equal(translatedStrings('en.json', json)(at(json, 'Please login')), true);

    const module = [
      'import { defineMessages } from "react-intl";',
      'export const messages = defineMessages({ save: { id: "a1", defaultMessage: "Setup your shop" } });',
    ].join('\n');
    assert.equal(translatedStrings('messages.ts', module)(at(module, 'Setup your shop')), true);

    const component = [
      'export const A = () => (',
      '  <>',
      '    <h1>{t("Login to workspace")}</h1>',
      '    <FormattedMessage defaultMessage="Setup your team" />',
      '    <p>Please login here</p>',
      '  </>',
      ');',
    ].join('\n');
    const onTranslated = translatedStrings('A.tsx', component);
    assert.equal(onTranslated(at(component, 'Login to workspace')), true);
    assert.equal(onTranslated(at(component, 'Setup your team')), true);
    assert.equal(onTranslated(at(component, 'Please login here')), false);
  });
});
