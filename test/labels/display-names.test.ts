import type { Status } from "../../src/core/model";
import { acceptanceLabel, addresseeLabel, implementationLabel, statusLabel } from "../../src/labels/labels";

describe("display names", () => {
  it.each([
    ["implemented", "Implemented", "已落实"],
    ["inProgress", "In progress", "正在落实"],
    ["notStarted", "Not started", "尚未启动"],
    ["underConsideration", "Under consideration", "正在审议"],
    ["notAccepted", "Not accepted", "未予接受"],
    ["notRelevant", "Not relevant", "不相关"],
  ] as const)("status %s", (status: Status, en, zh) => {
    expect(statusLabel(status, "en")).toBe(en);
    expect(statusLabel(status, "zh")).toBe(zh);
  });

  it("names acceptance, implementation and addressees", () => {
    expect(acceptanceLabel("accepted", "zh")).toBe("已接受");
    expect(acceptanceLabel("notAccepted", "en")).toBe("Not accepted");
    expect(implementationLabel("inProgress", "zh")).toBe("正在落实");
    expect(addresseeLabel("legislative", "zh")).toBe("立法机构");
    expect(addresseeLabel("executiveHead", "en")).toBe("Executive head");
  });
});
