import type { Register } from "../model";
import { BUILT_IN_VOCABULARY, type Vocabulary } from "../vocabulary/vocabulary";

/**
 * The words a register was read with: its own vocabulary, or the built-in words for a register built
 * without one (by hand, in tests).
 *
 * @example vocabularyOf(register).addressee("Council") // { addressee: "legislative", named: true }
 */
export function vocabularyOf(register: Register): Vocabulary {
  return register.vocabulary ?? BUILT_IN_VOCABULARY;
}
