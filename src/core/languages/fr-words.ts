import type { RegisterWords } from "./types";

/**
 * The register's words in French, as the JIU's French reports and the French progress reports of the
 * organizations write them: "Acceptée", "Non acceptée", "À l'examen", "Sans objet" (not relevant), "Mise en
 * œuvre", "En cours", "Non commencée"; the addressees "organe délibérant" and "chef de secrétariat", and the
 * official French names of the bodies and heads ("Assemblée générale", "Conseil d'administration",
 * "Directeur général").
 */
export const FRENCH_WORDS: RegisterWords = {
  addressee: {
    legislative: [
      "Organe délibérant",
      "Organes délibérants",
      "Organe directeur",
      "Organes directeurs",
      "Organe législatif",
      "Organes législatifs",
      "États membres",
    ],
    executiveHead: ["Chef de secrétariat", "Chefs de secrétariat", "Cheffe de secrétariat", "Chef exécutif"],
  },
  namedAddressee: {
    legislative: [
      "Assemblée générale",
      "Comité de coordination",
      "Conseil exécutif",
      "Conseil d'administration",
      "Conseil",
      "Conférence",
      "Conférence des Parties",
      "Conférence de plénipotentiaires",
      "Assemblées des États membres",
      "Comité du programme et budget",
      "Assemblée mondiale de la Santé",
      "Les deux",
    ],
    executiveHead: [
      "Directeur général",
      "Directrice générale",
      "Secrétaire général",
      "Secrétaire générale",
      "Directeur exécutif",
      "Directrice exécutive",
      "Administrateur",
      "Haut-Commissaire",
      "Secrétariat",
    ],
  },
  acceptance: {
    accepted: ["Acceptée", "Accepté", "Acceptées", "Acceptés"],
    notAccepted: ["Non acceptée", "Non accepté", "Rejetée", "Refusée"],
    underConsideration: [
      "À l'examen",
      "À l'étude",
      "En cours d'examen",
      "En examen",
      "En attente de décision",
    ],
    notRelevant: ["Sans objet", "Non pertinente", "Non pertinent", "N'est plus pertinente"],
    closed: ["Close", "Clôturée", "Classée"],
  },
  implementation: {
    implemented: ["Mise en œuvre", "Mise en oeuvre", "Appliquée", "Réalisée", "Exécutée", "Achevée"],
    inProgress: ["En cours", "En cours de mise en œuvre", "En cours d'application", "En cours d'exécution"],
    notStarted: ["Non commencée", "Pas commencée", "Pas encore commencée", "Non entamée"],
  },
  statusPhrases: [
    {
      words: ["Pleinement mise en œuvre", "Intégralement mise en œuvre", "Acceptée et mise en œuvre"],
      acceptance: "accepted",
      implementation: "implemented",
    },
    {
      words: ["Partiellement mise en œuvre", "Acceptée et en cours", "Acceptée et en cours d'application"],
      acceptance: "accepted",
      implementation: "inProgress",
    },
    { words: ["Acceptée et non commencée"], acceptance: "accepted", implementation: "notStarted" },
  ],
  notApplicable: ["Non applicable"],
  yes: ["Oui"],
  no: ["Non"],
  unnumbered: ["Recommandations informelles", "Recommandation informelle", "Informelle"],
};
