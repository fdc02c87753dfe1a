/**
 * The English words of the English sample register (samples/wipo-2023-en.xlsx): the recommendations,
 * assessments and responsible officials of WO/PBC/35/2's Annexes I and II, translated by this project from
 * the seed's Chinese text, in the seed's order (it is not WIPO's official English text). The JIU reports'
 * titles are the JIU's English titles. The statuses are not here: the English sample takes them from the
 * Chinese one row by row, so that both give the seed's figures.
 */
export interface EnglishText {
  readonly report: string;
  readonly number: number;
  readonly text: string;
  readonly assessment: string;
  readonly responsible: string;
}

export const ENGLISH_TITLES: Readonly<Record<string, string>> = {
  "JIU/REP/2021/6": "Business continuity management in United Nations system organizations",
  "JIU/REP/2021/5": "Review of the ethics function in the United Nations system",
  "JIU/REP/2021/3": "Cybersecurity in the United Nations system organizations",
  "JIU/REP/2021/2":
    "Review of the United Nations system support for landlocked developing countries to implement the Vienna Programme of Action",
  "JIU/REP/2020/8":
    "Review of mainstreaming environmental sustainability across organizations of the United Nations system",
  "JIU/REP/2020/7": "Blockchain applications in the United Nations system: towards a state of readiness",
  "JIU/REP/2020/6": "Multilingualism in the United Nations system",
  "JIU/REP/2020/2":
    "Policies and platforms in support of learning: towards more coherence, coordination and convergence",
  "JIU/REP/2019/8":
    "Review of staff exchange and similar inter-agency mobility measures in United Nations system organizations",
  "JIU/REP/2019/5": "Managing cloud computing services in the United Nations system",
  "JIU/REP/2018/6":
    "Enhancing accessibility for persons with disabilities to conferences and meetings of the United Nations system",
  "JIU/REP/2018/4": "Review of whistle-blower policies and practices in United Nations system organizations",
};

const WPR =
  "The WIPO Performance Report (WPR) 2020/21 was presented to Member States at the 2022 sessions of the Program and Budget Committee (PBC) and of the Assemblies. It includes a brief on the state of WIPO's cybersecurity framework and its current information security strategy, supported by the internal audit of cybersecurity (IA 2020-04) and by the continued ISO 27001 certification of information security management (since 2011). The WPR also reports on the key performance indicators approved for the biennium.";

