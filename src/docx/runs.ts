import { ExternalHyperlink, HighlightColor, Tab, TextRun, type ParagraphChild } from "docx";
import { httpAddress } from "../layout/hyperlinks";
import type { TextPiece } from "../layout/document/model";
import { LINK_COLOR } from "./styles";

/** Characters XML 1.0 cannot carry, and lone surrogates: shown as U+FFFD rather than breaking the file. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface RunLook {
  /** Points. */
  readonly size?: number;
  readonly bold?: boolean;
  /** A run of a right-to-left paragraph (Arabic): `w:rtl`, so Word lays its text out right to left. */
  readonly rightToLeft?: boolean;
}

/**
 * One piece as Word runs: each line after the first starts with a line break, tabs are Word tabs, and the
 * text is literal (docx escapes it; nothing becomes a field). A placeholder is highlighted; a link is a
 * hyperlink only when its address is http(s), checked again here because the writer trusts no layout.
 */
export function pieceRuns(piece: TextPiece, look: RunLook = {}): ParagraphChild[] {
  const clean = piece.text.replace(NOT_XML_CHAR, "\uFFFD").replace(/\r\n?/g, "\n");
  const address = piece.link === undefined ? null : httpAddress(piece.link);
  const runs = clean.split("\n").map(
    (line, index) =>
      new TextRun({
        children: line.split("\t").flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
        ...(index > 0 ? { break: 1 } : {}),
        ...(piece.bold || look.bold ? { bold: true } : {}),
        ...(piece.italic ? { italics: true } : {}),
        ...(look.rightToLeft ? { rightToLeft: true } : {}),
        ...(look.size === undefined ? {} : { size: look.size * 2 }),
        ...(piece.placeholder ? { highlight: HighlightColor.YELLOW } : {}),
        ...(address ? { color: LINK_COLOR, underline: {} } : {}),
      }),
  );
  return address ? [new ExternalHyperlink({ link: address, children: runs })] : runs;
}

export function piecesRuns(pieces: readonly TextPiece[], look: RunLook = {}): ParagraphChild[] {
  return pieces.flatMap((piece) => pieceRuns(piece, look));
}
