import { Field, Select } from "@fluentui/react-components";
import { isLanguage, LANGUAGES, type Language } from "../../labels/language";
import { useText } from "../i18n/text-context";

/** The language of the generated sheets; each language is named in itself ("English", "中文"). */
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
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(language === "en" ? "ui.language.en" : "ui.language.zh")}
          </option>
        ))}
      </Select>
    </Field>
  );
}
