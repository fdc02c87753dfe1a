// The add-in's manifest for the address it is served from. manifest.xml in the repository is written for the
// development server (https://localhost:3000/); a build for an organization's host rewrites every address in
// it, so that an IT department deploys dist/manifest.xml as it is. CommonJS, because webpack.config.js loads it.
const { DOMParser, XMLSerializer } = require("@xmldom/xmldom");

/** The address manifest.xml is written for: the development server's. */
const TEMPLATE_BASE_URL = "https://localhost:3000/";
/** Hosts that may be served over plain http: the developer's own machine. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

class BaseUrlError extends Error {}

/**
 * The add-in's base address from the environment's ADDIN_BASE_URL (default: the development server's),
 * with a trailing slash. Throws a BaseUrlError whose message is one line saying what to set instead:
 * Excel on the web and on Mac load add-ins only over HTTPS, so only a local address may be http.
 * @example addinBaseUrl({ ADDIN_BASE_URL: "https://addins.example.org/jiu" }) // "https://addins.example.org/jiu/"
 */
function addinBaseUrl(env, fallback = TEMPLATE_BASE_URL) {
  const raw = (env.ADDIN_BASE_URL ?? "").trim() || fallback;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new BaseUrlError(
      `ADDIN_BASE_URL '${raw}' is not an address: set it to where dist/ is served, e.g. https://addins.example.org/jiu/`,
    );
  }
  const local = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new BaseUrlError(
      `ADDIN_BASE_URL '${raw}' is not https: Excel loads add-ins only over HTTPS, so serve dist/ over HTTPS ` +
        `and give its https:// address (plain http is allowed for localhost only).`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new BaseUrlError(
      `ADDIN_BASE_URL '${raw}' has a query, a fragment or a user name: give the folder's address alone.`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The attributes of manifest.xml that hold an address (DefaultValue of icons and URLs, Value of overrides). */
const URL_ATTRIBUTES = ["DefaultValue", "Value"];

function rewriteElement(element, rewrite, version) {
  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) element.setAttribute(name, rewrite(value));
  }
  if (element.localName === "AppDomain") element.textContent = rewrite(element.textContent ?? "");
  // The add-in's own version (VersionOverrides has no such child; only OfficeApp's Version is one).
  if (element.localName === "Version" && element.parentNode?.localName === "OfficeApp") {
    element.textContent = officeVersion(version);
  }
}

/**
 * manifest.xml with every address moved from the development server's to `baseUrl`, the AppDomain set to
 * its origin and the version set to `version` (package.json's, with Office's fourth part).
 * Throws when an address of the template is left over, so a build never ships a manifest pointing at localhost.
 */
function manifestFor(templateXml, { baseUrl, version }) {
  const document = new DOMParser().parseFromString(templateXml, "application/xml");
  const templateOrigin = new URL(TEMPLATE_BASE_URL).origin;
  const origin = new URL(baseUrl).origin;
  const rewrite = (text) => {
    if (text.startsWith(TEMPLATE_BASE_URL)) return baseUrl + text.slice(TEMPLATE_BASE_URL.length);
    if (text === templateOrigin) return origin;
    return text;
  };
  const elements = document.getElementsByTagName("*");
  for (let index = 0; index < elements.length; index += 1)
    rewriteElement(elements.item(index), rewrite, version);
  const xml = new XMLSerializer().serializeToString(document);
  if (!baseUrl.startsWith(templateOrigin) && xml.includes(templateOrigin)) {
    throw new Error(`manifest.xml still names ${templateOrigin} after rewriting it for ${baseUrl}`);
  }
  return xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** Office manifests take a four-part version: package.json's 0.1.0 is 0.1.0.0. */
function officeVersion(version) {
  const parts = version.split("-")[0].split(".");
  while (parts.length < 4) parts.push("0");
  return parts.slice(0, 4).join(".");
}

module.exports = { TEMPLATE_BASE_URL, BaseUrlError, addinBaseUrl, manifestFor, officeVersion };
