import type { RegisterWords } from "./types";

/**
 * The register's words in English. Besides the JIU's own terms (its web-based tracking system's Accepted,
 * Not accepted, Under consideration, Not relevant; Implemented, In progress, Not started), the words that
 * progress reports write in their place:
 * - WIPO WO/PBC/23/4 (2015): "fully implemented", "remain under consideration by these bodies", and the
 *   addressees "General Assembly", "Coordination Committee" and "Director General";
 * - WIPO WO/PBC/22/20 (2014): "soft recommendations" beside the formal ones;
 * - ITU CWG-FHR-8/14 (2017) and C22/61: "ITU secretariat", the Council, and "formal and informal
 *   recommendations" accepted by the Secretary-General.
 */
export const ENGLISH_WORDS: RegisterWords = {
  addressee: {
    legislative: [
      "Legislative body",
      "Legislative bodies",
      "Legislative organ",
      "Legislative organs",
      "Legislative",
      "Governing body",
      "Governing bodies",
      "Legislative/governing body",
      "Legislative and governing bodies",
      "Member States",
      "LB",
    ],
    executiveHead: ["Executive head", "Executive heads", "Executive", "Head of the organization", "EH"],
  },
  namedAddressee: {
    legislative: [
      "General Assembly",
      "Coordination Committee",
      "Executive Board",
      "Council",
      "Conference",
      "Conference of the Parties",
      "Plenipotentiary Conference",
      "Assemblies of the Member States",
      "Assemblies",
      "Governing Council",
      "Executive Committee",
      "Program and Budget Committee",
      "Programme and Budget Committee",
      "World Health Assembly",
      // Addressed to the legislative body and the executive head: counted with the legislative body, whose decision it awaits.
      "Both",
    ],
    executiveHead: [
      "Director General",
      "Director-General",
      "DG",
      "Secretary-General",
      "Secretary General",
      "SG",
      "Executive Director",
      "Administrator",
      "High Commissioner",
      "Secretariat",
      "ITU secretariat",
    ],
  },
  acceptance: {
    accepted: ["Accepted", "Accept"],
    notAccepted: ["Not accepted", "Rejected", "Not accept"],
    underConsideration: [
      "Under consideration",
      "Being considered",
      "Remains under consideration",
      "Remain under consideration",
      "Remains under consideration by these bodies",
      "Remain under consideration by these bodies",
      "Under consideration by these bodies",
      "Pending decision",
    ],
    notRelevant: ["Not relevant", "Irrelevant", "Not relevant to the organization", "No longer relevant"],
    closed: ["Closed"],
  },
  implementation: {
    implemented: ["Implemented", "Completed", "Complete"],
    inProgress: ["In progress", "Ongoing", "Under implementation", "Implementation in progress"],
    notStarted: ["Not started", "Not yet started", "Not yet initiated"],
  },
  statusPhrases: [
    {
      words: ["Fully implemented", "Accepted and implemented", "Accepted implemented"],
      acceptance: "accepted",
      implementation: "implemented",
    },
    {
      words: [
        "Partially implemented",
        "Accepted and in progress",
        "Accepted in progress",
        "Accepted and partially implemented",
        "Accepted and being implemented",
      ],
      acceptance: "accepted",
      implementation: "inProgress",
    },
    {
      words: ["Accepted and not started", "Accepted not started", "Accepted not yet started"],
      acceptance: "accepted",
      implementation: "notStarted",
    },
  ],
  notApplicable: ["Not applicable", "N/A", "NA"],
  yes: ["Yes", "Y", "TRUE", "x", "1"],
  no: ["No", "N", "FALSE", "0"],
  unnumbered: [
    "Informal recommendations",
    "Informal recommendation",
    "Informal",
    "Soft recommendations",
    "Soft recommendation",
    "Soft",
    "Unnumbered",
  ],
};
