/**
 * Receives a part's bytes in order, piece by piece. A piece is never reused while the sink may need it:
 * a sink that returns nothing keeps it for good; one that returns a promise (e.g. a deflate on another
 * thread) gives it back when that settles, and its buffer then takes a later piece.
 */
export type ByteSink = (bytes: Buffer) => void | Promise<unknown>;

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
  /**
   * Piece buffers given back by the sink, for the next pieces. Why: a 50 MB annex sheet in fresh 1 MB
   * buffers is 50 MB of memory outside the JavaScript heap, which made V8 run a full collection of the
   * whole heap (the register included) for "external memory pressure".
   */
  private readonly free: Buffer[] = [];
  private buffer: Buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private at = 0;
  private pending = "";
  /** Pieces handed on so far: a writer pauses after each (see worksheetXmlPieces) for buffers to come back. */
  handedOn = 0;

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
    const full = this.buffer;
    const done = this.sink(full.subarray(0, this.at));
    this.handedOn += 1;
    if (done !== undefined && full.length === PIECE_BYTES) {
      done.then(
        () => this.free.push(full),
        () => undefined, // a failed sink reports its own error; the buffer is just not used again
      );
    }
    this.buffer = this.free.pop() ?? Buffer.allocUnsafe(PIECE_BYTES);
    this.at = 0;
  }
}
