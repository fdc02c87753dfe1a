/** A1 notation for 0-based coordinates (defined once, in the core). */
export { cellAddress, columnLetters } from "../core/a1";
