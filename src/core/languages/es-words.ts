import type { RegisterWords } from "./types";

/**
 * The register's words in Spanish, as the JIU's Spanish reports write them: "Aceptada", "No aceptada", "En
 * estudio", "No pertinente", "Aplicada", "En curso", "No iniciada"; the addressees "órgano legislativo" and
 * "jefe ejecutivo", and the official Spanish names of the bodies and heads ("Asamblea General", "Director
 * General").
 */
export const SPANISH_WORDS: RegisterWords = {
  addressee: {
    legislative: [
      "Órgano legislativo",
      "Órganos legislativos",
      "Órgano rector",
      "Órganos rectores",
      "Órgano deliberante",
      "Estados miembros",
    ],
    executiveHead: ["Jefe ejecutivo", "Jefa ejecutiva", "Jefes ejecutivos"],
  },
  namedAddressee: {
    legislative: [
      "Asamblea General",
      "Comité de Coordinación",
      "Junta Ejecutiva",
      "Consejo de Administración",
      "Consejo",
      "Conferencia",
      "Conferencia de las Partes",
      "Conferencia de Plenipotenciarios",
      "Asambleas de los Estados miembros",
      "Comité del Programa y Presupuesto",
      "Asamblea Mundial de la Salud",
      "Ambos",
    ],
    executiveHead: [
      "Director General",
      "Directora General",
      "Secretario General",
      "Secretaria General",
      "Director Ejecutivo",
      "Directora Ejecutiva",
      "Administrador",
      "Alto Comisionado",
      "Secretaría",
    ],
  },
  acceptance: {
    accepted: ["Aceptada", "Aceptado", "Aceptadas", "Aceptados"],
    notAccepted: ["No aceptada", "No aceptado", "Rechazada", "Rechazado"],
    underConsideration: ["En estudio", "En examen", "En consideración", "Pendiente de decisión"],
    notRelevant: ["No pertinente", "No procede", "Ya no es pertinente"],
    closed: ["Cerrada", "Cerrado"],
  },
  implementation: {
    implemented: ["Aplicada", "Aplicado", "Implementada", "Implementado", "Cumplida", "Completada"],
    inProgress: ["En curso", "En curso de aplicación", "En aplicación", "En proceso", "En ejecución"],
    notStarted: ["No iniciada", "No iniciado", "Sin iniciar", "Aún no iniciada"],
  },
  statusPhrases: [
    {
      words: ["Plenamente aplicada", "Aplicada en su totalidad", "Aceptada y aplicada"],
      acceptance: "accepted",
      implementation: "implemented",
    },
    {
      words: ["Parcialmente aplicada", "Aceptada y en curso", "Aceptada y en curso de aplicación"],
      acceptance: "accepted",
      implementation: "inProgress",
    },
    { words: ["Aceptada y no iniciada"], acceptance: "accepted", implementation: "notStarted" },
  ],
  notApplicable: ["No aplicable", "No se aplica"],
  yes: ["Sí"],
  no: ["No"],
  unnumbered: [
    "Recomendaciones oficiosas",
    "Recomendación oficiosa",
    "Oficiosa",
    "Recomendaciones informales",
  ],
};
