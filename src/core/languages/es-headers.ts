import type { RegisterHeaders } from "./types";

/** The register's headers in Spanish. The first name of each column is the one messages use. */
export const SPANISH_HEADERS: RegisterHeaders = {
  register: {
    organization: ["Organización", "Organización participante"],
    reportSymbol: ["Signatura del informe", "Signatura", "Informe de la DCI"],
    reportTitle: ["Título del informe", "Título"],
    reportLink: ["Enlace al informe", "Enlace", "Vínculo"],
    recommendationNumber: ["N.º de recomendación", "Número de recomendación", "N.º"],
    addressee: ["Destinatario", "Dirigida a"],
    recommendationText: ["Recomendación", "Texto de la recomendación"],
    assessment: [
      "Evaluación de la administración",
      "Evaluación del coordinador",
      "Evaluación",
      "Observaciones",
    ],
    acceptance: ["Aceptación", "Estado de aceptación", "Estado de la aceptación"],
    implementation: ["Aplicación", "Estado de aplicación", "Estado de la aplicación", "Implementación"],
    status: ["Estado", "Estado actual", "Estado de la recomendación"],
    previousAcceptance: ["Aceptación anterior", "Aceptación (anterior)", "Estado anterior de aceptación"],
    previousImplementation: ["Aplicación anterior", "Aplicación (anterior)", "Estado anterior de aplicación"],
    previousStatus: ["Estado anterior", "Estado en el informe anterior", "Estado (anterior)"],
    assessmentUpdated: ["Evaluación actualizada", "Actualización de la evaluación"],
    responsible: ["Responsable", "Coordinador", "Oficina responsable", "Dependencia responsable"],
    deadline: ["Plazo", "Fecha límite", "Fecha prevista"],
    lastUpdated: ["Última actualización", "Actualizado el", "Fecha de actualización"],
    cebComments: ["Observaciones de la JJE", "Comentarios de la JJE", "JJE"],
    otherDocuments: ["Otros documentos", "Documentos conexos"],
  },
  plannedReviews: {
    code: ["Código", "Código del examen"],
    title: ["Título", "Título del examen", "Examen"],
    workPlanYear: ["Año del programa de trabajo", "Programa de trabajo", "Año"],
  },
  requests: {
    reviewCode: ["Código del examen", "Código"],
    kind: ["Solicitud", "Tipo de solicitud"],
    received: ["Fecha de recepción", "Recibida"],
    due: ["Fecha de respuesta prevista", "Respuesta prevista"],
    answered: ["Fecha de respuesta", "Respondida"],
  },
  vocabulary: {
    word: ["Palabra", "Término"],
    means: ["Significa", "Significado"],
  },
  vocabularySheet: ["Vocabulario", "Glosario"],
};
