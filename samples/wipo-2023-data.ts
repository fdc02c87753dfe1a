/**
 * The sample register, as data: WIPO's JIU recommendations transcribed from the seed document
 * WO/PBC/35/2 (Chinese), Annexes I and II, with Table 2 (planned reviews) and an illustrative Requests sheet.
 * `scripts/build-sample.ts` writes `samples/wipo-2023.xlsx` from this module, and a test checks that the
 * committed workbook still matches it. The headers are the Chinese ones, so that the sample also proves
 * that Chinese headers and values are read.
 */
import type { CellValue, GridSheet, IsoDate, WorkbookGrid } from "../src/core/grid";

export const SAMPLE_ORGANIZATION = "世界知识产权组织（产权组织）";
/** The date the seed reports "as of". */
export const SAMPLE_AS_OF = "2023-02-28" as IsoDate;

/** A hyperlink cell: the text shown and the address it opens. */
export interface SampleLink {
  readonly text: string;
  readonly address: string;
}

/** A real date cell (written as an Excel date, read back as a date). */
export interface SampleDate {
  readonly date: IsoDate;
}

export type SampleCell = string | number | SampleLink | SampleDate | null;

/** One worksheet of the sample: a header row in row 1 and data rows below, formatted as an Excel table. */
export interface SampleSheet {
  readonly name: string;
  /** The Excel table (ListObject) name. */
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
  /** Column widths in characters, one per header. */
  readonly widths: readonly number[];
}

/** A JIU report the sample refers to, with its title as the seed writes it. */
export interface SampleReport {
  readonly symbol: string;
  readonly title: string;
  /** Annex III's "首协会评论意见" cell text; only for the five active reports. */
  readonly cebComments?: string;
  /** Annex III's "其他文件" cell text; only for the five active reports. */
  readonly otherDocuments?: string;
}

/** One recommendation, in the words a focal point types into the register (Chinese, as in the seed). */
export interface SampleRecommendation {
  readonly report: string;
  readonly number: number;
  readonly addressee: "立法机构" | "行政首长";
  readonly text: string;
  readonly assessment: string;
  readonly acceptance: string;
  readonly implementation: string;
  readonly previousAcceptance: string;
  readonly previousImplementation: string;
  /** "是" where the seed notes "评估已更新", blank otherwise. */
  readonly assessmentUpdated: "是" | "";
  readonly responsible: string;
  /**
   * The seed's side note beside the block, from which the previous columns were derived. It is not a
   * register column: it documents the transcription. "之前为“正在落实”" gives a previous implementation
   * of 正在落实; "与之前状态相比无变化 评估已更新" gives the current status and 评估已更新 = 是. In the seed the
   * note sometimes stands on the 接受情况 line, but it always concerns the implementation: every one of
   * these recommendations was already accepted.
   */
  readonly sideNote: string;
}

/**
 * Links. The seed's links are placeholders ("[链接](#)"), so the sample builds them, consistently, on
 * https://www.unjiu.org/. Report links follow the file pattern of the JIU's published reports
 * (…/files/jiu_rep_2021_3_english.pdf); the CEB-comments and highlights links are built on the same
 * pattern for illustration and may not resolve.
 */
const JIU_FILES = "https://www.unjiu.org/sites/www.unjiu.org/files/";

function fileStem(symbol: string): string {
  return symbol.toLowerCase().split("/").join("_");
}

export function sampleReportLink(symbol: string): string {
  return `${JIU_FILES}${fileStem(symbol)}_english.pdf`;
}

export function sampleCebCommentsLink(symbol: string): string {
  return `${JIU_FILES}${fileStem(symbol)}_ceb_comments_english.pdf`;
}

export function sampleOtherDocumentsLink(symbol: string): string {
  return `${JIU_FILES}${fileStem(symbol)}_highlights_english.pdf`;
}

