import { LANGUAGES } from "../../src/labels/language";
import {
  fillPlaceholders,
  formatCount,
  formatLabel,
  formatList,
  formatLongDate,
  formatYearSpan,
  label,
  LABELS,
  numberingMarker,
  ruleTitleId,
  type LabelId,
  type LabelText,
} from "../../src/labels/labels";
import { FINDING_LABELS } from "../../src/labels/finding-labels";
import { CLI_LABELS } from "../../src/labels/cli-labels";
import { CLI_HELP_LABELS } from "../../src/labels/cli-help-labels";
import { CLI_USAGE_LABELS } from "../../src/labels/cli-usage-labels";
import { CLI_WROTE_LABELS } from "../../src/labels/cli-wrote-labels";
import { CLI_ROLLOVER_LABELS } from "../../src/labels/cli-rollover-labels";
import { CLI_FIGURE_LABELS } from "../../src/labels/cli-figure-labels";
import { CLI_VALIDATE_LABELS } from "../../src/labels/cli-validate-labels";
import { UNUSABLE_LABELS } from "../../src/labels/unusable-labels";
import { DOCUMENT_LABELS } from "../../src/labels/document-labels";
import { SHEET_LABELS } from "../../src/labels/sheet-labels";
import { SUMMARY_LABELS } from "../../src/labels/summary-labels";
import { DECISION_LABELS } from "../../src/labels/decision-labels";
import { ANNEX_LABELS } from "../../src/labels/annex-labels";
import { ANNEX_III_LABELS } from "../../src/labels/annex-iii-labels";
import { ROLLOVER_LABELS } from "../../src/labels/rollover-labels";
import { CHANGES_LABELS } from "../../src/labels/changes-labels";
import { TEMPLATE_LABELS } from "../../src/labels/template-labels";
import { RULE_TITLES, UI_LABELS } from "../../src/labels/ui-labels";
import type { RuleId } from "../../src/core/findings";

const ALL_IDS = Object.keys(LABELS) as (keyof typeof LABELS)[];

/** A label's text in one language, or each of its plural forms. */
function formsOf(text: LabelText): string[] {
  return typeof text === "string" ? [text] : Object.values(text);
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("the label table", () => {
  it("gives every label a non-empty text in every language", () => {
    const missing = ALL_IDS.flatMap((id) =>
      LANGUAGES.filter((lang) => {
        const text = (LABELS[id] as Record<string, LabelText | undefined>)[lang];
        return text === undefined || formsOf(text).some((form) => !form.trim());
      }).map((lang) => `${id}/${lang}`),
    );
    expect(missing).toEqual([]);
    expect(ALL_IDS.length).toBeGreaterThan(100);
  });

  it("uses the same placeholders in every language of a label", () => {
    const mismatched = ALL_IDS.filter((id) => {
      const [first, ...others] = LANGUAGES.flatMap((lang) =>
        formsOf((LABELS[id] as Record<string, LabelText>)[lang] ?? "").map((form) =>
          placeholders(form)
            .filter((name) => name !== "count")
            .join(","),
        ),
      );
      return others.some((other) => other !== first);
    });
    expect(mismatched).toEqual([]);
  });

  it("merges sheet, UI, finding, CLI, document and changes labels without a clash", () => {
    const tables = [
      SHEET_LABELS,
      SUMMARY_LABELS,
      DECISION_LABELS,
      ANNEX_LABELS,
      ANNEX_III_LABELS,
      UI_LABELS,
      FINDING_LABELS,
      CLI_LABELS,
      CLI_HELP_LABELS,
      CLI_USAGE_LABELS,
      CLI_WROTE_LABELS,
      CLI_ROLLOVER_LABELS,
      CLI_FIGURE_LABELS,
      CLI_VALIDATE_LABELS,
      DOCUMENT_LABELS,
      UNUSABLE_LABELS,
      ROLLOVER_LABELS,
      CHANGES_LABELS,
      TEMPLATE_LABELS,
    ].map((table) => Object.keys(table));
    const counts = new Map<string, number>();
    for (const id of tables.flat()) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count > 1)).toEqual([]);
    expect(ALL_IDS.length).toBe(tables.reduce((total, ids) => total + ids.length, 0));
  });

  it("gives every label of a new register and its pane controls in the six UN languages", () => {
    for (const [id, texts] of Object.entries(TEMPLATE_LABELS))
      for (const lang of ["en", "zh", "ar", "fr", "ru", "es"])
        expect([id, lang, ((texts as Record<string, string | undefined>)[lang] ?? "").trim() !== ""]).toEqual(
          [id, lang, true],
        );
  });

  it("has a title for every validation rule", () => {
    const rules = Object.keys(RULE_TITLES) as RuleId[];
    expect(rules).toHaveLength(26);
    expect(label(ruleTitleId("E11-link"), "en")).toBe("Link");
    expect(label(ruleTitleId("W06-responsible-spelling"), "zh")).toBe("负责人写法不一致");
  });

  it.each([
    ["ui.validate", "Validate register"],
    ["ui.generateSummary", "Generate summary sheet"],
    ["ui.generateAnnex", "Generate annex"],
    ["ui.clearMarks", "Clear marks"],
    ["ui.asOf", "As of"],
    ["ui.annexLanguage", "Annex language"],
    ["ui.groupByRule", "Group by rule"],
    ["ui.groupByRow", "Group by row"],
  ] as const)("names the pane's action %s %j", (id, text) => {
    expect(label(id, "en")).toBe(text);
  });

  // The seed's words, verbatim (WIPO WO/PBC/35/2).
  it.each([
    ["annexI.heading", "联检组向联检组参与组织立法机构提出的建议"],
    ["annexII.heading", "联合检查组（联检组）向联检组参与组织行政首长提出的建议"],
    ["annex.assessment", "管理层/联络点评估"],
    ["annex.acceptance", "接受情况"],
    ["annex.implementation", "落实情况"],
    ["annex.responsible", "负责人"],
    ["note.unchangedUpdated", "与之前状态相比无变化 评估已更新"],
    ["annexIII.symbol", "报告文号"],
    ["annexIII.title", "联检组报告链接"],
    ["annexIII.counts", "未完成建议数量 (立法机构和行政首长)"],
    ["annexIII.ceb", "首协会评论意见"],
    ["annexIII.otherDocuments", "其他文件"],
    ["timeliness.caption", "表 1. 总结看板——回应及时性"],
    ["decision.intro", "欢迎并核可秘书处对本报告所载的下述建议落实情况的评估:"],
    ["summary.title", "联合检查组（联检组）建议的落实进展报告"],
  ] as const)("keeps the seed's Chinese for %s", (id, text) => {
    expect(label(id, "zh")).toBe(text);
  });

  it("fills placeholders and refuses to leave one empty", () => {
    expect(formatLabel("annex.recommendation", "zh", { number: 10 })).toBe("建议 10");
    expect(formatLabel("note.previously", "en", { status: "In progress" })).toBe("Previously 'In progress'");
    expect(formatLabel("note.previously", "zh", { status: "正在落实" })).toBe("之前为“正在落实”");
    expect(() => formatLabel("annex.recommendation", "en", {})).toThrow(/\{number\}/);
    expect(fillPlaceholders("{a}-{a}", { a: 1 })).toBe("1-1");
    // A value that looks like a placeholder is not filled again.
    expect(fillPlaceholders("{a}", { a: "{b}", b: "no" })).toBe("{b}");
  });
});

