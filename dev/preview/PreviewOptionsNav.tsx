import { makeStyles } from "@fluentui/react-components";

/** The preview's query options (read by preview-options.ts), each with what it stands in for. */
export const PREVIEW_OPTION_LINKS: readonly {
  readonly query: string;
  readonly label: string;
  readonly title: string;
}[] = [
  { query: "?", label: "Sample", title: "The sample register, as it is" },
  { query: "?fault=1", label: "?fault=1", title: "Plant one fault in the sample (a misspelt acceptance)" },
  { query: "?lang=zh", label: "?lang=zh", title: "Office's display language: Chinese" },
  { query: "?theme=dark", label: "?theme=dark", title: "Office's dark theme" },
  {
    query: "?rows=20000",
    label: "?rows=20000",
    title: "A synthetic register of that many rows (1 to 100,000)",
  },
  { query: "?empty=1", label: "?empty=1", title: "A new, empty workbook, to try New register" },
];

const useStyles = makeStyles({
  nav: { display: "flex", flexWrap: "wrap", gap: "10px", marginLeft: "auto" },
  link: { color: "#fff", textDecoration: "underline", ":focus-visible": { outline: "2px solid #fff" } },
});

/** The preview's options, in its banner, so that nobody has to read the source to find them. */
export function PreviewOptionsNav() {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label="Preview options" data-testid="preview-options">
      <span>Options (combine with &amp;):</span>
      {PREVIEW_OPTION_LINKS.map((option) => (
        <a
          key={option.query}
          className={styles.link}
          href={`preview.html${option.query}`}
          title={option.title}
        >
          {option.label}
        </a>
      ))}
    </nav>
  );
}
