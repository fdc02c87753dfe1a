/** How the bench's tables write a figure: "-" where it was not measured. */

/** Milliseconds, with fewer decimals as they grow. */
export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "-"
    : value < 10
      ? value.toFixed(2)
      : value < 100
        ? value.toFixed(1)
        : value.toFixed(0);
export const ratio = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? "-" : `${value.toFixed(1)}x`;
/** Decimal megabytes, as the 5 MB request and response limits count them. */
export const mb = (bytes: number | null): string => (bytes === null ? "-" : `${(bytes / 1e6).toFixed(2)} MB`);
export const count = (n: number): string => n.toLocaleString("en-US");
