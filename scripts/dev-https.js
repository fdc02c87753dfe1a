// The development server's scheme. Office loads add-ins only over HTTPS, so `npm start` serves
// https://localhost:3000 with office-addin-dev-certs' trusted certificate where that package can install
// one; where it cannot (no sudo, no certificate store, JIU_DEV_HTTP=1), it serves plain http and says why:
// the browser preview works over http, Excel does not.
const DEV_PORT = 3000;
/** Installing a certificate may ask for a password or hang on a missing tool: do not wait forever. */
const CERTIFICATE_TIMEOUT_MS = 60_000;

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}

async function httpsOptions() {
  const { getHttpsServerOptions } = require("office-addin-dev-certs");
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer within 60 s")), CERTIFICATE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([getHttpsServerOptions(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The dev server's `server` option and the base address the development manifest names.
 * @example const { server, baseUrl } = await devServer(); // baseUrl "https://localhost:3000/"
 */
async function devServer() {
  const http = (reason) => {
    console.log(
      `\nServing over plain http (${reason}). The preview works; Excel needs https: run ` +
        "`npx office-addin-dev-certs install` (it needs an administrator's rights), then `npm start` again.\n",
    );
    return { server: "http", baseUrl: `http://localhost:${DEV_PORT}/` };
  };
  if (process.env.JIU_DEV_HTTP === "1") return http("JIU_DEV_HTTP=1");
  try {
    require.resolve("office-addin-dev-certs");
  } catch {
    return http("office-addin-dev-certs is not installed");
  }
  try {
    const options = await httpsOptions();
    return { server: { type: "https", options }, baseUrl: `https://localhost:${DEV_PORT}/` };
  } catch (error) {
    return http(`no trusted development certificate: ${firstLine(error)}`);
  }
}

module.exports = { DEV_PORT, devServer };
