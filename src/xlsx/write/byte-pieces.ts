/** Receives a part's bytes in order, piece by piece. A piece is never reused after it is handed on. */
export type ByteSink = (bytes: Buffer) => void;

/** Pieces of about this many bytes: big enough to deflate well, small enough to deflate beside the next. */
const PIECE_BYTES = 1 << 20;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair, 2 units, takes 4). */
const MAX_UTF8_PER_UNIT = 3;
/** Text gathered before it is encoded: one encoding call per few thousand small writes, not one each. */
const PENDING_UNITS = 1 << 14;

/**
 * Writes text as UTF-8 straight into buffers of about a megabyte and hands each full one to the sink.
 * Why not strings joined then encoded: a 34 MB annex sheet would exist three times over (the pieces, the
 * joined string, its bytes), and joining and encoding cost as much as building the XML. Small writes (a
 * cell's markup) are gathered into a short string first: encoding each alone cost more than the copy.
 */
export class BytePieces {
  private buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private at = 0;
  private pending = "";

  constructor(private readonly sink: ByteSink) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_UNITS) this.encodePending();
  }

  /** Hands on what was written since the last piece. */
  flush(): void {
    this.encodePending();
    this.handOn();
  }

  private encodePending(): void {
    const text = this.pending;
    if (text === "") return;
    this.pending = "";
    const room = text.length * MAX_UTF8_PER_UNIT;
    if (this.at + room > this.buffer.length) {
      this.handOn();
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    this.at += this.buffer.write(text, this.at, "utf8");
  }

  private handOn(): void {
    if (this.at === 0) return;
    this.sink(this.buffer.subarray(0, this.at));
    this.buffer = Buffer.allocUnsafe(PIECE_BYTES);
    this.at = 0;
  }
}
