/** The as-of date's text form, as the task pane's date field reads and shows it (YYYY-MM-DD). */
export { formatIsoDate, parseIsoDate } from "../core/dates";