export const ENGLISH_TEXTS: readonly EnglishText[] = [
  {
    report: "JIU/REP/2021/3",
    number: 2,
    text: "The legislative and governing bodies of the United Nations system organizations should consider the reports prepared by the executive heads on the elements contributing to cyber-resilience and, where necessary, provide strategic guidance on further improvements to be implemented in their organizations.",
    assessment: WPR,
    responsible: "Chief Security Officer",
  },
  {
    report: "JIU/REP/2021/2",
    number: 7,
    text: "The legislative and governing bodies of the United Nations system organizations that have not yet done so should, by the end of 2022, issue a directive requiring their organizations to mainstream the priorities of the Programme of Action for landlocked developing countries that are relevant to their mandates, and to report regularly on its implementation.",
    assessment:
      "Through the Program of Work and Budget 2022/23 and the related work plans of all sectors, including actions for least developed, developing and transition countries, WIPO has mainstreamed the priorities of the Programme of Action for landlocked developing countries in the areas of its mandate. As a member of the inter-agency consultative group, WIPO regularly informs the Office of the High Representative for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States (OHRLLS) of the WIPO deliverables planned for landlocked developing countries under the United Nations road map.",
    responsible: "Director, Division for Least Developed Countries",
  },
  {
    report: "JIU/REP/2020/7",
    number: 1,
    text: "The governing bodies of the United Nations system organizations should ensure that, where applicable, the use of blockchain, together with other digital technologies, is included in the innovation strategies and policies adopted by their organizations.",
    assessment:
      "In March 2022, WIPO published the document “Blockchain technologies and IP ecosystems: a WIPO white paper” on its website (https://www.wipo.int/cws/en/blockchain-and-ip.html). WIPO will launch two blockchain pilots, a “Global Identifier” and a global work registry for collective management organizations, WIPO Connect, to which several intellectual property offices and other stakeholders will be invited.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2020/7",
    number: 6,
    text: "The governing bodies of the United Nations system organizations should encourage Member States to work with the United Nations Commission on International Trade Law on exploratory and preparatory work on the legal issues raised by blockchain in the wider context of the digital economy and digital trade, including dispute resolution, so as to reduce legal risks in this area.",
    assessment:
      "The International Bureau prepared a document, “Analysis of the UNCITRAL Model Law on Electronic Transferable Records for the use of blockchain in IP ecosystems”, and consulted the Blockchain Task Force of the Committee on WIPO Standards (CWS) on it in 2022. The results were shared at the tenth session of the CWS in November 2022. The International Bureau will follow closely any new recommendation or guidance that UNCITRAL issues in this area.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2020/6",
    number: 4,
    text: "The legislative or governing bodies of the United Nations system organizations should request the executive heads of the organizations that have not yet done so to introduce, by the end of 2022, a learning policy that encourages staff to keep learning and to improve their skills in the official languages of the organization and, where appropriate, in other languages, and to ensure that it is adequately funded.",
    assessment:
      "WIPO values multilingualism and encourages it at every level of the Organization, supported by the Revised Policy on Languages approved by Member States. WIPO also offers its staff many opportunities for training in the official languages of the Organization and in other languages: more than 20 per cent of WIPO's corporate training budget pays for language training.",
    responsible: "Director, Human Resources Management Department (HRMD)",
  },
  {
    report: "JIU/REP/2021/6",
    number: 4,
    text: "The executive heads of the United Nations system organizations should, by the end of 2024, report to their legislative and governing bodies on progress in implementing the policy on the organizational resilience management system and its revised performance indicators, highlighting good practices and lessons learned, in particular in business continuity management.",
    assessment:
      "WIPO includes this information in its Performance Report (WPR), presented every year to the Program and Budget Committee and to the Assemblies of the Member States of WIPO.",
    responsible: "Business Continuity Coordinator",
  },
  {
    report: "JIU/REP/2021/5",
    number: 3,
    text: "The executive heads of the United Nations system organizations that have not yet done so should ensure that, from 2023, a mandatory ethics refresher course is held every three years for all staff and non-staff personnel of their organizations, regardless of seniority, category and level.",
    assessment:
      "A new ethics and integrity training course was launched in November 2022. It is mandatory for all current and future personnel, is valid for three years, after which personnel must take a refresher. The Ethics Office will develop the new refresher course in 2023-2024, to be rolled out from 2025.",
    responsible: "Chief Ethics Officer",
  },
  {
    report: "JIU/REP/2021/5",
    number: 4,
    text: "The executive heads of the United Nations system organizations that have not yet done so should, with the support of their ethics functions, evaluate by 2025 at the latest the effectiveness and efficiency, including value for money, of their financial disclosure and declaration of interest programmes and, on the basis of the evaluation, propose changes to the related policies as appropriate.",
    assessment:
      "After an evaluation of the current financial disclosure and declaration of interest (FDDI) programme, a new proposal to develop in-house FDDI software was approved in 2022 and is being developed. This more cost-effective and efficient approach is planned for the next FDDI exercise, in 2023.",
    responsible: "Chief Ethics Officer",
  },
  {
    report: "JIU/REP/2021/3",
    number: 1,
    text: "The executive heads of the United Nations system organizations should, as a matter of priority and no later than 2022, prepare a comprehensive report on the cybersecurity framework of their organizations, covering the elements contributing to cyber-resilience examined in this report, and present it to their legislative and governing bodies at the earliest opportunity.",
    assessment: WPR,
    responsible: "Chief Security Officer",
  },
  {
    report: "JIU/REP/2021/2",
    number: 1,
    text: "The executive heads of the United Nations system organizations that have not yet designated an organizational focal point for landlocked developing countries should do so by the end of 2022 and, under the guidance of OHRLLS, set clear terms of reference defining the focal point's role and responsibilities in supporting the implementation of the Programme of Action for landlocked developing countries.",
    assessment:
      "WIPO's Division for Least Developed Countries, headed by its Director, is the default focal point for landlocked developing countries, and in practice has acted as WIPO's focal point on matters of the Vienna Programme of Action. Through WIPO's work-planning process, the Division's mandate covers the activities and responsibilities, within WIPO's mandate, that support action for landlocked developing countries.",
    responsible: "Director, Division for Least Developed Countries",
  },
  {
    report: "JIU/REP/2020/8",
    number: 1,
    text: "The executive heads of the United Nations system organizations that have not yet done so should, by the end of 2022, establish an organization-wide environmental sustainability policy covering the internal management functions.",
    assessment:
      "The High-Level Policy on Environmental Responsibility, signed by the executive head, was issued in December 2022.",
    responsible: "Director, Premises Infrastructure Division",
  },
  {
    report: "JIU/REP/2020/8",
    number: 5,
    text: "The executive heads of the United Nations system organizations should ensure, by the end of 2022, that environmental sustainability values and behaviours are adopted and given due weight in all recruitment and selection processes and in performance appraisal systems, and report on their implementation to their legislative and governing bodies from 2023.",
    assessment:
      "WIPO treats environmental sustainability as a priority. Under its core value “acting responsibly”, the Organization expects its staff and future staff to understand and uphold such behaviour. WIPO's Performance Management and Staff Development System (PMSDS) evaluates every staff member against the core values, whatever their grade or function. WIPO also put in place its High-Level Policy on Environmental Sustainability (OI/7/2022) in December 2022.",
    responsible: "Director, Human Resources Department (HRMD)",
  },
  {
    report: "JIU/REP/2020/8",
    number: 8,
    text: "The executive heads of the United Nations system organizations that have not yet done so should, by the end of 2022, require the entities that organize conferences, meetings and events to adopt a policy that integrates environmental sustainability considerations into their policies, procedures, manuals and guidelines, through the relevant inter-agency mechanisms where needed.",
    assessment:
      "The High-Level Policy on Environmental Responsibility was issued by the Premises Infrastructure Division and took effect on 21 December 2022.",
    responsible: "Director, Diplomatic and Assemblies Affairs Division",
  },
  {
    report: "JIU/REP/2020/8",
    number: 9,
    text: "The executive heads of the United Nations system organizations should ensure, by the end of 2022, that the actions and projects of their information and communications technology units meet environmental sustainability requirements, including greenhouse gas emissions consistent with the United Nations Framework Convention on Climate Change and the Paris Agreement.",
    assessment:
      "Through continued efforts to reduce emissions, and by offsetting unavoidable emissions through the mechanism of the United Nations Framework Convention on Climate Change (UNFCCC), WIPO has been 100 per cent climate neutral since 2014.\nTo reduce its information and communication technology (ICT) footprint further, WIPO's ICT Department has drawn up a Green IT action plan with a specialized firm and begun to implement it.\nWIPO's ICT Department stresses, however, that its services depend to a large extent on major IT suppliers, which also contribute to the Organization's carbon footprint.\nThe United Nations International Computing Centre (UNICC), WIPO's main IT host, has offset its emissions by buying CO2-equivalent credits since 2020. Other suppliers have confirmed that they wish to increase their environmental responsibility, but most of them are unlikely to reach the required standard by the end of 2022. In the coming years, WIPO's ICT Department will continue these discussions with its suppliers so that the Organization's footprint meets the requirements of the Paris Agreement.\nAt the end of 2022, WIPO published a high-level environmental policy and began to implement an environmental management system (EMS), giving priority to several topics including IT (due by the end of 2023), with the aim of covering all WIPO activities by 2025.",
    responsible: "Director, Information and Communication Technology Department",
  },
  {
    report: "JIU/REP/2020/7",
    number: 2,
    text: "The executive heads of the United Nations system organizations should ensure that the review of possible blockchain use cases is based on a project risk assessment covering the organization's policies and regulations on privileges and immunities, data protection, confidentiality, cybersecurity, system integrity and reputation.",
    assessment:
      "This is WIPO's usual internal practice for all use cases, in particular when cutting-edge technologies are used. WIPO has internal governance procedures to assess business cases and project risks, including privileges and immunities, information security and architecture.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2020/7",
    number: 3,
    text: "The executive heads of the United Nations system organizations that have not yet endorsed the Principles for Digital Development should do so by the end of 2022, as a first step towards a common understanding, at the level of the organization, of digital transformation, including the possible use of blockchain.",
    assessment:
      "The letter of endorsement was signed and delivered before the end of December 2022 to the Digital Impact Alliance, which hosts the Digital Principles community.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2020/7",
    number: 4,
    text: "The executive heads of the United Nations system organizations should ensure that, before any decision to use blockchain, the business case and the most suitable solution are duly considered, guided by the decision matrix (as set out in this report, improved and/or adapted).",
    assessment:
      "The decision on the two blockchain pilots was taken after several rounds of internal discussion and a selection among the pilot business cases proposed, considering whether blockchain was the most suitable solution, guided by the decision matrix and other recommendations.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2020/2",
    number: 3,
    text: "The executive heads of the United Nations system organizations should, in consultation with the United Nations Sustainable Development Group, review the options available for offering, by the end of 2021, comprehensive joint courses on the 2030 Agenda for Sustainable Development, or at least system-wide quality assurance of such courses.",
    assessment:
      "The United Nations Sustainable Development Group has set up a single platform, UN SDG:Learn (https://www.unsdglearn.org/), of which WIPO is part as a member of the Group. UN SDG:Learn is a United Nations initiative that brings relevant and curated learning solutions on sustainable development topics to individuals and organizations.",
    responsible: "Executive Director, WIPO Academy",
  },
  {
    report: "JIU/REP/2020/2",
    number: 6,
    text: "The executive heads of the United Nations system organizations that have not yet done so should set criteria for a more systematic use of external platforms, based on sound curation of courses and realistic learning objectives.",
    assessment:
      "WIPO's internal training management is reviewing how external platforms may be used to meet learning objectives.",
    responsible: "Executive Director, WIPO Academy",
  },
  {
    report: "JIU/REP/2019/8",
    number: 4,
    text: "The executive heads should, by the end of 2021, revise the 2012 Agreement to set out the procedure for handling allegations of misconduct against staff members who move to another organization under the terms of the Agreement.",
    assessment:
      "The drafting of the procedure will be considered in the framework of CEB (CEB? A focus group was to be set up in 2022 to start discussing the matter, but the work has not yet advanced).",
    responsible: "Director, HRMD",
  },
  {
    report: "JIU/REP/2019/5",
    number: 1,
    text: "The executive heads of the United Nations organizations should ensure that strategies and measures to reduce the risk that cloud service providers fail to deliver the contracted services are included in business continuity planning.",
    assessment:
      "Best practices of the private sector (mainly the financial sector, such as the European Banking Authority, the European Securities and Markets Authority and the European Insurance and Occupational Pensions Authority) were analysed, as was a Microsoft white paper on the subject. Information was also requested from Amazon Web Services (AWS), which is in progress. At its last meeting (Geneva, 31 October to 1 November 2022), the UN Digital and Technology Network (the chief information officers of the United Nations organizations) proposed to define a common approach to this recommendation, to be determined by the DTN cloud adoption subgroup.",
    responsible: "Chief Information Officer",
  },
  {
    report: "JIU/REP/2018/6",
    number: 1,
    text: "The executive heads of the United Nations system organizations should direct the relevant offices to develop, by the end of 2020, a draft policy on accessibility of conferences and meetings for persons with disabilities and guidelines for its implementation, and, where the policy must be endorsed by their legislative bodies to take effect, submit the policy and guidelines to them.",
    assessment:
      "WIPO drew up its first Disability Inclusion Strategy, finalized at the end of 2022, which will guide WIPO's work over the next four years. The Strategy is the overall policy framework on accessibility and will guide future developments in this area, including the realignment of practices. It is consistent with the requirements and indicators of the United Nations Disability Inclusion Strategy, and reaffirms respect for difference and the need to empower persons with disabilities. The Strategy sets out: (1) WIPO's institutional framework for implementing it; (2) the roles and responsibilities of all staff, ensuring accountability for disability inclusion; (3) the next steps to mainstream disability inclusion in human resources, communications, physical infrastructure and procurement; (4) a plan to change how decisions on reasonable accommodation are taken so that they reflect the principles of the Convention on the Rights of Persons with Disabilities; (5) planned steps to improve the accessibility of all WIPO platforms and services. The Assistant Director General, Administration, Finance and Management Sector, was appointed WIPO's first ever Disability Inclusion Champion.",
    responsible: "Director, Diplomatic and Assemblies Affairs Division",
  },
  {
    report: "JIU/REP/2018/6",
    number: 4,
    text: "The executive heads of the United Nations system organizations should instruct the offices responsible for accessibility to develop, by December 2021, standard operating procedures setting out their operational responsibilities for facilitating the participation of persons with disabilities in conferences and meetings.",
    assessment:
      "The team has developed internal guidelines on accessible meeting documents, meeting and related materials, and other content. Accessibility (wipo.int)",
    responsible: "Director, Diplomatic and Assemblies Affairs Division",
  },
  {
    report: "JIU/REP/2018/4",
    number: 10,
    text: "By the end of 2019, the executive heads of the United Nations system organizations should ensure that all supervisors and managers are required to receive specific training on the whistle-blower policy and on how to respond to and handle reports of misconduct/wrongdoing and retaliation appropriately.",
    assessment: "The development and launch of a new training course are planned for 2023-2024.",
    responsible: "Chief Ethics Officer",
  },
];
