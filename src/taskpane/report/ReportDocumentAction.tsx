import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentArrowDown20Regular } from "@fluentui/react-icons";
import { useCallback, useState } from "react";
import type { RegisterApi } from "../../app/register-api";
import type { IsoDate } from "../../core/grid";
import type { Language } from "../../labels/language";
import { useText } from "../i18n/text-context";
import { toPaneError } from "../state/to-pane-error";
import { reportFileName, type SaveFile } from "./save-file";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { justifyContent: "flex-start" },
});

type Result =
  | { readonly kind: "saved"; readonly file: string }
  | { readonly kind: "refused"; readonly count: number }
  | { readonly kind: "noDownload" }
  | { readonly kind: "failed"; readonly message: string };

export interface ReportDocumentActionProps {
  readonly api: RegisterApi;
  /** Null while the as-of date is not a date. */
  readonly asOf: IsoDate | null;
  /** The document's language: the annexes' language. */
  readonly language: Language;
  /** True while another action of the pane runs. */
  readonly blocked: boolean;
  /** How this host saves a file, or null where the pane cannot (desktop Excel). */
  readonly saveFile: SaveFile | null;
}

/**
 * "Create report document": builds the .docx from the open workbook and offers it as a download; where the
 * host allows no download from the task pane, says so and gives the command line that makes the same file.
 */
export function ReportDocumentAction({ api, asOf, language, blocked, saveFile }: ReportDocumentActionProps) {
  const styles = useStyles();
  const { t } = useText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const create = useCallback(
    async (force: boolean) => {
      if (busy || asOf === null) return;
      if (saveFile === null) {
        setResult({ kind: "noDownload" });
        return;
      }
      setBusy(true);
      setResult(null);
      try {
        const outcome = await api.createReportDocument({ asOf, language, force });
        if (outcome.bytes === null) {
          setResult({ kind: "refused", count: outcome.refusedFindings.length });
        } else {
          const file = reportFileName(asOf, language);
          saveFile(outcome.bytes, file);
          setResult({ kind: "saved", file });
        }
      } catch (error) {
        setResult({ kind: "failed", message: toPaneError(error, t).message });
      } finally {
        setBusy(false);
      }
    },
    [api, asOf, busy, language, saveFile, t],
  );

  const command = `jiu-register report WORKBOOK.xlsx --as-of ${asOf ?? "YYYY-MM-DD"} --lang ${language} -o report.docx`;
  return (
    <section className={styles.section} aria-live="polite">
      <Button
        className={styles.action}
        icon={<DocumentArrowDown20Regular />}
        disabledFocusable={blocked || busy || asOf === null}
        onClick={() => void create(false)}
      >
        {t("ui.report.create")}
      </Button>
      {result && (
        <ReportMessage
          result={result}
          command={command}
          busy={busy}
          onCreateAnyway={() => void create(true)}
        />
      )}
    </section>
  );
}

/** What became of the last click: downloaded, refused (with "Create anyway"), no download here, or failed. */
function ReportMessage({
  result,
  command,
  busy,
  onCreateAnyway,
}: {
  result: Result;
  command: string;
  busy: boolean;
  onCreateAnyway(): void;
}) {
  const { t } = useText();
  switch (result.kind) {
    case "saved":
      return (
        <MessageBar intent="success">
          <MessageBarBody>{t("ui.report.saved", { file: result.file })}</MessageBarBody>
        </MessageBar>
      );
    case "refused":
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t("ui.report.refused", { count: result.count })}</MessageBarBody>
          <MessageBarActions>
            <Button disabledFocusable={busy} onClick={onCreateAnyway}>
              {t("ui.report.createAnyway")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case "noDownload":
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.report.noDownload", { command })}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      );
  }
}