/** The reports of Annexes I and II, titles as in the seed; Annex III's CEB comments and documents. */
export const SAMPLE_REPORTS: readonly SampleReport[] = [
  { symbol: "JIU/REP/2021/6", title: "联合国系统各组织的业务连续性管理" },
  { symbol: "JIU/REP/2021/5", title: "审查联合国系统的道德操守职能" },
  { symbol: "JIU/REP/2021/3", title: "联合国系统各组织的网络安全" },
  { symbol: "JIU/REP/2021/2", title: "审查联合国系统对内陆发展中国家执行《维也纳行动纲领》的支持" },
  { symbol: "JIU/REP/2020/8", title: "审查联合国系统各组织将环境可持续性纳入主流的情况" },
  {
    symbol: "JIU/REP/2020/7",
    title: "区块链在联合国系统的应用：进入准备状态",
    cebComments: "首协会评论意见",
    otherDocuments: "报告要点",
  },
  { symbol: "JIU/REP/2020/6", title: "联合国系统使用多种语文情况" },
  {
    symbol: "JIU/REP/2020/2",
    title: "支持学习的政策和平台：提高一致性、协调性和趋同性",
    cebComments: "首协会评论意见",
    otherDocuments: "报告要点",
  },
  {
    symbol: "JIU/REP/2019/8",
    title: "审查联合国系统各组织工作人员交流和类似机构间人员流动措施",
    cebComments: "首协会评论意见",
    otherDocuments: "报告要点",
  },
  {
    symbol: "JIU/REP/2019/5",
    title: "管理联合国系统的云计算服务",
    cebComments: "首协会评论意见",
    otherDocuments: "报告要点",
  },
  { symbol: "JIU/REP/2018/6", title: "加强残疾人无障碍参加联合国系统各种会议" },
  {
    symbol: "JIU/REP/2018/4",
    title: "关于联合国系统各组织举报人政策和做法的审查",
    cebComments: "首协会评论意见和检查组的回应",
    otherDocuments: "报告要点",
  },
];

/**
 * Annex I (立法机构, 5 recommendations) then Annex II (行政首长, 19), in the seed's order. Texts are the
 * seed's, including its slips: the HR unit is written both "人力资源管理部（人力部）部长" and
 * "人力资源部（人力部）部长" (and "人力部部长" in short), which the validator should flag.
 */
