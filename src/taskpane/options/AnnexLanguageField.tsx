import { Field, Select } from "@fluentui/react-components";
import { isLanguage, type Language } from "../../labels/language";
import { languageChoices, writingDirection } from "../../labels/language-names";
import { useText } from "../i18n/text-context";

/** The language of the generated sheets; each language is named in itself ("English", "中文"), in UN order. */
export function AnnexLanguageField({
  value,
  onChange,
}: {
  value: Language;
  onChange: (value: Language) => void;
}) {
  const { t } = useText();
  return (
    <Field label={t("ui.annexLanguage")}>
      <Select
        value={value}
        onChange={(_event, data) => {
          if (isLanguage(data.value)) onChange(data.value);
        }}
      >
        {languageChoices().map(({ code, name }) => (
          <option key={code} value={code} lang={code} dir={writingDirection(code)}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
