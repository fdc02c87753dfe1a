import { foldText, looseKey } from "../../parse/normalize";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { quotable } from "../messages";
import { editDistance } from "../text-distance";

interface Spelling {
  /** The spelling as first written, for messages. */
  readonly shown: string;
  /** Folded (width, spacing), for comparing. */
  readonly text: string;
  readonly key: string;
  readonly rows: number[];
}

const ABBREVIATED = /^(.*)\(([^()]{1,24})\)(.*)$/;
const TOKEN_SPLIT = /[^\p{L}\p{N}]+/u;
/** Typo search hashes every one-character deletion; beyond this many distinct names it is skipped. */
const MAX_NAMES_FOR_TYPO_SEARCH = 5_000;
const MAX_BUCKET = 40;

/**
 * W06: one responsible official or unit spelled more than one way, as the seed spells
 * "人力资源管理部（人力部）部长" and "人力资源部（人力部）部长". Spellings are grouped when they
 * - differ only in case, spacing, punctuation or character width;
 * - carry the same abbreviation in brackets, with the same words after it and a full name close to the other's;
 * - differ by one typo in a long word ("Chief Informaton Officer").
 * In each group the spelling on most rows (the first seen, on a tie) is taken as meant, and the rows of the
 * other spellings are flagged. Hashing keeps the search linear in the number of rows.
 */
export const responsibleSpellingRule: Rule = ({ register, report }) => {
  const spellings = collectSpellings(register.rows.map((row) => row.recommendation));
  if (spellings.length < 2) return;
  const groups = new UnionFind(spellings.length);
  linkSameKey(spellings, groups);
  linkSameAbbreviation(spellings, groups);
  if (spellings.length <= MAX_NAMES_FOR_TYPO_SEARCH) linkTypos(spellings, groups);

  const meant = new Map<number, number>();
  spellings.forEach((spelling, index) => {
    const root = groups.find(index);
    const best = meant.get(root);
    if (best === undefined || spelling.rows.length > (spellings[best]?.rows.length ?? 0))
      meant.set(root, index);
  });
  spellings.forEach((spelling, index) => {
    const canonical = spellings[meant.get(groups.find(index)) ?? index];
    if (!canonical || canonical === spelling) return;
    const count = canonical.rows.length;
    const params = {
      field: "responsible",
      value: quotable(spelling.shown),
      canonical: quotable(canonical.shown),
      row: canonical.rows[0] ?? 0,
    } as const;
    // One message shared by every row of the spelling.
    const message =
      count === 1
        ? findingMessageOf("responsible.spellingOneRow", params)
        : findingMessageOf("responsible.spellingRows", { ...params, count });
    for (const row of spelling.rows) report(row, "responsible", "W06-responsible-spelling", message);
  });
};

function collectSpellings(recommendations: readonly { row: number; responsible: string }[]): Spelling[] {
  const byRaw = new Map<string, Spelling>();
  const byText = new Map<string, Spelling>();
  for (const { row, responsible } of recommendations) {
    if (responsible === "") continue;
    let spelling = byRaw.get(responsible);
    if (!spelling) {
      const text = foldText(responsible);
      spelling = byText.get(text);
      if (!spelling)
        byText.set(text, (spelling = { shown: responsible, text, key: looseKey(text), rows: [] }));
      byRaw.set(responsible, spelling);
    }
    spelling.rows.push(row);
  }
  return [...byText.values()];
}

function linkSameKey(spellings: readonly Spelling[], groups: UnionFind): void {
  const first = new Map<string, number>();
  spellings.forEach((spelling, index) => {
    if (spelling.key === "") return;
    const other = first.get(spelling.key);
    if (other === undefined) first.set(spelling.key, index);
    else groups.union(other, index);
  });
}

function linkSameAbbreviation(spellings: readonly Spelling[], groups: UnionFind): void {
  const buckets = new Map<string, { index: number; fullName: string }[]>();
  spellings.forEach((spelling, index) => {
    const match = ABBREVIATED.exec(spelling.text);
    if (!match) return;
    const abbreviation = looseKey(match[2] ?? "");
    const fullName = looseKey(match[1] ?? "");
    if (abbreviation === "" || fullName === "") return;
    const key = `${abbreviation}|${looseKey(match[3] ?? "")}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push({ index, fullName });
    else buckets.set(key, [{ index, fullName }]);
  });
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        if (!a || !b) continue;
        // A third of the full name may differ: 人力资源管理部 / 人力资源部, but not Deputy Director / Director.
        const limit = Math.floor(Math.max(a.fullName.length, b.fullName.length) / 3);
        if (editDistance(a.fullName, b.fullName, limit) <= limit) groups.union(a.index, b.index);
      }
    }
  }
}

function linkTypos(spellings: readonly Spelling[], groups: UnionFind): void {
  const buckets = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [index]);
    else if (bucket[bucket.length - 1] !== index) bucket.push(index);
  };
  spellings.forEach(({ key }, index) => {
    if (key.length < 6 || key.length > 60) return;
    add(key, index);
    for (let i = 0; i < key.length; i++) add(key.slice(0, i) + key.slice(i + 1), index);
  });
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = spellings[bucket[i] ?? -1];
        const b = spellings[bucket[j] ?? -1];
        if (a && b && a.key !== b.key && isTypo(a.text, b.text)) groups.union(bucket[i] ?? 0, bucket[j] ?? 0);
      }
    }
  }
}

/**
 * Names that differ in one long word only: "Chief Informaton Officer" is a typo, while "Director, IT Division"
 * and "Director, IS Division" are two units. A name with no spaces (Chinese) must be at least six characters.
 */
function isTypo(a: string, b: string): boolean {
  const tokensA = a.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  const tokensB = b.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  if (tokensA.length !== tokensB.length) return false;
  let differing = 0;
  for (let i = 0; i < tokensA.length; i++) {
    const x = tokensA[i] ?? "";
    const y = tokensB[i] ?? "";
    if (x === y) continue;
    differing++;
    const shortest = Math.min(x.length, y.length);
    if (shortest < (tokensA.length === 1 ? 6 : 5) || /\d/.test(x + y)) return false;
  }
  return differing === 1;
}

/** Disjoint sets over indexes, with path halving. */
class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(index: number): number {
    let i = index;
    while (this.parent[i] !== i) {
      const grand = this.parent[this.parent[i] ?? i] ?? i;
      this.parent[i] = grand;
      i = grand;
    }
    return i;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // Keep the earlier spelling as the root so that groups are stable.
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