export const SAMPLE_RECOMMENDATIONS: readonly SampleRecommendation[] = [
  {
    report: "JIU/REP/2021/3",
    number: 2,
    addressee: "立法机构",
    text: "联合国系统各组织的立法和理事机构应审议行政首长编写的关于有助于提高网络复原力的要素的报告，并在必要时对将在各自组织实施的进一步改进提供战略指导。",
    assessment:
      "在 2022 年计划和预算委员会（PBC）会议和成员国大会期间向成员国提交了 2020/21 年《产权组织绩效报告》（WPR），其中包括关于产权组织网络安全框架现状和现行信息安全战略的简报，并得到了网络安全内部审计（IA 2020-04）和信息安全管理 ISO 27001 标准持续认证（自 2011 年起）的支持。WPR 还包括对该两年期已批准关键绩效指标的报告。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席安保官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/2",
    number: 7,
    addressee: "立法机构",
    text: "联合国系统各组织的立法机关和理事机构如果尚未发布指令，应在 2022 年年底前发布指令，要求其组织将内陆发展中国家行动纲领中与其法定工作相关的优先事项纳入主流，并要求其组织定期报告行动纲领的执行情况。",
    assessment:
      "通过《2022/23 年工作计划和预算》以及随后所有部门的相关工作计划，包括针对最不发达国家、发展中国家和转型国家的行动，产权组织已将内陆发展中国家行动纲领的优先事项纳入与产权组织任务相关的领域。产权组织作为机构间协商组的成员，定期向联合国最不发达国家、内陆发展中国家和小岛屿发展中国家高级代表办公室（最不发达等国家高代办）提供最新信息，介绍根据上述联合国路线图，计划为内陆发展中国家落实产权组织可交付成果的情况。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "最不发达国家司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/7",
    number: 1,
    addressee: "立法机构",
    text: "联合国系统各组织的理事机构应确保在适用的情况下，将区块链的应用与其他数字技术一起纳入各自组织采纳的创新战略和政策。",
    assessment:
      "2022 年 3 月，产权组织在产权组织网站上公布了文件《区块链技术和知识产权生态系统：产权组织白皮书》，网址是： https://www.wipo.int/cws/zh/blockchain-and-ip.html 。产权组织将推出两个区块链试点项目，即“全球标识符”和“集体管理组织全球工作登记——WIPO Connect”，届时将邀请若干知识产权局和其他利益攸关方参加。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席信息官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/7",
    number: 6,
    addressee: "立法机构",
    text: "联合国系统各组织的理事机构应鼓励会员国与联合国国际贸易法委员会合作，就区块链在数字经济和数字贸易这一更广泛背景下所涉法律问题开展探索和筹备工作，包括探讨如何解决争议，以减少该领域的法律风险。",
    assessment:
      "产权组织国际局编写了一份文件“关于知识产权生态系统中使用区块链的贸易法委员会电子可转让记录示范法分析”，并在 2022 年与产权组织标准委员会的区块链工作队进行了磋商。在 2022 年 11 月举行的标准委员会第十届会议上分享了成果。国际局将密切关注联合国国际贸易法委员会（贸易法委员会）在这方面发布的新建议或指南。",
    acceptance: "已接受",
    implementation: "正在落实",
    previousAcceptance: "已接受",
    previousImplementation: "尚未启动",
    assessmentUpdated: "",
    responsible: "首席信息官",
    sideNote: "之前为“尚未启动”",
  },
  {
    report: "JIU/REP/2020/6",
    number: 4,
    addressee: "立法机构",
    text: "联合国系统各组织的立法机构或理事机构应请尚未出台学习政策的相关组织的行政首长在 2022 年年底之前出台学习政策，鼓励工作人员继续学习，提高其运用本组织的正式语文及（酌情包括）其他语文的技能，并确保为此提供充足的经费。",
    assessment:
      "产权组织重视使用多种语文，并在本组织的各个层面上加以鼓励。成员国批准的《经修订的语言政策》也有所支持。此外，产权组织还为其工作人员提供大量机会，让他/她们接受本组织官方语言和其他语言的培训。在这方面，产权组织内部培训总预算的 20% 以上用于支付其工作人员的语言培训费用。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "人力资源管理部（人力部）部长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/6",
    number: 4,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应在 2024 年底前向其立法机关和理事机构报告实施组织复原力管理系统政策及其订正业绩指标的进展情况，并强调良好做法和经验教训，特别是业务连续性管理领域的良好做法和经验教训。",
    assessment:
      "产权组织在其每年向计划和预算委员会以及产权组织成员国大会报告的绩效报告（WPR）中包括相关信息。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "业务连续性协调员",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/5",
    number: 3,
    addressee: "行政首长",
    text: "联合国系统各组织行政首长如果尚未确保从 2023 年起，每三年为各自组织的所有工作人员和编外人员，不论其资历、类别和级别，定期举办强制性道德操守复习课程，则应确保举办此类复习课程。",
    assessment:
      "新的道德操守与廉正培训于 2022 年 11 月推出。这已成为所有目前和未来人员的必修培训。它有效期三年，此后人员必须参加复习。道德操守办公室将致力于在 2023-2024 年开发新的复习课程，最终在 2025 年开始推出。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席道德操守官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/5",
    number: 4,
    addressee: "行政首长",
    text: "联合国系统各组织行政首长如果尚未在各自组织道德操守职能部门的支持下，最迟在 2025 年之前评价其财务披露和利益申报方案的效力和效率，包括“资金效益”，并根据评价结果，酌情对相关政策提出修改建议，则应采取此类行动。",
    assessment:
      "在对目前的财务披露和利益申报计划进行评估后，2022 年批准了一项开发内部 FDDI 软件的新建议，目前正在开发中。计划在 2023 年（下一次财务披露和利益申报）实施这种更具成本效益和效率的方法。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席道德操守官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/3",
    number: 1,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应当作为优先事项，迟于 2022 年编写一份关于其组织网络安全框架的全面报告，并尽早提交给各自的立法和理事机构，报告中应涵盖本报告审视的有助于提高网络复原力的要素。",
    assessment:
      "在 2022 年计划和预算委员会会议和成员国大会期间向成员国提交了 2020/21 年 WPR，其中包括关于产权组织网络安全框架现状和现行信息安全战略的简报，并得到了网络安全内部审计（IA 2020-04）和信息安全管理 ISO 27001 标准持续认证（自 2011 年起）的支持。WPR 还包括对该两年期已批准的关键绩效指标的报告。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席安保官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2021/2",
    number: 1,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长如果尚未指定内陆发展中国家问题组织协调中心，应在 2022 年底之前指定这样一个中心，并在最不发达等国家高代办的指导下制定明确的职权范围，界定协调中心在支持执行内陆发展中国家行动纲领方面的作用和责任。",
    assessment:
      "产权组织最不发达国家司是内陆发展中国家的默认协调中心，由最不发达国家司司长领导。在实践中，最不发达国家司一直作为产权组织在内陆发展中国家《维也纳行动纲领》相关问题上的协调中心。通过产权组织的工作计划制定程序，该司的任务规定涵盖了根据产权组织的任务规定，对内陆发展中国家实施行动予以支持的各种活动和责任。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "最不发达国家司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/8",
    number: 1,
    addressee: "行政首长",
    text: "联合国系统任何组织的行政首长若尚未在内部管理职能领域制定全组织的环境可持续性政策，则应于 2022 年底之前采取此行动。",
    assessment: "由行政首长签署的《环境责任高级别政策》已于 2022 年 12 月发布。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "房舍基础设施司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/8",
    number: 5,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应在 2022 年底之前确保在所有征聘和甄选过程以及考绩制度采纳环境可持续性理念及行为方式，充分予以重视，并从 2023 年起向其立法机关和理事机构报告执行情况。",
    assessment:
      "产权组织将环境可持续性视为一个优先事项。因此，根据产权组织的核心价值“恪尽职守”，本组织希望其工作人员和未来工作人员能够理解并遵守这种关于环境可持续性的行为。此外，产权组织绩效管理与发展系统（PMSDS）包括对所有工作人员进行核心价值评价，不论其级别或职能如何。最后，产权组织还于 2022 年 12 月实施了其《环境可持续性高级别政策》（OI/7/2022）。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "人力资源部（人力部）部长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/8",
    number: 8,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长若尚未责成负责举办大小会议和活动的机构就在政策、程序、手册、准则中纳入关于环境可持续性因素的规定制定政策，则应在 2022 年底之前采取该行动，包括视需要通过相关机构间机制采取该行动。",
    assessment: "《环境责任高级别政策》已由房舍基础设施司发布，2022 年 12 月 21 日生效。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "外交和大会事务司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/8",
    number: 9,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应确保到 2022 年底信息和通信技术部门的行动和项目符合环境可持续性规定，包括确保温室气体排放量符合《联合国气候变化框架公约》和《巴黎协定》的规定。",
    assessment:
      "由于持续的减排努力，包括通过与联合国气候变化框架公约（UNFCCC）建立的机制抵消不可避免的排放，产权组织自 2014 年以来已实现 100% 的气候中立。\n为了进一步减少其信通技术（ICT）环境足迹，产权组织的信通技术部与一家专业公司合作，制定了一项绿色 IT 行动计划，并已开始实施。\n不过，产权组织信通技术部要强调的是，其服务在很大程度上依赖于各种主要的 IT 产品和服务供应商，这些供应商也造成了本组织的碳足迹。\n联合国国际计算中心（电算中心）是产权组织的主要 IT 托管商，自 2020 年以来一直通过购买 CO2eq 信用额度来抵消其排放量。然而，尽管其他供应商已确认它们希望进一步增加其环境责任，但它们中的大多数似乎不可能在 2022 年底前达到所要求的合规标准。在未来几年里，产权组织信通技术部将继续与我们的供应商进行这种讨论，以确保本组织的环境足迹符合《巴黎协定》的要求。\n2022 年底，产权组织公布了一项高级别环境政策，并已开始实施一项环境管理系统（EMS），优先处理包括信息技术在内的若干议题（截止日期为 2023 年底），并计划在 2025 年前使 EMS 涵盖产权组织的所有活动。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "信息技术技术司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/7",
    number: 2,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应确保对可能的区块链使用场景的审查以项目风险评估为基础，包括对以下问题进行评估：相关组织关于特权和豁免的政策和条例、数据保护情况、保密性、网络安全性、系统完整性和声誉。",
    assessment:
      "这是产权组织内部对所有使用场景的通常做法，尤其是使用前沿技术时。产权组织确实有内部治理程序来评估业务场景、项目风险，包括特权和豁免、信息安全、架构等。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席信息官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/7",
    number: 3,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长，如果尚未核准《数字化发展原则》，应在 2022 年底前核准《原则》，作为确保在组织层面就数字化转型，包括就使用区块链的可能性达成普遍共识的第一步。",
    assessment: "核准信已经签署，并在 2022 年 12 月底前交给主办数字原则社区的数字影响联盟。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席信息官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/7",
    number: 4,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应确保在做出使用区块链的任何决定之前对业务场景和最合适解决方案进行适当考量，以决策矩阵作为指导（如本报告所述，并进行改进和/或调整）。",
    assessment:
      "关于两个区块链试点的决定是通过几轮内部讨论和在提出的几个试点业务场景中进行选择后作出的，考虑区块链技术是否是最合适解决方案，以决策矩阵和其他建议作为指导。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "首席信息官",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/2",
    number: 3,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长应在与联合国可持续发展集团协商下，审查现有的备选方案，以便在 2021 年底之前提供关于《2030 年可持续发展议程》的全面联合课程或至少就有关课程提供全系统的质量保证。",
    assessment:
      "联合国可持续发展集团已经建立了一个单一的平台 UN SDG:Learn (https://www.unsdglearn.org/)，产权组织作为联合国可持续发展集团的成员，也是其中的一员。UN SDG:Learn 是一项联合国倡议，旨在为个人和组织带来有关可持续发展主题相关和策划的学习解决方案。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "WIPO 学院执行主任",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2020/2",
    number: 6,
    addressee: "行政首长",
    text: "联合国系统各组织的行政首长（如果尚未这样做）应基于对课程的明智管理和现实的学习目标，为更系统地使用外部平台制定标准。",
    assessment: "产权组织内部培训管理部门正在审查使用外部平台实现学习目标的方法。",
    acceptance: "已接受",
    implementation: "正在落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "是",
    responsible: "WIPO 学院执行主任",
    sideNote: "与之前状态相比无变化 评估已更新",
  },
  {
    report: "JIU/REP/2019/8",
    number: 4,
    addressee: "行政首长",
    text: "各行政首长应在 2021 年底之前修订 2012 年《协定》，规定对根据该协定条款调到另一个组织的工作人员所受不当行为指控的处理程序。",
    assessment:
      "将在首协会的框架内考虑该程序的起草工作（首协会？将在 2022 年组建一个重点小组，以启动对这一问题的讨论，但这一工作尚未推进）。",
    acceptance: "已接受",
    implementation: "正在落实",
    previousAcceptance: "已接受",
    previousImplementation: "尚未启动",
    assessmentUpdated: "",
    responsible: "人力部部长",
    sideNote: "之前为“尚未启动”",
  },
  {
    report: "JIU/REP/2019/5",
    number: 1,
    addressee: "行政首长",
    text: "联合国各组织的行政首长应确保在业务连续性规划中纳入战略和措施，减少云服务提供商未能提供合同规定服务的风险。",
    assessment:
      "分析了私营部门（主要是金融部门，如欧洲银行协会、欧洲证券与市场管理局、欧洲保险与职业养老金管理局）的最佳做法，以及微软关于这个问题的白皮书。我们还要求亚马逊云科技（AWS）提供信息——正在进行中。联合国数字技术网络（联合国各组织的首席信息官）在其上次会议（日内瓦，2022 年 10 月 31 日至 11 月 1 日）上提议确定一个共同的方法来处理这一建议；该方法将由数字和技术网（DTN）云采用分组确定。",
    acceptance: "已接受",
    implementation: "正在落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "是",
    responsible: "首席信息官",
    sideNote: "与之前状态相比无变化 评估已更新",
  },
  {
    report: "JIU/REP/2018/6",
    number: 1,
    addressee: "行政首长",
    text: "联合国系统各组织行政首长应责成相关办公室在 2020 年底之前制定一项有关残疾人无障碍参加各种会议的政策草案和各项政策实施准则，如果政策必须经各自立法机构核可才能生效，则应将政策和准则提交给立法机构。",
    assessment:
      "产权组织制定了第一个《残疾包容战略》，于 2022 年底定稿，将指导产权组织未来四年的工作。该战略是关于无障碍的总体政策框架，将指导这一领域的未来发展，包括重新调整做法。该战略与《联合国残疾包容战略》的要求和指标相一致。它重申了对差异的尊重和赋予残疾人权利的必要性。该战略包括：(1) 产权组织执行该战略的机构框架；(2) 所有工作人员的作用和责任，确保对残疾包容的问责；(3) 今后在人力资源、传播、有形基础设施和采购等领域将残疾包容纳入主流的步骤；(4) 修改如何作出合理便利的决定以反映《残疾人权利公约》原则的计划；(5) 改善产权组织所有平台和服务的无障碍性的预定步骤。行政、财务和管理部门助理总干事被任命为有史以来第一位产权组织残疾包容倡导者。",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "外交和大会事务司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2018/6",
    number: 4,
    addressee: "行政首长",
    text: "联合国系统各组织行政首长应指示负责无障碍相关事项的相关办公室在 2021 年 12 月之前制定标准作业程序，规定其促进残疾人无障碍参加各种会议的业务职责。",
    assessment: "小组已经制定了关于无障碍会议文件、会议/相关材料和其他内容的内部准则。 无障碍 (wipo.int)",
    acceptance: "已接受",
    implementation: "已落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "",
    responsible: "外交和大会事务司司长",
    sideNote: "之前为“正在落实”",
  },
  {
    report: "JIU/REP/2018/4",
    number: 10,
    addressee: "行政首长",
    text: "在 2019 年底前，联合国系统各组织的行政首长确保所有主管和管理人员必须接受关于举报政策以及如何适当应对并处理针对不当行为/错失行为和报复的举报的具体培训。",
    assessment: "新培训的开发和启动计划在 2023-2024 年进行。",
    acceptance: "已接受",
    implementation: "正在落实",
    previousAcceptance: "已接受",
    previousImplementation: "正在落实",
    assessmentUpdated: "是",
    responsible: "首席道德操守官",
    sideNote: "与之前状态相比无变化 评估已更新",
  },
];
/** One planned JIU review of the seed's Table 2. */
export interface SamplePlannedReview {
  readonly code: string;
  readonly title: string;
  readonly workPlanYear: number;
}

