/** Messages named in code and written elsewhere: what the parser asks for, and what it gets (resolve.ts). */
import type { MessageOrigin } from '../model.js';

/** A message named in code. */
export type MessageReference =
  /** `messages.save` where `messages` is imported from `specifier` as `exportName` (`default` for a default import). */
  | {
      readonly kind: 'module';
      readonly specifier: string;
      readonly exportName: string;
      readonly path: readonly string[];
    }
  /** `t("common.save")`, `t("common:save")`, `formatMessage({ id: "save" })`. */
  | { readonly kind: 'key'; readonly key: string };

/** The words a referenced message renders, and where they are written. */
export interface ResolvedMessage extends MessageOrigin {
  /** The words shown (an ICU message's `other` branch, placeholders as written). */
  readonly words: string;
}
