import type JSZip from "jszip";
import {
  parseRelationships,
  readPart,
  relationshipsPathOf,
  resolveTarget,
  actualPath,
} from "./package-parts";

/**
 * Before a generated sheet is written again over its own part: removes the parts only it used (its
 * drawing, the charts of that drawing, anything Excel added under them) and its relationships part.
 * A part that anything else still refers to is kept. Returns the removed parts (not the .rels files).
 */
export async function removeDependentParts(zip: JSZip, sheetPath: string): Promise<string[]> {
  const referrers = await referrersByPart(zip);
  const doomed = new Set<string>();
  const queue = await internalTargets(zip, sheetPath);
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    if (doomed.has(part) || part === sheetPath) continue;
    const others = [...(referrers.get(part) ?? [])].filter(
      (owner) => owner !== sheetPath && !doomed.has(owner),
    );
    if (others.length > 0) continue;
    doomed.add(part);
    queue.push(...(await internalTargets(zip, part)));
  }
  for (const part of [sheetPath, ...doomed]) {
    const rels = actualPath(zip, relationshipsPathOf(part));
    if (rels !== null) zip.remove(rels);
  }
  for (const part of doomed) zip.remove(part);
  return [...doomed];
}

async function internalTargets(zip: JSZip, part: string): Promise<string[]> {
  const xml = await readPart(zip, relationshipsPathOf(part));
  if (xml === null) return [];
  return parseRelationships(xml)
    .filter((r) => !r.external)
    .map((r) => actualPath(zip, resolveTarget(part, r.target)))
    .filter((path): path is string => path !== null);
}

/** For each part, the parts whose relationships point at it. */
async function referrersByPart(zip: JSZip): Promise<Map<string, Set<string>>> {
  const referrers = new Map<string, Set<string>>();
  const relsFiles = Object.keys(zip.files).filter((name) => /(^|\/)_rels\/[^/]*\.rels$/.test(name));
  for (const relsFile of relsFiles) {
    const owner = relsFile.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
    for (const target of await internalTargets(zip, owner)) {
      const set = referrers.get(target) ?? new Set<string>();
      set.add(owner);
      referrers.set(target, set);
    }
  }
  return referrers;
}