/** Table 2, as in the seed, including its slip: two different reviews both carry the code A460. */
export const SAMPLE_PLANNED_REVIEWS: readonly SamplePlannedReview[] = [
  {
    code: "A457",
    title: "审查联合国系统内防止和处理种族主义和种族歧视的政策、措施、机制和做法",
    workPlanYear: 2021,
  },
  { code: "A460", title: "审查联合国系统各组织工作人员可用的法庭前内部阶段上诉机制", workPlanYear: 2021 },
  { code: "A460", title: "审查联合国系统各组织的问责制框架", workPlanYear: 2021 },
  { code: "A463", title: "联合国系统各组织的灵活工作安排", workPlanYear: 2022 },
  { code: "A464", title: "审查联合国系统各组织的心理健康和福祉政策及做法", workPlanYear: 2022 },
  {
    code: "A466",
    title:
      "审查联合国系统各组织接受和落实联检组建议的情况，联检组参与组织处理联检组报告的程序及其立法/理事机构的审议情况",
    workPlanYear: 2022,
  },
  { code: "A467", title: "审查联合国系统各组织医疗保险制度的质量、效果、效率和可持续性", workPlanYear: 2022 },
  { code: "A468", title: "审查联合国系统各组织使用编外人员情况及有关合同模式", workPlanYear: 2022 },
];

