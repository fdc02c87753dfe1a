import type { FindingMessageId } from "../core/findings";
import type { LabelTexts } from "./label-table";

/**
 * Finding messages about the register's words (issue 10): the Vocabulary sheet, a status that leaves the implementation unsaid, and an acceptance inferred from
 * the implementation. Merged into the finding messages of finding-labels.ts, which checks that every
 * message id has its templates.
 */
export const REGISTER_WORD_MESSAGES = {
  "implementation.notStated": {
    en: "{field} '{value}' says the recommendation is Accepted but not how far it is implemented; write {choices} instead, or map '{value}' in the Vocabulary sheet to an acceptance and an implementation (e.g. Accepted; In progress)",
    zh: "{field}“{value}”只说明该建议已接受，未说明落实情况；请改填：{choices}，或在“词汇”工作表中将“{value}”对应到接受情况和落实情况（例如：已接受；正在落实）",
  },
  "acceptance.inferredOneRow": {
    en: "{field} is blank on row {row}, where Implementation is given; it is counted as Accepted, since only an accepted recommendation is implemented. Type Accepted to say so",
    zh: "第 {row} 行的{field}为空，但已填写落实情况；由于只有已接受的建议才会落实，该建议按“已接受”计算。请填写“已接受”予以确认",
  },
  "acceptance.inferredRows": {
    en: "{field} is blank on {count} rows where Implementation is given (first on row {row}); they are counted as Accepted, since only an accepted recommendation is implemented. Type Accepted to say so",
    zh: "有 {count} 行的{field}为空，但已填写落实情况（首次出现在第 {row} 行）；由于只有已接受的建议才会落实，这些建议按“已接受”计算。请填写“已接受”予以确认",
  },
  "acceptance.inferredNoColumn": {
    en: "The register has no Acceptance column; its {count} recommendations with an implementation status (first on row {row}) are counted as Accepted, since only an accepted recommendation is implemented. Add an Acceptance column to say so",
    zh: "登记册没有“接受情况”列；其中 {count} 项已填写落实情况的建议（首次出现在第 {row} 行）按“已接受”计算，因为只有已接受的建议才会落实。请添加“接受情况”列予以说明",
  },
  "vocabulary.meansUnknown": {
    en: "{field} '{value}' is not a value the register knows; use one such as Legislative body, Executive head, Under consideration or Implemented, or an acceptance and an implementation separated by a semicolon (Accepted; In progress)",
    zh: "{field}“{value}”不是登记册认识的值；请使用“立法机构”“行政首长”“正在审议”“已落实”等值，或用分号隔开的接受情况和落实情况（已接受；正在落实）",
  },
  "vocabulary.meansMissing": {
    en: "{field} is blank; type what '{value}' stands for, e.g. Legislative body, or Accepted; In progress",
    zh: "{field}为空；请填写“{value}”所代表的值，例如“立法机构”，或“已接受；正在落实”",
  },
  "vocabulary.wordMissing": {
    en: "{field} is blank; type your organization's word that means '{value}', or delete the row",
    zh: "{field}为空；请填写贵组织表示“{value}”的用语，或删除该行",
  },
  "vocabulary.wordTwice": {
    en: "'{value}' is already on row {firstRow} with another meaning; keep one of the two rows (row {firstRow} counts)",
    zh: "“{value}”已在第 {firstRow} 行出现，且含义不同；请只保留其中一行（以第 {firstRow} 行为准）",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;
