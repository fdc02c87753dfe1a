import type { ColumnId, PlannedReviewColumnId, RequestColumnId } from "../../src/core/model";
import {
  HEADER_ALIASES,
  PLANNED_REVIEW_HEADER_ALIASES,
  REQUEST_HEADER_ALIASES,
} from "../../src/core/parse/headers";
import {
  parseAcceptance,
  parseAddressee,
  parseImplementation,
  parseYesNo,
  statusWordValue,
} from "../../src/core/parse/status-words";
import type { ChoiceSet } from "../../src/core/validate/message-params";
import { formatAlternatives, formatFindingMessage, label, type LabelId } from "../../src/labels/labels";
import { LANGUAGES, type Language } from "../../src/labels/language";

describe("field names in finding messages", () => {
  const aliases: [string, readonly string[]][] = [
    ...(Object.entries(HEADER_ALIASES) as [ColumnId, readonly string[]][]),
    ...(Object.entries(PLANNED_REVIEW_HEADER_ALIASES) as [PlannedReviewColumnId, readonly string[]][]).map(
      ([id, names]): [string, readonly string[]] => [`plannedReviews.${id}`, names],
    ),
    ...(Object.entries(REQUEST_HEADER_ALIASES) as [RequestColumnId, readonly string[]][]).map(
      ([id, names]): [string, readonly string[]] => [`requests.${id}`, names],
    ),
  ];

  // English: the name messages always used (the column's first header name); Chinese: a header the parser reads.
  it.each(aliases)("%s is named by its first English and its first Chinese header", (field, names) => {
    expect(label(`findingField.${field}` as LabelId, "en")).toBe(names[0]);
    expect(label(`findingField.${field}` as LabelId, "zh")).toBe(names[1]);
  });
});

/** How each language separates alternatives ("A, B or C"; Spanish "u" before an o sound). */
const ALTERNATIVE_SEPARATORS: Readonly<Record<Language, RegExp>> = {
  en: /, | or /,
  zh: /、|或/,
  fr: /, | ou /,
  es: /, | o | u /,
  ru: /, | или /,
  ar: / أو |، /,
};

describe("the words a message tells the reader to type", () => {
  const parsers: Readonly<Record<ChoiceSet, (word: string) => unknown>> = {
    acceptance: parseAcceptance,
    implementation: parseImplementation,
    addressee: parseAddressee,
    yesNo: parseYesNo,
    status: (word) => statusWordValue(word),
  };
  const counts: Readonly<Record<ChoiceSet, number>> = {
    acceptance: 4,
    implementation: 3,
    addressee: 2,
    yesNo: 2,
    status: 6,
  };
  const cases = LANGUAGES.flatMap((lang) =>
    (Object.keys(parsers) as ChoiceSet[]).map((set) => [set, lang] as [ChoiceSet, Language]),
  );

  it.each(cases)("%s in %s are words the register reads, one per value", (set, lang) => {
    const text = formatFindingMessage("missingChoice", { field: "acceptance", choices: set }, lang);
    // The template around the list, from the same message with a marker for its choices.
    const [before = "", after = ""] = formatFindingMessage(
      "missingChoice",
      { field: "acceptance", choices: "\u0000" },
      lang,
    ).split("\u0000");
    const list = text.slice(before.length, text.length - after.length);
    const words = list.split(ALTERNATIVE_SEPARATORS[lang]);
    expect(words).toHaveLength(counts[set]);
    const values = words.map((word) => parsers[set](word));
    expect(values).not.toContain(null);
    expect(new Set(values).size).toBe(words.length);
  });

  it("lists them as English and Chinese write alternatives", () => {
    expect(formatFindingMessage("missingChoice", { field: "acceptance", choices: "acceptance" }, "en")).toBe(
      "Acceptance is missing; use Accepted, Not accepted, Under consideration or Not relevant",
    );
    expect(formatFindingMessage("missingChoice", { field: "acceptance", choices: "acceptance" }, "zh")).toBe(
      "缺少接受情况；请填写：已接受、未接受、正在审议或不相关",
    );
    expect(formatAlternatives(["Yes"], "en")).toBe("Yes");
    expect(formatAlternatives(["是", "否"], "zh")).toBe("是或否");
  });
});

describe("formatFindingMessage", () => {
  it("renders statuses with the label table's names", () => {
    const params = {
      field: "previousImplementation",
      implementation: "notStarted",
      otherField: "previousAcceptance",
      acceptance: "notAccepted",
    };
    expect(formatFindingMessage("previous.contradiction", params, "en")).toBe(
      "Previous implementation is 'Not started' but Previous acceptance is Not accepted; correct one of them",
    );
    expect(formatFindingMessage("previous.contradiction", params, "zh")).toBe(
      "之前落实情况为“尚未启动”，但之前接受情况为“未予接受”；请更正其中之一",
    );
  });

  it("shows a code outside its closed set as it is, rather than failing", () => {
    expect(formatFindingMessage("implementation.regressed", { status: "postponed" }, "zh")).toContain(
      "退回为“postponed”",
    );
  });

  it("throws when a placeholder has no value, so that a half-filled message never reaches the pane", () => {
    expect(() => formatFindingMessage("formulaError", { field: "acceptance" }, "zh")).toThrow(
      "Label finding.formulaError needs a value for {code}",
    );
  });

  it("keeps a register value with braces as written", () => {
    expect(
      formatFindingMessage(
        "unknownWord",
        { field: "addressee", value: "{code}", choices: "addressee" },
        "zh",
      ),
    ).toBe(
      "提交对象“{code}”无法识别；请填写：立法机构或行政首长；如果“{code}”是贵组织对其中之一的用语，" +
        "请将其添加到名为“词汇”的工作表中（词语：{code}；含义：它所代表的词）",
    );
  });
});