/** One JIU request for input. */
export interface SampleRequest {
  readonly reviewCode: string;
  readonly request: "问卷" | "访谈" | "调查" | "对报告草稿的评论";
  readonly received: IsoDate;
  readonly due: IsoDate;
  readonly answered: IsoDate | null;
}

const d = (text: string): IsoDate => text as IsoDate;

/**
 * ILLUSTRATIVE requests. The seed's Table 1 (timeliness of responses) is an image that the text does not
 * carry, so these rows are invented to show the table: as of 2023-02-28, six answered on time, one
 * answered late and one still pending (not yet due). They use the review codes of Table 2.
 */
export const SAMPLE_REQUESTS: readonly SampleRequest[] = [
  {
    reviewCode: "A457",
    request: "问卷",
    received: d("2022-03-14"),
    due: d("2022-04-15"),
    answered: d("2022-04-12"),
  },
  {
    reviewCode: "A457",
    request: "访谈",
    received: d("2022-05-02"),
    due: d("2022-05-20"),
    answered: d("2022-05-18"),
  },
  {
    reviewCode: "A463",
    request: "问卷",
    received: d("2022-06-01"),
    due: d("2022-07-01"),
    answered: d("2022-07-08"),
  },
  {
    reviewCode: "A464",
    request: "调查",
    received: d("2022-07-11"),
    due: d("2022-08-12"),
    answered: d("2022-08-05"),
  },
  {
    reviewCode: "A466",
    request: "问卷",
    received: d("2022-09-05"),
    due: d("2022-10-07"),
    answered: d("2022-10-03"),
  },
  {
    reviewCode: "A467",
    request: "问卷",
    received: d("2022-10-17"),
    due: d("2022-11-18"),
    answered: d("2022-11-16"),
  },
  {
    reviewCode: "A463",
    request: "对报告草稿的评论",
    received: d("2022-11-21"),
    due: d("2022-12-16"),
    answered: d("2022-12-14"),
  },
  { reviewCode: "A468", request: "问卷", received: d("2023-02-13"), due: d("2023-03-17"), answered: null },
];

