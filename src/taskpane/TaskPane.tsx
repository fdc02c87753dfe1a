import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from "react";
import type { RegisterApi, IsoDate, Finding } from "../app/register-api";
import type { Language } from "../labels/language";
import { writingDirection } from "../labels/language-names";
import { PrimaryActions } from "./actions/PrimaryActions";
import { WorkProgress } from "./actions/WorkProgress";
import { WorkbookActions } from "./actions/WorkbookActions";
import { FindingsPanel } from "./findings/FindingsPanel";
import { PaneFooter } from "./PaneFooter";
import { TextProvider, useText } from "./i18n/text-context";
import { ErrorMessage } from "./messages/ErrorMessage";
import { GenerationMessage } from "./messages/GenerationMessage";
import { AnnexLanguageField } from "./options/AnnexLanguageField";
import { AsOfDateField } from "./options/AsOfDateField";
import { CheckAsYouTypeSwitch } from "./options/CheckAsYouTypeSwitch";
import { initialPaneState, paneReducer, type PaneEvent, type PaneState } from "./state/pane-state";
import { usePaneActions } from "./state/use-pane-actions";
import { parseIsoDate } from "../app/dates";
import type { SaveFile } from "./report/save-file";
import { fluentTheme, type ThemeName } from "./theme";

export interface TaskPaneProps {
  /** Everything the pane may ask of the workbook; the pane itself never touches Excel. */
  readonly api: RegisterApi;
  /** Office's display language, narrowed to one the label table has. */
  readonly language: Language;
  readonly theme: ThemeName;
  /** Today, as the entry point reads the clock; the user can change it. */
  readonly initialAsOf: IsoDate;
  /** The add-in's version, shown at the foot of the pane beside the help link. */
  readonly version: string;
  /** Called once the pane has rendered and its buttons work (the preview measures this). */
  readonly onInteractive?: () => void;
  /** How this host saves a file from the pane; absent where it cannot (desktop Excel). */
  readonly saveFile?: SaveFile | null;
}

const useStyles = makeStyles({
  provider: { minHeight: "100%", boxSizing: "border-box" },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    maxWidth: "480px",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  options: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

/** The task pane: options, the three actions, progress, messages and the findings. */
export function TaskPane(props: TaskPaneProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={fluentTheme(props.theme)}
      className={styles.provider}
      lang={props.language}
      dir={writingDirection(props.language)}
    >
      <TextProvider language={props.language}>
        <PaneContent {...props} />
      </TextProvider>
    </FluentProvider>
  );
}

function PaneHeader() {
  const styles = useStyles();
  const { t } = useText();
  return (
    <header className={styles.header}>
      <Title3 as="h1" id="pane-title" className={styles.title}>
        {t("ui.appTitle")}
      </Title3>
      <Text>{t("ui.intro")}</Text>
    </header>
  );
}

function MarksCleared() {
  const { t } = useText();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t("ui.marksCleared")}</MessageBarBody>
    </MessageBar>
  );
}

/** What checking as you type feeds into the pane's state: each edit's findings, or why it failed. */
function useLiveFindings(dispatch: Dispatch<PaneEvent>) {
  const onLiveFindings = useCallback(
    ({ outcome }: { outcome: { sheet: string; rows: number; findings: readonly Finding[] } }) =>
      dispatch({ type: "liveChecked", view: { source: "validation", ...outcome } }),
    [dispatch],
  );
  const onLiveFailed = useCallback(
    (message: string) => dispatch({ type: "failed", error: { code: "live-check", message } }),
    [dispatch],
  );
  return { onLiveFindings, onLiveFailed };
}

/** The as-of date and the annex language: the settings every action reads. */
function PaneOptions({ state, dispatch }: { state: PaneState; dispatch: Dispatch<PaneEvent> }) {
  const styles = useStyles();
  return (
    <div className={styles.options}>
      <AsOfDateField value={state.asOf} onChange={(text) => dispatch({ type: "asOfChanged", asOf: text })} />
      <AnnexLanguageField
        value={state.annexLanguage}
        onChange={(value) => dispatch({ type: "annexLanguageChanged", language: value })}
      />
    </div>
  );
}

function PaneContent({ api, language, initialAsOf, version, onInteractive, saveFile }: TaskPaneProps) {
  const styles = useStyles();
  const { t } = useText();
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(initialAsOf, language));
  const actions = usePaneActions(api, state, dispatch, language, t);
  const busy = state.busy?.action ?? null;
  // The date field's text, parsed once per change: null while it is not a valid YYYY-MM-DD.
  const asOf = useMemo(() => parseIsoDate(state.asOf), [state.asOf]);

  useEffect(() => onInteractive?.(), [onInteractive]);
  const live = useLiveFindings(dispatch);

  return (
    <main className={styles.pane} aria-labelledby="pane-title" aria-busy={busy !== null}>
      <PaneHeader />
      <PaneOptions state={state} dispatch={dispatch} />
      <CheckAsYouTypeSwitch
        api={api}
        onValidate={() => void actions.validate()}
        onLiveFindings={live.onLiveFindings}
        onLiveFailed={live.onLiveFailed}
      />
      <PrimaryActions
        busy={busy}
        ready={asOf !== null}
        onValidate={() => void actions.validate()}
        onGenerateSummary={() => void actions.generate("summary", false)}
        onGenerateAnnex={() => void actions.generate("annex", false)}
        onClearMarks={() => void actions.clearMarks()}
      />
      <WorkbookActions
        api={api}
        asOf={asOf}
        language={state.annexLanguage}
        blocked={busy !== null}
        saveFile={saveFile ?? null}
      />
      {state.busy && <WorkProgress action={state.busy.action} progress={state.busy.progress} />}
      {state.error && <ErrorMessage error={state.error} />}
      {state.marksCleared && <MarksCleared />}
      {state.generation && (
        <GenerationMessage
          generation={state.generation}
          busy={busy !== null}
          onGenerateAnyway={() => void actions.generate(state.generation?.action ?? "annex", true)}
        />
      )}
      {state.findings && (
        <FindingsPanel
          view={state.findings}
          grouping={state.grouping}
          onGroupingChange={(grouping) => dispatch({ type: "groupingChanged", grouping })}
          onGoTo={(finding) => void actions.goTo(finding)}
        />
      )}
      <PaneFooter language={language} version={version} />
    </main>
  );
}
