import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addinBaseUrl, manifestFor, officeVersion, TEMPLATE_BASE_URL } from "../../scripts/addin-manifest";
import { manifestAddresses, ROOT, validateManifest } from "./manifest-support";

const TEMPLATE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("addinBaseUrl", () => {
  it("defaults to the development server's address", () => {
    expect(addinBaseUrl({})).toBe(TEMPLATE_BASE_URL);
    expect(addinBaseUrl({ ADDIN_BASE_URL: "  " })).toBe(TEMPLATE_BASE_URL);
  });

  it("takes an https address, ending it with a slash", () => {
    expect(addinBaseUrl({ ADDIN_BASE_URL: "https://addins.example.org/jiu" })).toBe(
      "https://addins.example.org/jiu/",
    );
    expect(addinBaseUrl({ ADDIN_BASE_URL: "https://addins.example.org" })).toBe(
      "https://addins.example.org/",
    );
  });

  it.each(["http://localhost:3000/", "http://127.0.0.1:8080/jiu/"])("allows plain http on %s", (url) => {
    expect(addinBaseUrl({ ADDIN_BASE_URL: url })).toBe(url);
  });

  it.each([
    ["http://addins.example.org/jiu/", /is not https: Excel loads add-ins only over HTTPS/],
    ["ftp://addins.example.org/jiu/", /is not https/],
    ["addins.example.org/jiu", /is not an address/],
    ["https://addins.example.org/jiu/?v=1", /has a query/],
  ])("refuses %s with one line", (url, message) => {
    expect(() => addinBaseUrl({ ADDIN_BASE_URL: url })).toThrow(message);
    try {
      addinBaseUrl({ ADDIN_BASE_URL: url });
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("manifestFor", () => {
  const base = "https://addins.example.org/jiu/";
  const manifest = manifestFor(TEMPLATE, { baseUrl: base, version: "1.2.3" });

  it("puts every address under the base, and the AppDomain on its origin", () => {
    const addresses = manifestAddresses(manifest);
    // Source, support, learn-more, commands, six button icons and two pane icons: every one moved.
    expect(addresses.length).toBe(manifestAddresses(TEMPLATE).length);
    expect(addresses.length).toBeGreaterThanOrEqual(13);
    for (const address of addresses) {
      expect(address === "https://addins.example.org" || address.startsWith(base)).toBe(true);
    }
    expect(addresses).toContain(`${base}taskpane.html`);
    expect(addresses).toContain(`${base}help.html`);
    expect(addresses).toContain(`${base}commands.html`);
    expect(addresses).toContain("https://addins.example.org");
    expect(manifest).not.toContain("localhost");
  });

  it("carries the package's version", () => {
    expect(manifest).toContain("<Version>1.2.3.0</Version>");
    expect(officeVersion("0.1.0")).toBe("0.1.0.0");
    expect(officeVersion("2.0.0-beta.1")).toBe("2.0.0.0");
  });

  it("validates against the vendored manifest schemas", () => {
    expect(() => validateManifest(manifest)).not.toThrow();
  });

  it("keeps the development manifest as it is for the development address", () => {
    const dev = manifestFor(TEMPLATE, { baseUrl: TEMPLATE_BASE_URL, version: "0.1.0" });
    expect(manifestAddresses(dev)).toEqual(manifestAddresses(TEMPLATE));
  });
});
