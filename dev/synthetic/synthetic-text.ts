import type { Random } from "./random";

/** Words of the kind JIU recommendations and management assessments are written in. */
// prettier-ignore
const ENGLISH_WORDS = [
  "the", "the", "the", "of", "of", "and", "and", "to", "to", "in", "in", "for", "by", "with", "on", "its",
  "executive", "heads", "head", "legislative", "governing", "bodies", "organizations", "organization",
  "United", "Nations", "system", "should", "ensure", "review", "develop", "establish", "policy", "policies",
  "framework", "implementation", "management", "risk", "oversight", "internal", "audit", "evaluation",
  "ethics", "function", "business", "continuity", "cybersecurity", "resilience", "report", "progress",
  "annual", "member", "States", "secretariat", "strategy", "guidelines", "procedures", "resources",
  "human", "staff", "training", "learning", "multilingualism", "languages", "official", "working",
  "mechanism", "coordination", "inter-agency", "partnerships", "private", "sector", "funding", "budget",
  "programme", "performance", "results", "accountability", "transparency", "information", "technology",
  "data", "digital", "blockchain", "innovation", "office", "unit", "division", "department", "director",
  "plan", "work", "year", "end", "2022", "2023", "2024", "2025", "before", "no", "later", "than", "within",
  "including", "relevant", "appropriate", "measures", "consider", "adopt", "approve", "submit", "present",
  "regular", "updates", "status", "completed", "ongoing", "under", "way", "new", "revised", "approach",
  "effectiveness", "efficiency", "value", "money", "financial", "disclosure", "declaration", "interest",
  "landlocked", "developing", "countries", "programme", "action", "mainstream", "priorities", "mandate",
  "session", "committee", "assembly", "decision", "document", "consultation", "pilot", "projects",
];

/** Phrases of the kind the seed's Chinese annex uses, to build Chinese rows from. */
// prettier-ignore
const CHINESE_PHRASES = [
  "联合国系统各组织", "的行政首长", "立法机构", "理事机构", "应当", "确保", "在", "年底前", "审查", "制定",
  "政策", "框架", "落实", "管理层", "联络点", "评估", "产权组织", "成员国", "计划和预算委员会", "报告",
  "网络安全", "业务连续性", "道德操守", "培训", "工作人员", "语文", "多种语文", "区块链", "创新战略",
  "内陆发展中国家", "行动纲领", "优先事项", "纳入主流", "信息", "技术", "风险管理", "内部监督", "审计",
  "绩效报告", "工作计划和预算", "进展情况", "良好做法", "经验教训", "财务披露", "利益申报", "效力和效率",
  "资金效益", "已经", "正在", "开发", "推出", "试点项目", "磋商", "文件", "会议", "期间", "提交", "有关",
  "，", "，", "，", "。", "。", "和", "的", "并", "以及", "其", "各自", "组织", "适用", "情况", "根据",
];

/**
 * A long pool of text built once per generator; each cell's text is a slice of it at a random offset,
 * which is fast and still makes practically every text distinct, as in a real register.
 */
export interface TextPool {
  english(length: number): string;
  chinese(length: number): string;
}

const ENGLISH_POOL_CHARS = 400_000;
const CHINESE_POOL_CHARS = 120_000;

export function textPool(random: Random): TextPool {
  const english = buildEnglishPool(random);
  const chinese = buildChinesePool(random);
  return {
    english: (length) => englishSlice(english, length, random),
    chinese: (length) => chineseSlice(chinese, length, random),
  };
}

function buildEnglishPool(random: Random): string {
  const parts: string[] = [];
  let size = 0;
  let sentenceStart = true;
  let wordsInSentence = 0;
  while (size < ENGLISH_POOL_CHARS) {
    let word = random.pick(ENGLISH_WORDS);
    if (sentenceStart) word = word.charAt(0).toUpperCase() + word.slice(1);
    wordsInSentence += 1;
    const endSentence = wordsInSentence > 8 && random.chance(0.08);
    const comma = !endSentence && wordsInSentence > 3 && random.chance(0.05);
    const piece =
      word + (endSentence ? "." : comma ? "," : "") + (endSentence && random.chance(0.04) ? "\n" : " ");
    parts.push(piece);
    size += piece.length;
    sentenceStart = endSentence;
    if (endSentence) wordsInSentence = 0;
  }
  return parts.join("");
}

function buildChinesePool(random: Random): string {
  const parts: string[] = [];
  let size = 0;
  while (size < CHINESE_POOL_CHARS) {
    const phrase = random.pick(CHINESE_PHRASES);
    parts.push(phrase);
    size += phrase.length;
  }
  return parts.join("");
}

function englishSlice(pool: string, length: number, random: Random): string {
  const wanted = Math.min(length, pool.length - 200);
  let start = pool.indexOf(" ", random.int(0, pool.length - wanted - 100)) + 1;
  if (start <= 0) start = 0;
  let end = pool.lastIndexOf(" ", start + wanted);
  if (end <= start) end = start + wanted;
  const text = pool.slice(start, end).trim();
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.,]$/.test(sentence) ? sentence.slice(0, -1) + "." : sentence + ".";
}

function chineseSlice(pool: string, length: number, random: Random): string {
  const wanted = Math.min(length, pool.length - 1);
  const start = random.int(0, pool.length - wanted);
  const text = pool.slice(start, start + wanted).replace(/^[，。和的并]+/, "");
  return text.replace(/[，。]$/, "") + "。";
}
