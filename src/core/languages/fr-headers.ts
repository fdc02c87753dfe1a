import type { RegisterHeaders } from "./types";

/** The register's headers in French. The first name of each column is the one messages use. */
export const FRENCH_HEADERS: RegisterHeaders = {
  register: {
    organization: ["Organisation", "Organisation participante"],
    reportSymbol: ["Cote du rapport", "Cote", "Symbole du rapport", "Rapport du CCI"],
    reportTitle: ["Titre du rapport", "Titre"],
    reportLink: ["Lien vers le rapport", "Lien"],
    recommendationNumber: [
      "N° de la recommandation",
      "Numéro de la recommandation",
      "Recommandation n°",
      "N°",
    ],
    addressee: ["Destinataire", "Adressée à", "Destinataire de la recommandation"],
    recommendationText: ["Recommandation", "Texte de la recommandation"],
    assessment: ["Évaluation de la direction", "Évaluation du correspondant", "Évaluation", "Observations"],
    acceptance: ["Acceptation", "État de l'acceptation", "Statut de l'acceptation"],
    implementation: [
      "Mise en œuvre",
      "État de la mise en œuvre",
      "Statut de la mise en œuvre",
      "Application",
    ],
    status: ["Statut", "Statut actuel", "Statut de la recommandation", "Situation"],
    previousAcceptance: [
      "Acceptation précédente",
      "Acceptation (précédente)",
      "Statut précédent de l'acceptation",
    ],
    previousImplementation: [
      "Mise en œuvre précédente",
      "Mise en œuvre (précédente)",
      "Statut précédent de la mise en œuvre",
    ],
    previousStatus: ["Statut précédent", "Statut dans le rapport précédent", "Statut (précédent)"],
    assessmentUpdated: ["Évaluation mise à jour", "Mise à jour de l'évaluation"],
    responsible: ["Responsable", "Correspondant", "Service responsable", "Bureau responsable"],
    deadline: ["Date limite", "Date cible", "Échéance"],
    lastUpdated: ["Dernière mise à jour", "Mis à jour le", "Date de mise à jour"],
    cebComments: ["Observations du CCS", "Commentaires du CCS", "CCS"],
    otherDocuments: ["Autres documents", "Documents connexes"],
  },
  plannedReviews: {
    code: ["Code", "Code de l'examen"],
    title: ["Titre", "Titre de l'examen", "Examen"],
    workPlanYear: ["Année du programme de travail", "Programme de travail", "Année"],
  },
  requests: {
    reviewCode: ["Code de l'examen", "Code"],
    kind: ["Demande", "Type de demande"],
    received: ["Date de réception", "Reçue le"],
    due: ["Date de réponse attendue", "Réponse attendue"],
    answered: ["Date de réponse", "Répondu le"],
  },
  vocabulary: {
    word: ["Mot", "Terme", "Notre mot"],
    means: ["Signifie", "Sens", "Signification"],
  },
  vocabularySheet: ["Vocabulaire", "Glossaire"],
};
