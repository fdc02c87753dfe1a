import type { LabelTable } from "./label-table";

/**
 * Labels of a new register (its sheet names and the alerts of its dropdowns) and of the task pane's
 * New register and Check as I type controls, in the six UN languages. The register's headers and status
 * words are not here: they are the parser's own (src/core/languages), so that what is written reads back.
 * Placeholders are written {name}.
 */
export const TEMPLATE_LABELS = {
  "sheet.register": {
    en: "Register",
    zh: "登记册",
    fr: "Registre",
    es: "Registro",
    ru: "Реестр",
    ar: "السجل",
  },
  "sheet.plannedReviews": {
    en: "Planned reviews",
    zh: "计划审查",
    fr: "Examens prévus",
    es: "Exámenes previstos",
    ru: "Запланированные обзоры",
    ar: "الاستعراضات المقررة",
  },
  "sheet.requests": {
    en: "Requests",
    zh: "请求",
    fr: "Demandes",
    es: "Solicitudes",
    ru: "Запросы",
    ar: "الطلبات",
  },
  // As the parser knows the sheet (src/core/languages, headers.vocabularySheet) where it reads the language.
  "sheet.vocabulary": {
    en: "Vocabulary",
    zh: "词汇",
    fr: "Vocabulaire",
    es: "Vocabulario",
    ru: "Словарь",
    ar: "المفردات",
  },
  "template.alertTitle": {
    en: "JIU Register",
    zh: "联检组建议登记册",
    fr: "Registre CCI",
    es: "Registro DCI",
    ru: "Реестр ОИГ",
    ar: "سجل وحدة التفتيش المشتركة",
  },
  "template.listMessage": {
    en: "Choose a word from the list. Another word is read only if the Vocabulary sheet explains it.",
    zh: "请从列表中选择。其他词语只有在词汇工作表中加以说明后才能读取。",
    fr: "Choisissez un mot de la liste. Un autre mot n'est lu que si la feuille Vocabulaire l'explique.",
    es: "Elija una palabra de la lista. Otra palabra solo se lee si la hoja Vocabulario la explica.",
    ru: "Выберите слово из списка. Другое слово читается, только если оно объяснено на листе «Словарь».",
    ar: "اختر كلمة من القائمة. لا تُقرأ كلمة أخرى إلا إذا شرحتها ورقة المفردات.",
  },
  "template.dateMessage": {
    en: "Type a date, for example 2025-12-31.",
    zh: "请输入日期，例如 2025-12-31。",
    fr: "Saisissez une date, par exemple 2025-12-31.",
    es: "Escriba una fecha, por ejemplo 2025-12-31.",
    ru: "Введите дату, например 2025-12-31.",
    ar: "اكتب تاريخًا، مثل 2025-12-31.",
  },
  "pane.newRegister": {
    en: "New register",
    zh: "新建登记册",
    fr: "Nouveau registre",
    es: "Nuevo registro",
    ru: "Новый реестр",
    ar: "سجل جديد",
  },
  "pane.newRegisterHint": {
    en: "Adds an empty register in the annex language, with dropdowns, and the Planned reviews, Requests and Vocabulary sheets.",
    zh: "以附件语言添加一个带下拉列表的空登记册，以及计划审查、请求和词汇工作表。",
    fr: "Ajoute un registre vide dans la langue des annexes, avec listes déroulantes, et les feuilles Examens prévus, Demandes et Vocabulaire.",
    es: "Añade un registro vacío en el idioma de los anexos, con listas desplegables, y las hojas Exámenes previstos, Solicitudes y Vocabulario.",
    ru: "Добавляет пустой реестр на языке приложений, с раскрывающимися списками, и листы «Запланированные обзоры», «Запросы» и «Словарь».",
    ar: "يضيف سجلًا فارغًا بلغة المرفقات، بقوائم منسدلة، وأوراق الاستعراضات المقررة والطلبات والمفردات.",
  },
  "pane.newRegisterDone": {
    en: "New register written on sheet '{sheet}'. Type or paste the recommendations from its second row.",
    zh: "已在工作表“{sheet}”上建立新登记册。请从第二行起输入或粘贴建议。",
    fr: "Nouveau registre créé sur la feuille « {sheet} ». Saisissez ou collez les recommandations à partir de la deuxième ligne.",
    es: "Nuevo registro creado en la hoja «{sheet}». Escriba o pegue las recomendaciones a partir de la segunda fila.",
    ru: "Новый реестр создан на листе «{sheet}». Вводите или вставляйте рекомендации со второй строки.",
    ar: "أُنشئ سجل جديد في الورقة '{sheet}'. اكتب التوصيات أو الصقها ابتداءً من الصف الثاني.",
  },
  "pane.newRegisterSheetTaken": {
    en: "Nothing was written: this workbook already has a sheet named '{sheet}'. Open a new workbook for the new register, or rename that sheet.",
    zh: "未写入任何内容：此工作簿已有名为“{sheet}”的工作表。请为新登记册新建一个工作簿，或重命名该工作表。",
    fr: "Rien n'a été écrit : ce classeur a déjà une feuille nommée « {sheet} ». Ouvrez un nouveau classeur pour le nouveau registre, ou renommez cette feuille.",
    es: "No se escribió nada: este libro ya tiene una hoja llamada «{sheet}». Abra un libro nuevo para el nuevo registro, o cambie el nombre de esa hoja.",
    ru: "Ничего не записано: в книге уже есть лист «{sheet}». Откройте новую книгу для нового реестра или переименуйте этот лист.",
    ar: "لم يُكتب شيء: في هذا المصنف ورقة باسم '{sheet}' بالفعل. افتح مصنفًا جديدًا للسجل الجديد، أو غيّر اسم تلك الورقة.",
  },
  "pane.newRegisterExists": {
    en: "Nothing was written: this workbook already holds a register, on sheet '{sheet}'. Open a new workbook to start another register.",
    zh: "未写入任何内容：此工作簿已在工作表“{sheet}”上有一个登记册。如需另建登记册，请新建一个工作簿。",
    fr: "Rien n'a été écrit : ce classeur contient déjà un registre, sur la feuille « {sheet} ». Ouvrez un nouveau classeur pour commencer un autre registre.",
    es: "No se escribió nada: este libro ya contiene un registro, en la hoja «{sheet}». Abra un libro nuevo para empezar otro registro.",
    ru: "Ничего не записано: в книге уже есть реестр на листе «{sheet}». Чтобы начать другой реестр, откройте новую книгу.",
    ar: "لم يُكتب شيء: يحتوي هذا المصنف بالفعل على سجل في الورقة '{sheet}'. افتح مصنفًا جديدًا لبدء سجل آخر.",
  },
  "pane.checkAsYouType": {
    en: "Check as I type",
    zh: "边输入边检查",
    fr: "Vérifier pendant la saisie",
    es: "Comprobar al escribir",
    ru: "Проверять при вводе",
    ar: "التحقق أثناء الكتابة",
  },
  "pane.checkAsYouTypeHint": {
    en: "Rechecks the rows you change and updates their marks and the findings. Saved with this workbook.",
    zh: "重新检查您更改的行，并更新其标记和检查结果。此设置随工作簿保存。",
    fr: "Revérifie les lignes modifiées et met à jour leurs marques et les constatations. Enregistré avec ce classeur.",
    es: "Vuelve a comprobar las filas que cambia y actualiza sus marcas y las observaciones. Se guarda con este libro.",
    ru: "Повторно проверяет изменённые строки и обновляет их пометки и замечания. Сохраняется вместе с книгой.",
    ar: "يعيد التحقق من الصفوف التي تغيّرها ويحدّث علاماتها والنتائج. يُحفظ مع هذا المصنف.",
  },
  "pane.checkAsYouTypeNeedsValidate": {
    en: "Checking as you type starts after the next Validate register.",
    zh: "下次“验证登记册”后开始边输入边检查。",
    fr: "La vérification pendant la saisie commence après la prochaine validation du registre.",
    es: "La comprobación al escribir empieza después de la próxima validación del registro.",
    ru: "Проверка при вводе начнётся после следующей проверки реестра.",
    ar: "يبدأ التحقق أثناء الكتابة بعد التحقق التالي من السجل.",
  },
} satisfies LabelTable;
