/**
 * How the summary's charts look, decided in the layout so that every writer draws the same chart:
 * whole-number axis steps (counts of recommendations) and data-label text that reads on each fill.
 */

/**
 * The value axis's step for stacked columns whose tallest column is `highest`: 1, 2, 5, 10, 20, 50...,
 * the smallest that keeps the axis at most 8 steps high, so that counts never show as 0.5 or 2.5.
 *
 * @example wholeNumberStep(9) // 2
 */
export function wholeNumberStep(highest: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const step of [1, 2, 5]) {
      if (Math.max(0, highest) / (step * magnitude) <= 8) return step * magnitude;
    }
  }
}

/**
 * "#FFFFFF" on a dark fill (relative luminance below one half), "#000000" on a light one.
 *
 * @example readableTextColor("#2F5597") // "#FFFFFF"
 */
export function readableTextColor(fill: string): string {
  const match = /^#([0-9a-fA-F]{6})$/.exec(fill);
  if (!match?.[1]) return "#000000";
  const hex = match[1];
  const channel = (offset: number) => parseInt(hex.slice(offset, offset + 2), 16) / 255;
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.5 ? "#FFFFFF" : "#000000";
}
