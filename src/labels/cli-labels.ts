import type { LabelTable } from "./label-table";

/**
 * The terminal report of `jiu-register summary`, in the language of `--lang`: the figures of the progress
 * report's paragraphs 8 and 10, Annex III and Figures 1 and 2, as aligned text.
 */
export const CLI_LABELS = {
  "cli.summary.title": {
    en: "Status of JIU recommendations as of {date}",
    zh: "截至 {date}的联检组建议情况",
  },
  "cli.summary.titleWithOrganization": {
    en: "Status of JIU recommendations as of {date} ({organization})",
    zh: "截至 {date}的联检组建议情况（{organization}）",
  },
  "cli.place.sheet": { en: "sheet '{sheet}'", zh: "工作表“{sheet}”" },
  "cli.place.table": { en: "table '{table}' on sheet '{sheet}'", zh: "工作表“{sheet}”中的表格“{table}”" },
  "cli.summary.read": {
    en: { one: "1 recommendation read from {place}.", other: "{count} recommendations read from {place}." },
    zh: { other: "从{place}读取了 {count} 项建议。" },
  },
  "cli.summary.readSome": {
    en: "{counted} of {rows} rows read from {place} counted; the others lack a readable report, number, addressee or acceptance (jiu-register validate lists them).",
    zh: "从{place}读取的 {rows} 行中计入了 {counted} 行；其余各行缺少可读的报告文号、建议编号、提交对象或接受情况（jiu-register validate 会列出这些行）。",
  },
  "cli.summary.outstanding": {
    en: "Outstanding: {legislative} to legislative bodies, {executiveHead} to the executive head.",
    zh: "未完成：给立法机构的建议 {legislative} 项，给行政首长的建议 {executiveHead} 项。",
  },
  "cli.summary.closureNone": { en: "Proposed for closure: none.", zh: "提议结束：无。" },
  "cli.summary.closure": {
    en: { one: "Proposed for closure (1 report):", other: "Proposed for closure ({count} reports):" },
    zh: { other: "提议结束（{count} 份报告）：" },
  },
  "cli.recommendations": {
    en: { one: "recommendation {numbers}", other: "recommendations {numbers}" },
    zh: { other: "建议 {numbers}" },
  },
  "cli.recommendations.unnumbered": { en: "the informal recommendations", zh: "非正式建议" },
  "cli.recommendations.andUnnumbered": {
    en: {
      one: "recommendation {numbers} and the informal recommendations",
      other: "recommendations {numbers} and the informal recommendations",
    },
    zh: { other: "建议 {numbers} 和非正式建议" },
  },
  "cli.summary.activeNone": { en: "Active reports: none.", zh: "有效报告：无。" },
  "cli.summary.active": { en: "Active reports ({count}):", zh: "有效报告（{count} 份）：" },
  "cli.summary.activeCounts": {
    en: "{legislative} to legislative bodies, {executiveHead} to the executive head",
    zh: "给立法机构 {legislative} 项，给行政首长 {executiveHead} 项",
  },
  "cli.summary.byYearNone": { en: "By review year: no recommendations.", zh: "按审查年份：没有建议。" },
  "cli.summary.byYear": { en: "By review year and status:", zh: "按审查年份和状态：" },
  "cli.summary.year": { en: "Year", zh: "年份" },
  "cli.summary.addressee": { en: "Addressed to", zh: "提交对象" },
  "cli.summary.legislative": { en: "Legislative body", zh: "立法机构" },
  "cli.summary.executiveHead": { en: "Executive head", zh: "行政首长" },
  "cli.summary.rates": { en: "Rates", zh: "比率" },
  "cli.summary.acceptanceRate": { en: "Acceptance", zh: "接受率" },
  "cli.summary.implementationRate": { en: "Implementation", zh: "落实率" },
  "cli.summary.rateLine": {
    en: "{name}: {overall} overall; {legislative} legislative bodies; {executiveHead} executive head",
    zh: "{name}：总体 {overall}；立法机构 {legislative}；行政首长 {executiveHead}",
  },
  "cli.summary.rateOf": {
    en: "{rate} ({numerator} of {denominator})",
    zh: "{rate}（{denominator} 项中 {numerator} 项）",
  },
  "cli.summary.rateNotApplicable": { en: "n/a", zh: "不适用" },
  "cli.summary.planned": {
    en: "Planned JIU reviews: {count} (sheet '{sheet}').",
    zh: "联检组计划进行的审查：{count} 项（工作表“{sheet}”）。",
  },
  "cli.summary.requests": {
    en: "Requests from the JIU: {onTime} answered on time, {late} late, {pending} pending, {overdue} overdue.",
    zh: "联检组的请求：按时回应 {onTime} 项，逾期回应 {late} 项，待回应 {pending} 项，已逾期未回应 {overdue} 项。",
  },
  "cli.summary.errorsNote": {
    en: {
      one: "The register has 1 error; {skipped} of {rows} rows cannot be read and are not counted. Run jiu-register validate to see it, or give --force to accept the figures as they are.",
      other:
        "The register has {count} errors; {skipped} of {rows} rows cannot be read and are not counted. Run jiu-register validate to see them, or give --force to accept the figures as they are.",
    },
    zh: {
      other:
        "登记册有 {count} 个错误；{rows} 行中有 {skipped} 行无法读取，未计入。请运行 jiu-register validate 查看，或使用 --force 接受现有数字。",
    },
  },
} satisfies LabelTable;
