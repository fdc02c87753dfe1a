// Types of scripts/addin-manifest.js (CommonJS, loaded by webpack.config.js), for the tests.
export declare const TEMPLATE_BASE_URL: string;
export declare class BaseUrlError extends Error {}
export declare function addinBaseUrl(env: Record<string, string | undefined>, fallback?: string): string;
export declare function manifestFor(
  templateXml: string,
  options: { baseUrl: string; version: string },
): string;
export declare function officeVersion(version: string): string;
