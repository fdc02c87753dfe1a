import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { tempFolder } from "../xlsx/read/fixtures";

export const ROOT = join(__dirname, "..", "..");
const SCHEMA = join(ROOT, "schemas", "office-manifest", "OfficeAppManifestV1_1.xsd");

/** Every address in a manifest: the attributes that hold one, and the AppDomain elements. */
export function manifestAddresses(xml: string): string[] {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const elements = document.getElementsByTagName("*");
  const addresses: string[] = [];
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements.item(index);
    if (!element) continue;
    for (const name of ["DefaultValue", "Value"]) {
      const value = element.getAttribute(name);
      if (value && /^[a-z]+:\/\//i.test(value)) addresses.push(value);
    }
    if (element.localName === "AppDomain") addresses.push(element.textContent ?? "");
  }
  return addresses;
}

/** xmllint's verdict on a manifest against the vendored XSDs (throws with its message when invalid). */
export function validateManifest(xml: string): void {
  const folder = tempFolder("jiu-manifest-");
  try {
    const file = folder.path("manifest.xml");
    writeFileSync(file, xml);
    execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" });
  } finally {
    folder.dispose();
  }
}