export const REGISTER_HEADERS = [
  "报告文号",
  "报告标题",
  "报告链接",
  "建议编号",
  "提交对象",
  "建议",
  "管理层/联络点评估",
  "接受情况",
  "落实情况",
  "之前接受情况",
  "之前落实情况",
  "评估已更新",
  "负责人",
  "首协会评论意见",
  "其他文件",
  "组织",
] as const;

export const PLANNED_REVIEW_HEADERS = ["代码", "标题", "工作计划年份"] as const;
export const REQUEST_HEADERS = ["审查代码", "请求", "收到日期", "答复截止日期", "答复日期"] as const;

export const REGISTER_SHEET = "建议登记册";
export const PLANNED_REVIEWS_SHEET = "计划审查";
export const REQUESTS_SHEET = "请求";

function reportOf(symbol: string): SampleReport {
  const report = SAMPLE_REPORTS.find((candidate) => candidate.symbol === symbol);
  if (!report) throw new Error(`The sample has no report ${symbol}`);
  return report;
}

function registerRow(rec: SampleRecommendation): SampleCell[] {
  const report = reportOf(rec.report);
  return [
    rec.report,
    report.title,
    { text: sampleReportLink(rec.report), address: sampleReportLink(rec.report) },
    rec.number,
    rec.addressee,
    rec.text,
    rec.assessment,
    rec.acceptance,
    rec.implementation,
    rec.previousAcceptance,
    rec.previousImplementation,
    rec.assessmentUpdated === "" ? null : rec.assessmentUpdated,
    rec.responsible,
    report.cebComments ? { text: report.cebComments, address: sampleCebCommentsLink(rec.report) } : null,
    report.otherDocuments
      ? { text: report.otherDocuments, address: sampleOtherDocumentsLink(rec.report) }
      : null,
    SAMPLE_ORGANIZATION,
  ];
}

