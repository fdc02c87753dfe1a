// The small page the ribbon's "Validate register" opens in an Office dialog to say what it found.
// It needs no Office.js: it only reads its own query string and writes text (never HTML).
import { writingDirection } from "../labels/language-names";
import { commandResultText, decodeCommandResult } from "./result-text";

function render(): void {
  const { result, lang } = decodeCommandResult(window.location.search);
  const { title, lines } = commandResultText(result, lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = writingDirection(lang);
  document.title = title;
  const root = document.getElementById("root");
  if (!root) return;
  root.style.cssText =
    "font: 14px/1.45 'Segoe UI', system-ui, sans-serif; padding: 16px 20px; color: #242424";
  const heading = document.createElement("h1");
  heading.textContent = title;
  heading.style.cssText = "font-size: 18px; margin: 0 0 8px";
  root.append(heading);
  for (const line of lines) {
    const paragraph = document.createElement("p");
    paragraph.textContent = line;
    paragraph.style.margin = "0 0 8px";
    root.append(paragraph);
  }
}

render();
