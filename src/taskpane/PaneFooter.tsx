import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../labels/language";
import { useText } from "./i18n/text-context";

/** The help page in the pane's language; it sits beside taskpane.html wherever the add-in is hosted. */
const HELP_PAGES: Readonly<Record<Language, string>> = {
  ar: "help-ar.html",
  zh: "help-zh.html",
  en: "help.html",
  fr: "help-fr.html",
  ru: "help-ru.html",
  es: "help-es.html",
};

const useStyles = makeStyles({
  footer: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

export interface PaneFooterProps {
  readonly language: Language;
  /** The add-in's version (package.json's, set at build time); a user quotes it when reporting a problem. */
  readonly version: string;
}

/** The help link (how to use the add-in, how to report a problem, whom to contact) and the version. */
export function PaneFooter({ language, version }: PaneFooterProps) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <footer className={styles.footer}>
      <Link href={HELP_PAGES[language]} target="_blank" rel="noopener noreferrer">
        {t("ui.help")}
      </Link>
      <Caption1>{t("ui.version", { version })}</Caption1>
    </footer>
  );
}
