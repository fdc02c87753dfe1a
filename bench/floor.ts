import type { WorkbookGrid } from "../src/core/grid";

/**
 * The cheapest pass over a grid that still reads every cell once: it sums the string lengths.
 * The core's time is judged as a multiple of this floor.
 *
 * @example floorPass({ sheets: [{ name: "S", cells: [["ab", 3]], origin: { row: 1, column: 1 } }] }) // 3
 */
export function floorPass(grid: WorkbookGrid): number {
  let total = 0;
  for (const sheet of grid.sheets) {
    for (const row of sheet.cells) {
      for (const cell of row) {
        if (typeof cell === "string") total += cell.length;
        else if (typeof cell === "number" || typeof cell === "boolean") total += 1;
        else if (cell !== null) {
          total +=
            cell.kind === "date"
              ? cell.iso.length
              : cell.kind === "link"
                ? cell.text.length
                : cell.code.length;
        }
      }
    }
  }
  return total;
}

/**
 * A second, informative floor: the cheapest pass that reads every character of every cell once (it sums
 * the character codes). `floorPass` never looks at a character (a string's length costs nothing), while
 * the core must read them all: to trim and fold text, to wrap it for row heights. A link's address is
 * read as well as its text, as the core reads both.
 *
 * @example charFloorPass({ sheets: [{ name: "S", cells: [["ab", 3]], origin: { row: 1, column: 1 } }] }) // 198 (97 + 98 + 3)
 */
export function charFloorPass(grid: WorkbookGrid): number {
  let total = 0;
  for (const sheet of grid.sheets) {
    for (const row of sheet.cells) {
      for (const cell of row) {
        if (typeof cell === "string") total += sumOfCodes(cell);
        else if (typeof cell === "number") total += cell;
        else if (typeof cell === "boolean") total += 1;
        else if (cell !== null) {
          total +=
            cell.kind === "date"
              ? sumOfCodes(cell.iso)
              : cell.kind === "link"
                ? sumOfCodes(cell.text) + sumOfCodes(cell.address)
                : sumOfCodes(cell.code);
        }
      }
    }
  }
  return total;
}

function sumOfCodes(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}
