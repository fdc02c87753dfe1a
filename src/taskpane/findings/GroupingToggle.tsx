import { Radio, RadioGroup, Field } from "@fluentui/react-components";
import { useText } from "../i18n/text-context";
import type { Grouping } from "../state/pane-state";

/** Group the findings by rule or by row. */
export function GroupingToggle({
  value,
  onChange,
}: {
  value: Grouping;
  onChange: (value: Grouping) => void;
}) {
  const { t } = useText();
  return (
    <Field label={t("ui.groupBy")}>
      <RadioGroup
        layout="horizontal"
        value={value}
        onChange={(_event, data) => onChange(data.value === "row" ? "row" : "rule")}
      >
        <Radio value="rule" label={t("ui.groupByRule")} />
        <Radio value="row" label={t("ui.groupByRow")} />
      </RadioGroup>
    </Field>
  );
}
