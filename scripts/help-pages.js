// The help pages, one per UN language: the add-in's page (src/taskpane/page.html: the head, the body's
// look) with the list of languages, around each language's text, in the file of the page's name
// (src/taskpane/help.html in English, help-zh.html in Chinese...): a template with the build's version
// and support contact.
const fs = require("node:fs");
const path = require("node:path");
// The template engine html-webpack-plugin renders the pages with, so the texts use the layout's syntax.
const renderTemplate = require(
  require.resolve("lodash/template", { paths: [path.dirname(require.resolve("html-webpack-plugin"))] }),
);

const PAGES_FOLDER = path.resolve(__dirname, "..", "src", "taskpane");
const LATIN = "15px/1.5 'Segoe UI', system-ui, sans-serif";

/** In UN order, each in its own name; the pane links the reader's. */
const HELP_PAGES = [
  {
    lang: "ar",
    dir: "rtl",
    filename: "help-ar.html",
    name: "العربية",
    title: "سجل توصيات وحدة التفتيش المشتركة: المساعدة",
    languagesLabel: "اللغات",
    font: "16px/1.7 'Segoe UI', 'Noto Sans Arabic', 'Noto Naskh Arabic', system-ui, sans-serif",
  },
  {
    lang: "zh-CN",
    dir: "ltr",
    filename: "help-zh.html",
    name: "中文",
    title: "联检组建议登记册：帮助",
    languagesLabel: "语言",
    font: "15px/1.6 'Microsoft YaHei', 'Noto Sans CJK SC', system-ui, sans-serif",
  },
  {
    lang: "en",
    dir: "ltr",
    filename: "help.html",
    name: "English",
    title: "JIU Register: help",
    languagesLabel: "Languages",
    font: LATIN,
  },
  {
    lang: "fr",
    dir: "ltr",
    filename: "help-fr.html",
    name: "Français",
    title: "Registre des recommandations du CCI : aide",
    languagesLabel: "Langues",
    font: LATIN,
  },
  {
    lang: "ru",
    dir: "ltr",
    filename: "help-ru.html",
    name: "Русский",
    title: "Реестр рекомендаций ОИГ: справка",
    languagesLabel: "Языки",
    font: LATIN,
  },
  {
    lang: "es",
    dir: "ltr",
    filename: "help-es.html",
    name: "Español",
    title: "Registro de recomendaciones de la DCI: ayuda",
    languagesLabel: "Idiomas",
    font: LATIN,
  },
];

/** The six languages, each a link to its page but the page's own. */
function languageLinks(current) {
  return HELP_PAGES.map(({ lang, filename, name }) =>
    lang === current.lang
      ? `<span lang="${lang}">${name}</span>`
      : `<a href="${filename}" hreflang="${lang}" lang="${lang}">${name}</a>`,
  ).join(" · ");
}

/**
 * The help pages, made by the add-in's `page` (webpack.config.js), and a plugin that has webpack watch
 * their texts. A text is a template of the build's `version` and `supportContact` (escaped), read at
 * each compilation, so an edit shows in `npm start` without a restart.
 */
function helpPagePlugins({ page, version, supportContact }) {
  const pages = HELP_PAGES.map((help) => {
    const textFile = path.join(PAGES_FOLDER, help.filename);
    return page({
      filename: help.filename,
      title: help.title,
      office: false,
      lang: help.lang,
      dir: help.dir,
      bodyStyle: `font: ${help.font}; max-width: 44rem; margin: 2rem auto; padding: 0 1rem`,
      help: {
        languagesLabel: help.languagesLabel,
        languageLinks: languageLinks(help),
        // A getter: html-webpack-plugin reads the parameters at each compilation.
        get content() {
          return renderTemplate(fs.readFileSync(textFile, "utf8"))({ version, supportContact });
        },
      },
    });
  });
  return [...pages, new WatchHelpTexts(HELP_PAGES.map((help) => path.join(PAGES_FOLDER, help.filename)))];
}

/** The texts are no template of webpack's: it watches them because this plugin names them. */
class WatchHelpTexts {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WatchHelpTexts", (compilation) => {
      for (const file of this.files) compilation.fileDependencies.add(file);
    });
  }
}

module.exports = { helpPagePlugins };
