import { Field, Input } from "@fluentui/react-components";
import { parseIsoDate } from "../../app/dates";
import { useText } from "../i18n/text-context";

/** The date statuses and deadlines are judged on; the entry point supplies today's date as the default. */
export function AsOfDateField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useText();
  const valid = parseIsoDate(value) !== null;
  return (
    <Field
      label={t("ui.asOf")}
      hint={valid ? t("ui.asOfHint") : undefined}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : t("ui.asOfInvalid")}
    >
      <Input type="date" value={value} onChange={(_event, data) => onChange(data.value)} />
    </Field>
  );
}