/** The sample workbook's three sheets: the register, Table 2 and the illustrative requests. */
export const SAMPLE_SHEETS: readonly SampleSheet[] = [
  {
    name: REGISTER_SHEET,
    table: "Register",
    headers: REGISTER_HEADERS,
    rows: SAMPLE_RECOMMENDATIONS.map(registerRow),
    widths: [16, 30, 30, 10, 10, 60, 60, 12, 12, 12, 12, 10, 22, 18, 14, 16],
  },
  {
    name: PLANNED_REVIEWS_SHEET,
    table: "PlannedReviews",
    headers: PLANNED_REVIEW_HEADERS,
    rows: SAMPLE_PLANNED_REVIEWS.map((review) => [review.code, review.title, review.workPlanYear]),
    widths: [10, 70, 14],
  },
  {
    name: REQUESTS_SHEET,
    table: "Requests",
    headers: REQUEST_HEADERS,
    rows: SAMPLE_REQUESTS.map((request) => [
      request.reviewCode,
      request.request,
      { date: request.received },
      { date: request.due },
      request.answered ? { date: request.answered } : null,
    ]),
    widths: [10, 18, 14, 16, 14],
  },
];

export function isSampleLink(cell: SampleCell): cell is SampleLink {
  return typeof cell === "object" && cell !== null && "address" in cell;
}

export function isSampleDate(cell: SampleCell): cell is SampleDate {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

function toCellValue(cell: SampleCell): CellValue {
  if (isSampleLink(cell)) return { kind: "link", text: cell.text, address: cell.address };
  if (isSampleDate(cell)) return { kind: "date", iso: cell.date };
  return cell;
}

/** A sample sheet as an adapter would read it from the workbook: header in row 1, one Excel table. */
export function sampleGridSheet(sheet: SampleSheet): GridSheet {
  const cells = [
    sheet.headers.map((header): CellValue => header),
    ...sheet.rows.map((row) => row.map(toCellValue)),
  ];
  return {
    name: sheet.name,
    cells,
    origin: { row: 1, column: 1 },
    tables: [
      {
        name: sheet.table,
        headerRow: 1,
        firstColumn: 1,
        lastRow: sheet.rows.length + 1,
        lastColumn: sheet.headers.length,
        hasTotalsRow: false,
      },
    ],
  };
}

/** The whole sample workbook as the core sees it, without reading the .xlsx. */
export function sampleWorkbookGrid(): WorkbookGrid {
  return { sheets: SAMPLE_SHEETS.map(sampleGridSheet) };
}
