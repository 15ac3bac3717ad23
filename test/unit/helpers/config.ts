/**
 * Every rule at its own default severity: the recommended preset plus the opt-in rules
 * (touchpoint:all would also raise information to warnings). For tests about the engine,
 * suppressions and formats that use opt-in rules (jargon, high-stakes actions) as examples.
 */
import { configFromObject, rules } from '../../../src/core/index.js';

export const everyRule = configFromObject({
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity])),
});