describe("language rules", () => {
  it.each([
    [[], "", ""],
    [["4"], "4", "4"],
    [["1", "7"], "1 and 7", "1 和 7"],
    [["3", "4", "5"], "3, 4 and 5", "3、4 和 5"],
    [["1", "5", "8", "9"], "1, 5, 8 and 9", "1、5、8 和 9"],
  ])("formatList(%j)", (items, en, zh) => {
    expect(formatList(items, "en")).toBe(en);
    expect(formatList(items, "zh")).toBe(zh);
  });

  it.each([
    ["2023-02-28", "28 February 2023", "2023 年 2 月 28 日"],
    ["2024-12-01", "1 December 2024", "2024 年 12 月 1 日"],
    ["1999-01-31", "31 January 1999", "1999 年 1 月 31 日"],
  ])("formatLongDate(%s)", (iso, en, zh) => {
    expect(formatLongDate(iso, "en")).toBe(en);
    expect(formatLongDate(iso, "zh")).toBe(zh);
  });

  it("rejects what is not an ISO date", () => {
    expect(() => formatLongDate("28/02/2023", "en")).toThrow();
    expect(() => formatLongDate("2023-13-01", "en")).toThrow();
  });

  it("writes year spans", () => {
    expect(formatYearSpan(2018, 2021, "en")).toBe("2018–2021");
    expect(formatYearSpan(2018, 2021, "zh")).toBe("2018 年-2021 年");
    expect(formatYearSpan(2021, 2021, "en")).toBe("2021");
    expect(formatYearSpan(2021, 2021, "zh")).toBe("2021 年");
  });

  it.each([
    [0, "零"],
    [1, "一"],
    [4, "四"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [24, "二十四"],
    [99, "九十九"],
    [100, "100"],
    [1234, "1234"],
  ])("counts %d in Chinese as %s, in English as digits", (n, zh) => {
    expect(formatCount(n, "zh")).toBe(zh);
    expect(formatCount(n, "en")).toBe(String(n));
  });

  it.each([
    [1, "I.", "一、"],
    [2, "II.", "二、"],
    [4, "IV.", "四、"],
    [9, "IX.", "九、"],
    [12, "XII.", "十二、"],
    [49, "XLIX.", "四十九、"],
  ])("numbers heading %d", (n, en, zh) => {
    expect(numberingMarker(n, "en")).toBe(en);
    expect(numberingMarker(n, "zh")).toBe(zh);
  });

  it("names the generated sheets validly in every language", () => {
    const ids: LabelId[] = ["sheet.summary", "sheet.annexI", "sheet.annexII", "sheet.annexIII"];
    for (const lang of LANGUAGES) {
      const names = ids.map((id) => label(id, lang));
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
    }
    expect(ids.map((id) => label(id, "zh"))).toEqual(["摘要", "附件一", "附件二", "附件三"]);
  });
});
