import type { LabelTable } from "./label-table";

/**
 * The terminal report of `jiu-register summary`, continued: active reports, counts by year, rates, planned
 * reviews, the JIU's requests and the note on a register with errors.
 */
export const CLI_FIGURE_LABELS = {
  "cli.summary.activeNone": {
    en: "Active reports: none.",
    zh: "有效报告：无。",
    ar: "التقارير السارية: لا شيء.",
    fr: "Rapports actifs\u00a0: aucun.",
    ru: "Действующие доклады: нет.",
    es: "Informes activos: ninguno.",
  },
  "cli.summary.active": {
    en: "Active reports ({count}):",
    zh: "有效报告（{count} 份）：",
    ar: "التقارير السارية ({count}):",
    fr: "Rapports actifs ({count})\u00a0:",
    ru: "Действующие доклады ({count}):",
    es: "Informes activos ({count}):",
  },
  "cli.summary.activeCounts": {
    en: "{legislative} to legislative bodies, {executiveHead} to the executive head",
    zh: "给立法机构 {legislative} 项，给行政首长 {executiveHead} 项",
    ar: "الهيئات التشريعية: {legislative}؛ الرئيس التنفيذي: {executiveHead}",
    fr: "organes délibérants\u00a0: {legislative}\u00a0; chef de secrétariat\u00a0: {executiveHead}",
    ru: "директивным органам — {legislative}, административному руководителю — {executiveHead}",
    es: "órganos legislativos: {legislative}; jefe ejecutivo: {executiveHead}",
  },
  "cli.summary.byYearNone": {
    en: "By review year: no recommendations.",
    zh: "按审查年份：没有建议。",
    ar: "حسب سنة الاستعراض: لا توجد توصيات.",
    fr: "Par année d'examen\u00a0: aucune recommandation.",
    ru: "По годам обзора: рекомендаций нет.",
    es: "Por año del examen: no hay recomendaciones.",
  },
  "cli.summary.byYear": {
    en: "By review year and status:",
    zh: "按审查年份和状态：",
    ar: "حسب سنة الاستعراض والحالة:",
    fr: "Par année d'examen et par état\u00a0:",
    ru: "По годам обзора и положению:",
    es: "Por año del examen y situación:",
  },
  "cli.summary.year": { en: "Year", zh: "年份", ar: "السنة", fr: "Année", ru: "Год", es: "Año" },
  "cli.summary.addressee": {
    en: "Addressed to",
    zh: "提交对象",
    ar: "الجهة الموجهة إليها",
    fr: "Destinataire",
    ru: "Адресат",
    es: "Destinatario",
  },
  "cli.summary.legislative": {
    en: "Legislative body",
    zh: "立法机构",
    ar: "الهيئة التشريعية",
    fr: "Organe délibérant",
    ru: "Директивный орган",
    es: "Órgano legislativo",
  },
  "cli.summary.executiveHead": {
    en: "Executive head",
    zh: "行政首长",
    ar: "الرئيس التنفيذي",
    fr: "Chef de secrétariat",
    ru: "Административный руководитель",
    es: "Jefe ejecutivo",
  },
  "cli.summary.rates": { en: "Rates", zh: "比率", ar: "المعدلات", fr: "Taux", ru: "Показатели", es: "Tasas" },
  "cli.summary.acceptanceRate": {
    en: "Acceptance",
    zh: "接受率",
    ar: "القبول",
    fr: "Acceptation",
    ru: "Принятие",
    es: "Aceptación",
  },
  "cli.summary.implementationRate": {
    en: "Implementation",
    zh: "落实率",
    ar: "التنفيذ",
    fr: "Application",
    ru: "Выполнение",
    es: "Aplicación",
  },
  "cli.summary.rateLine": {
    en: "{name}: {overall} overall; {legislative} legislative bodies; {executiveHead} executive head",
    zh: "{name}：总体 {overall}；立法机构 {legislative}；行政首长 {executiveHead}",
    ar: "{name}: {overall} إجمالا؛ الهيئات التشريعية {legislative}؛ الرئيس التنفيذي {executiveHead}",
    fr: "{name}\u00a0: {overall} au total\u00a0; organes délibérants {legislative}\u00a0; chef de secrétariat {executiveHead}",
    ru: "{name}: всего {overall}; директивные органы {legislative}; административный руководитель {executiveHead}",
    es: "{name}: {overall} en total; órganos legislativos {legislative}; jefe ejecutivo {executiveHead}",
  },
  "cli.summary.rateOf": {
    en: "{rate} ({numerator} of {denominator})",
    zh: "{rate}（{denominator} 项中 {numerator} 项）",
    ar: "{rate} ({numerator} من {denominator})",
    fr: "{rate} ({numerator} sur {denominator})",
    ru: "{rate} ({numerator} из {denominator})",
    es: "{rate} ({numerator} de {denominator})",
  },
  "cli.summary.rateNotApplicable": {
    en: "n/a",
    zh: "不适用",
    ar: "لا ينطبق",
    fr: "s.o.",
    ru: "н/п",
    es: "n. a.",
  },
  "cli.summary.planned": {
    en: "Planned JIU reviews: {count} (sheet '{sheet}').",
    zh: "联检组计划进行的审查：{count} 项（工作表“{sheet}”）。",
    ar: "استعراضات وحدة التفتيش المشتركة المقررة: {count} (الورقة «{sheet}»).",
    fr: "Examens du CCI prévus\u00a0: {count} (feuille «\u00a0{sheet}\u00a0»).",
    ru: "Запланированные обзоры ОИГ: {count} (лист «{sheet}»).",
    es: "Exámenes de la DCI previstos: {count} (hoja “{sheet}”).",
  },
  "cli.summary.requests": {
    en: "Requests from the JIU: {onTime} answered on time, {late} late, {pending} pending, {overdue} overdue.",
    zh: "联检组的请求：按时回应 {onTime} 项，逾期回应 {late} 项，待回应 {pending} 项，已逾期未回应 {overdue} 项。",
    ar: "طلبات وحدة التفتيش المشتركة: رُد في الوقت المحدد: {onTime}؛ رُد متأخرا: {late}؛ معلقة: {pending}؛ تجاوزت الأجل: {overdue}.",
    fr: "Demandes du CCI\u00a0: réponse dans les délais\u00a0: {onTime}\u00a0; réponse tardive\u00a0: {late}\u00a0; en attente\u00a0: {pending}\u00a0; délai dépassé\u00a0: {overdue}.",
    ru: "Запросы ОИГ: ответ дан в срок — {onTime}, с опозданием — {late}, ожидают ответа — {pending}, срок истек — {overdue}.",
    es: "Solicitudes de la DCI: respondidas a tiempo: {onTime}; con retraso: {late}; pendientes: {pending}; vencidas: {overdue}.",
  },
  "cli.summary.errorsNote": {
    en: {
      one: "The register has 1 error; {skipped} of {rows} rows cannot be read and are not counted. Run jiu-register validate to see it, or give --force to accept the figures as they are.",
      other:
        "The register has {count} errors; {skipped} of {rows} rows cannot be read and are not counted. Run jiu-register validate to see them, or give --force to accept the figures as they are.",
    },
    zh: {
      other:
        "登记册有 {count} 个错误；{rows} 行中有 {skipped} 行无法读取，未计入。请运行 jiu-register validate 查看，或使用 --force 接受现有数字。",
    },
    ar: {
      zero: "لا توجد أخطاء في السجل؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب.",
      one: "يتضمن السجل خطأ واحدا؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب. شغّل jiu-register validate للاطلاع عليه، أو استخدم --force لقبول الأرقام كما هي.",
      two: "يتضمن السجل خطأين؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب. شغّل jiu-register validate للاطلاع عليهما، أو استخدم --force لقبول الأرقام كما هي.",
      few: "يتضمن السجل {count} أخطاء؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب. شغّل jiu-register validate للاطلاع عليها، أو استخدم --force لقبول الأرقام كما هي.",
      many: "يتضمن السجل {count} خطأ؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب. شغّل jiu-register validate للاطلاع عليها، أو استخدم --force لقبول الأرقام كما هي.",
      other:
        "يتضمن السجل {count} خطأ؛ ولا يمكن قراءة {skipped} من أصل {rows} صفا، فلم تُحسب. شغّل jiu-register validate للاطلاع عليها، أو استخدم --force لقبول الأرقام كما هي.",
    },
    fr: {
      one: "Le registre comporte {count} erreur\u00a0; lignes illisibles et non comptées\u00a0: {skipped} sur {rows}. Lancez jiu-register validate pour la voir, ou donnez --force pour accepter les chiffres tels quels.",
      other:
        "Le registre comporte {count} erreurs\u00a0; lignes illisibles et non comptées\u00a0: {skipped} sur {rows}. Lancez jiu-register validate pour les voir, ou donnez --force pour accepter les chiffres tels quels.",
    },
    ru: {
      one: "В реестре {count} ошибка; нечитаемых и неучтенных строк: {skipped} из {rows}. Запустите jiu-register validate, чтобы ее увидеть, или укажите --force, чтобы принять цифры как есть.",
      few: "В реестре {count} ошибки; нечитаемых и неучтенных строк: {skipped} из {rows}. Запустите jiu-register validate, чтобы их увидеть, или укажите --force, чтобы принять цифры как есть.",
      many: "В реестре {count} ошибок; нечитаемых и неучтенных строк: {skipped} из {rows}. Запустите jiu-register validate, чтобы их увидеть, или укажите --force, чтобы принять цифры как есть.",
      other:
        "В реестре {count} ошибки; нечитаемых и неучтенных строк: {skipped} из {rows}. Запустите jiu-register validate, чтобы их увидеть, или укажите --force, чтобы принять цифры как есть.",
    },
    es: {
      one: "El registro tiene {count} error; filas ilegibles y no contabilizadas: {skipped} de {rows}. Ejecute jiu-register validate para verlo, o indique --force para aceptar las cifras tal como están.",
      other:
        "El registro tiene {count} errores; filas ilegibles y no contabilizadas: {skipped} de {rows}. Ejecute jiu-register validate para verlos, o indique --force para aceptar las cifras tal como están.",
    },
  },
} satisfies LabelTable;
