import type { LabelTable } from "./label-table";

/**
 * Labels of the report document (the .docx): the cover block, paragraphs 1-10 and the end markers. Chinese
 * texts are the seed's (WIPO WO/PBC/35/2) wherever it has them, with the organization's name a parameter;
 * English texts translate them. Text only the secretariat can write is a placeholder, in square brackets.
 */
export const DOCUMENT_LABELS = {
  "document.preparedBy": { en: "prepared by the Secretariat", zh: "秘书处编拟" },
  "document.theOrganization": { en: "the Organization", zh: "本组织" },
  "document.placeholder.committee": { en: "[Name of the committee]", zh: "[委员会名称]" },
  "document.placeholder.session": { en: "[Session]", zh: "[届会]" },
  "document.placeholder.meeting": { en: "[Place and dates of the session]", zh: "[会议地点和日期]" },
  "document.placeholder.symbol": { en: "[document symbol]", zh: "[文件号]" },
  "document.meeting": { en: "{place}, {dates}", zh: "{dates}，{place}" },
  "document.para1": {
    en: "This document outlines the status of the outstanding recommendations to the legislative bodies of {organization} and to the executive head of {organization}, arising from reviews by the Joint Inspection Unit (JIU) conducted from 1 January {fromYear} to {date}.",
    zh: "本文件概述了向{organization}立法机构以及{organization}行政首长提交的未完成建议的落实情况，这些建议产生于联合检查组（联检组，JIU）在{fromYear}年1月1日至{date}期间开展的各项审查。",
  },
  "document.para2": {
    en: "Annex I to this document contains the recommendations made to the legislative bodies of the organizations of the United Nations system that are considered to require action by {organization}. The current acceptance and implementation status of each recommendation reflects the Secretariat's proposal and assessment, for consideration by the Member States.",
    zh: "本文件附件一载有向联合国系统各组织立法机构提出的建议，这些建议被认为应由{organization}采取行动。各项建议目前的接受/落实情况反映了秘书处的建议和评估，供成员国审议。",
  },
  "document.para3": {
    en: "Annex II to this document contains the recommendations made to the executive head of {organization} that are considered to require action by {organization}.",
    zh: "本文件附件二载有向{organization}行政首长提出的建议，这些建议被认为应由{organization}采取行动。",
  },
  "document.para4": {
    en: "Annex III to this document contains the list of active JIU reports concerning {organization} as of {date}, with their links.",
    zh: "本文件附件三载有截至{date}涉及{organization}的联检组有效报告及其链接的清单。",
  },
  "document.para5.placeholder": {
    en: "[Secretariat: state the JIU reviews issued since the last report to the Member States on this subject (document {previous}), and whether they concern {organization}. Give this text in the Report sheet, row “Paragraph 5”.]",
    zh: "[秘书处：说明自上次就同一主题向成员国提交报告（{previous}）以来联检组发布的审查报告，以及是否涉及{organization}。请在“Report”工作表的“第5段”行填写。]",
  },
  "document.previous.placeholder": { en: "[symbol of the last report]", zh: "[上次报告文号]" },
  "document.para6.placeholder": {
    en: "[Secretariat: describe the follow-up of the JIU's questionnaires, surveys and interviews for ongoing and new reviews (see Table 1 when the workbook has a Requests sheet). Give this text in the Report sheet, row “Paragraph 6”.]",
    zh: "[秘书处：说明对联检组正在进行的和新的审查相关的问卷、调查和访谈的回应工作（工作簿有“Requests”工作表时参见表 1）。请在“Report”工作表的“第6段”行填写。]",
  },
  "document.para7": {
    en: "At the time of finalizing this document, the following reviews were ongoing:",
    zh: "在本文件定稿时，以下审查正在进行：",
  },
  "document.para7.placeholder": {
    en: "[Secretariat: list the ongoing JIU reviews, or add a Planned reviews sheet to the workbook.]",
    zh: "[秘书处：列出正在进行的联检组审查，或在工作簿中添加“Planned reviews”工作表。]",
  },
  "document.para8.closing": {
    en: "All other recommendations are closed (implemented, considered not relevant to {organization} or not accepted).",
    zh: "所有其他建议均为已完成（已落实、认为与{organization}不相关或者未予接受）。",
  },
  "document.figure.note.legislative": {
    en: "Recommendations to the legislative bodies of {organization} are subject to the endorsement of the Member States.",
    zh: "向{organization}立法机构提出的建议需获成员国核可。",
  },
  "document.figure.note.executiveHead": {
    en: "Recommendations to the executive head of {organization} are subject to the endorsement of the Member States.",
    zh: "向{organization}行政首长提出的建议需获成员国核可。",
  },
  "document.para9": {
    en: "The proposed decision paragraph reads as follows.",
    zh: "提议决定段落措辞如下。",
  },
  "document.para10.lead": { en: "The {committee}:", zh: "{committee}:" },
  "document.para10.i": {
    en: "(i)\ttook note of the present report (document {symbol});",
    zh: "(i)\t注意到本报告 (文件 {symbol}) ;",
  },
  "document.para10.ii": { en: "(ii)\t{intro}", zh: "(ii)\t{intro}" },
  "document.para10.iii": {
    en: "(iii)\tinvited the Secretariat to submit its assessment of outstanding JIU recommendations for consideration by the Member States.",
    zh: "(iii)\t请秘书处就未完成的联合检查组(联检组)建议提出评估意见,供成员国审议。",
  },
  "document.follows.annexes": { en: "[Annexes follow]", zh: "[后接附件]" },
  "document.follows.annexII": { en: "[Annex II follows]", zh: "[后接附件二]" },
  "document.follows.annexIII": { en: "[Annex III follows]", zh: "[后接附件三]" },
  "document.end": { en: "[End of Annex III and of document]", zh: "[附件三和文件完]" },

  // The task pane's "Create report document" action.
  "ui.report.create": { en: "Create report document", zh: "创建报告文档" },
  "ui.report.createAnyway": { en: "Create anyway", zh: "仍然创建" },
  "ui.report.saved": {
    en: "The report document {file} was downloaded. Open it in Word to write the paragraphs marked in yellow.",
    zh: "报告文档 {file} 已下载。请在 Word 中打开，填写以黄色标出的段落。",
  },
  "ui.report.refused": {
    en: "The register has {count} errors, so the report document was not created. Fix them, or create it anyway.",
    zh: "登记册有 {count} 个错误，因此未创建报告文档。请更正错误，或仍然创建。",
  },
  "ui.report.noDownload": {
    en: "Excel on this computer does not let an add-in save a file from its task pane, so the document cannot be downloaded here. Create it with the command line, from the saved workbook: {command}",
    zh: "此计算机上的 Excel 不允许加载项从任务窗格保存文件，因此无法在此下载文档。请保存工作簿后用命令行创建：{command}",
  },
} satisfies LabelTable;
