import { BytePieces } from "../../../src/xlsx/write/byte-pieces";

function collect(writes: readonly string[]): { pieces: Buffer[]; copies: Buffer[] } {
  const pieces: Buffer[] = [];
  const copies: Buffer[] = [];
  const out = new BytePieces((bytes) => {
    pieces.push(bytes);
    copies.push(Buffer.from(bytes));
  });
  for (const text of writes) out.write(text);
  out.flush();
  return { pieces, copies };
}

describe("BytePieces", () => {
  it("hands on the UTF-8 of everything written, in order, small writes and large alike", () => {
    const writes: string[] = [];
    for (let i = 0; i < 200_000; i++) writes.push(i % 7 === 0 ? `首协会${i}😀` : `<c r="A${i}" s="1"/>`);
    writes.push("é".repeat(3_000_000), "tail");
    const { pieces } = collect(writes);
    expect(Buffer.concat(pieces).equals(Buffer.from(writes.join(""), "utf8"))).toBe(true);
    expect(pieces.length).toBeGreaterThan(2);
  });

  it("never changes a piece after handing it on", () => {
    const writes = Array.from({ length: 100_000 }, (_, i) => `<row r="${i}">${"x".repeat(i % 50)}</row>`);
    const { pieces, copies } = collect(writes);
    pieces.forEach((piece, index) => expect(piece.equals(copies[index] as Buffer)).toBe(true));
  });

  it("hands on nothing when nothing was written", () => {
    expect(collect([]).pieces).toEqual([]);
    expect(collect(["", ""]).pieces).toEqual([]);
  });
});
