import type { PlatformKey } from './organisation';

/** A kind of agent the sample organisation has built or bought. */
export interface AgentTemplate {
  key: string;
  name: string;
  purpose: string;
  capabilities: readonly string[];
  platforms: readonly PlatformKey[];
  /**
   * A group service that many pilots use (one agent, many pilots and people), rather than one
   * built per pilot. The product exists partly to show that reuse.
   */
  shared: boolean;
  buildCost: readonly [number, number];
  monthlyRunningCost: readonly [number, number];
}

// Generic over the key so that AgentKey is a union of literals: a typo in a pilot template fails
// to compile instead of failing at run time.
const agent = <K extends string>(t: AgentTemplate & { key: K }): AgentTemplate & { key: K } => t;

export const AGENT_TEMPLATES = [
  // The three invoice readers are deliberate near-duplicates: three units each paying for their
  // own invoice-reading agent is the waste the duplicate finder exists to show.
  agent({
    key: 'invoice-reader',
    name: 'Invoice reader',
    purpose:
      'Reads incoming supplier invoices (PDF and e-invoice), extracts header and line data, ' +
      'proposes the cost centre and routes exceptions to an AP clerk.',
    capabilities: ['invoice-reading', 'data-extraction', 'ocr', 'classification'],
    platforms: ['uipath', 'azureGpt'],
    shared: false,
    buildCost: [38_000, 65_000],
    monthlyRunningCost: [1_400, 2_600],
  }),
  agent({
    key: 'invoice-extractor',
    name: 'Invoice data extractor',
    purpose:
      'Extracts invoice lines and matches them against purchase orders and goods receipts, ' +
      'flagging price and quantity variances.',
    capabilities: ['invoice-reading', 'data-extraction', 'ocr', 'po-matching'],
    platforms: ['uipath', 'bedrockClaude'],
    shared: false,
    buildCost: [30_000, 55_000],
    monthlyRunningCost: [1_100, 2_200],
  }),
  agent({
    key: 'ap-invoice-bot',
    name: 'AP invoice reading bot',
    purpose:
      'Reads invoices attached to supplier e-mails, looks up their payment status and drafts ' +
      'the answer to the supplier.',
    capabilities: ['invoice-reading', 'classification', 'email-drafting', 'data-extraction'],
    platforms: ['copilotStudio', 'azureGptMini'],
    shared: false,
    buildCost: [18_000, 34_000],
    monthlyRunningCost: [700, 1_500],
  }),
  agent({
    key: 'expense-checker',
    name: 'Expense policy checker',
    purpose: 'Reads receipts on expense claims and flags out-of-policy or duplicate spend.',
    capabilities: ['receipt-reading', 'policy-checking', 'anomaly-detection', 'classification'],
    platforms: ['azureGpt', 'uipath'],
    shared: false,
    buildCost: [22_000, 40_000],
    monthlyRunningCost: [600, 1_300],
  }),
  agent({
    key: 'close-copilot',
    name: 'Close commentary copilot',
    purpose: 'Drafts variance commentary for the monthly close from the trial balance and budget.',
    capabilities: ['variance-analysis', 'summarisation', 'report-drafting'],
    platforms: ['azureGpt', 'copilotStudio'],
    shared: false,
    buildCost: [25_000, 48_000],
    monthlyRunningCost: [500, 1_200],
  }),
  agent({
    key: 'collections-drafter',
    name: 'Collections reminder drafter',
    purpose: 'Prioritises overdue customers and drafts reminder e-mails in the customer language.',
    capabilities: ['email-drafting', 'prioritisation', 'translation'],
    platforms: ['salesforce', 'azureGptMini'],
    shared: false,
    buildCost: [12_000, 26_000],
    monthlyRunningCost: [400, 900],
  }),
  agent({
    key: 'claims-summariser',
    name: 'Claims intake summariser',
    purpose:
      'Summarises claim e-mails and attachments into a structured intake note and extracts ' +
      'policy number, loss date and amount.',
    capabilities: ['summarisation', 'document-reading', 'data-extraction', 'classification'],
    platforms: ['bedrockClaude', 'azureGpt'],
    shared: false,
    buildCost: [35_000, 60_000],
    monthlyRunningCost: [1_500, 3_200],
  }),
  agent({
    key: 'reply-drafter',
    name: 'Support reply drafter',
    purpose: 'Drafts replies to customer e-mails from the knowledge base for an agent to approve.',
    capabilities: ['email-drafting', 'knowledge-retrieval', 'tone-adjustment'],
    platforms: ['servicenow', 'azureGpt'],
    shared: false,
    buildCost: [28_000, 52_000],
    monthlyRunningCost: [1_800, 3_600],
  }),
  // Two ticket classifiers in different units overlap heavily on purpose (second duplicate cluster).
  agent({
    key: 'complaint-classifier',
    name: 'Complaint classifier',
    purpose: 'Classifies complaints by product and severity, detects sentiment and routes them.',
    capabilities: ['classification', 'sentiment-analysis', 'routing'],
    platforms: ['azureGptMini', 'servicenow'],
    shared: false,
    buildCost: [15_000, 30_000],
    monthlyRunningCost: [500, 1_100],
  }),
  agent({
    key: 'ticket-classifier',
    name: 'Service desk ticket classifier',
    purpose: 'Classifies incoming IT tickets, suggests a resolution article and routes the ticket.',
    capabilities: ['classification', 'routing', 'sentiment-analysis', 'knowledge-retrieval'],
    platforms: ['servicenow'],
    shared: false,
    buildCost: [20_000, 36_000],
    monthlyRunningCost: [800, 1_600],
  }),
  agent({
    key: 'chat-assistant',
    name: 'Multilingual chat assistant',
    purpose: 'Answers customer questions on the website chat in twelve languages.',
    capabilities: ['chat', 'translation', 'knowledge-retrieval'],
    platforms: ['vertexGemini', 'azureGpt'],
    shared: false,
    buildCost: [45_000, 80_000],
    monthlyRunningCost: [2_500, 5_000],
  }),
  agent({
    key: 'maintenance-analyser',
    name: 'Maintenance log analyser',
    purpose: 'Reads maintenance logs and sensor alerts and flags assets likely to fail.',
    capabilities: ['log-analysis', 'anomaly-detection', 'summarisation'],
    platforms: ['llamaOnPrem', 'azureGpt'],
    shared: false,
    buildCost: [40_000, 75_000],
    monthlyRunningCost: [900, 2_000],
  }),
  agent({
    key: 'handover-summariser',
    name: 'Shift handover summariser',
    purpose: 'Turns voice notes and log entries from a shift into a one-page handover.',
    capabilities: ['summarisation', 'transcription'],
    platforms: ['azureGptMini', 'llamaOnPrem'],
    shared: false,
    buildCost: [10_000, 22_000],
    monthlyRunningCost: [300, 800],
  }),
  agent({
    key: 'deviation-triager',
    name: 'Quality deviation triager',
    purpose: 'Classifies quality deviations and proposes likely root causes from past cases.',
    capabilities: ['classification', 'root-cause-analysis', 'document-reading'],
    platforms: ['llamaOnPrem'],
    shared: false,
    buildCost: [30_000, 50_000],
    monthlyRunningCost: [600, 1_200],
  }),
  agent({
    key: 'call-notes',
    name: 'Sales call notes agent',
    purpose: 'Transcribes sales calls, writes the call summary and updates the CRM opportunity.',
    capabilities: ['transcription', 'summarisation', 'crm-update'],
    platforms: ['salesforce', 'copilotStudio'],
    shared: false,
    buildCost: [16_000, 32_000],
    monthlyRunningCost: [1_200, 2_800],
  }),
  agent({
    key: 'proposal-writer',
    name: 'Proposal first-draft writer',
    purpose: 'Assembles a first proposal draft from the bid library and the opportunity notes.',
    capabilities: ['document-drafting', 'knowledge-retrieval', 'summarisation'],
    platforms: ['bedrockClaude', 'copilotStudio'],
    shared: false,
    buildCost: [24_000, 45_000],
    monthlyRunningCost: [700, 1_500],
  }),
  agent({
    key: 'lead-qualifier',
    name: 'Lead qualification agent',
    purpose: 'Enriches inbound leads, scores them and drafts the first outreach e-mail.',
    capabilities: ['lead-scoring', 'data-enrichment', 'classification', 'email-drafting'],
    platforms: ['salesforce'],
    shared: false,
    buildCost: [20_000, 38_000],
    monthlyRunningCost: [900, 1_900],
  }),
  agent({
    key: 'hr-policy-assistant',
    name: 'HR policy assistant',
    purpose: 'Answers employee questions on leave, payroll and policies, citing the source page.',
    capabilities: ['knowledge-retrieval', 'chat', 'summarisation'],
    platforms: ['workday', 'copilotStudio'],
    shared: false,
    buildCost: [18_000, 35_000],
    monthlyRunningCost: [700, 1_600],
  }),
  agent({
    key: 'cv-screener',
    name: 'CV screening assistant',
    purpose: 'Extracts skills and experience from CVs and ranks them against the job profile.',
    capabilities: ['document-reading', 'ranking', 'data-extraction'],
    platforms: ['workday', 'azureGpt'],
    shared: false,
    buildCost: [22_000, 40_000],
    monthlyRunningCost: [600, 1_300],
  }),
  agent({
    key: 'onboarding-buddy',
    name: 'Onboarding buddy',
    purpose: 'Guides new joiners through their first weeks: answers questions, nudges tasks.',
    capabilities: ['chat', 'knowledge-retrieval', 'task-reminders'],
    platforms: ['copilotStudio', 'workday'],
    shared: false,
    buildCost: [12_000, 25_000],
    monthlyRunningCost: [300, 700],
  }),
  // Two contract reviewers in Legal and Procurement: the third duplicate cluster.
  agent({
    key: 'clause-checker',
    name: 'Contract clause checker',
    purpose:
      'Compares incoming contracts with the clause playbook and flags non-standard liability, ' +
      'indemnity and termination clauses.',
    capabilities: ['contract-review', 'clause-extraction', 'risk-flagging', 'document-reading'],
    platforms: ['bedrockClaude', 'azureGpt'],
    shared: false,
    buildCost: [40_000, 70_000],
    monthlyRunningCost: [1_200, 2_400],
  }),
  agent({
    key: 'contract-reviewer',
    name: 'Supplier contract review assistant',
    purpose: 'Reviews supplier contracts against procurement terms and proposes redlines.',
    capabilities: ['contract-review', 'clause-extraction', 'risk-flagging', 'redlining'],
    platforms: ['azureGpt', 'bedrockClaude'],
    shared: false,
    buildCost: [32_000, 58_000],
    monthlyRunningCost: [900, 2_000],
  }),
  agent({
    key: 'nda-triager',
    name: 'NDA triage agent',
    purpose: 'Checks incoming NDAs against the standard and approves the clean ones.',
    capabilities: ['contract-review', 'classification', 'redlining'],
    platforms: ['bedrockClaude'],
    shared: false,
    buildCost: [14_000, 28_000],
    monthlyRunningCost: [400, 900],
  }),
  agent({
    key: 'reg-monitor',
    name: 'Regulatory change monitor',
    purpose: 'Summarises new regulation and guidance and maps it to affected internal policies.',
    capabilities: ['regulation-tracking', 'summarisation', 'classification'],
    platforms: ['vertexGemini', 'bedrockClaude'],
    shared: false,
    buildCost: [26_000, 48_000],
    monthlyRunningCost: [800, 1_700],
  }),
  agent({
    key: 'code-reviewer',
    name: 'Code review assistant',
    purpose: 'Reviews pull requests, points out likely defects and proposes missing tests.',
    capabilities: ['code-review', 'test-generation', 'summarisation'],
    platforms: ['githubCopilot'],
    shared: false,
    buildCost: [8_000, 18_000],
    monthlyRunningCost: [1_500, 3_500],
  }),
  agent({
    key: 'access-agent',
    name: 'Access request agent',
    purpose: 'Fulfils standard access requests after checking role policy and manager approval.',
    capabilities: ['request-fulfilment', 'policy-checking', 'chat'],
    platforms: ['servicenow', 'copilotStudio'],
    shared: false,
    buildCost: [15_000, 30_000],
    monthlyRunningCost: [400, 900],
  }),
  agent({
    key: 'supplier-risk',
    name: 'Supplier risk screener',
    purpose: 'Screens new suppliers for financial, sanctions and ESG risk and summarises findings.',
    capabilities: ['risk-flagging', 'data-enrichment', 'summarisation', 'document-reading'],
    platforms: ['vertexGemini', 'azureGpt'],
    shared: false,
    buildCost: [28_000, 52_000],
    monthlyRunningCost: [900, 1_900],
  }),
  agent({
    key: 'copy-assistant',
    name: 'Campaign copy assistant',
    purpose: 'Writes campaign copy variants in the brand voice for A/B tests.',
    capabilities: ['copywriting', 'tone-adjustment', 'translation'],
    platforms: ['azureGpt', 'vertexGemini'],
    shared: false,
    buildCost: [9_000, 20_000],
    monthlyRunningCost: [600, 1_400],
  }),
  agent({
    key: 'product-writer',
    name: 'Product description writer',
    purpose: 'Writes product descriptions from specification sheets, in every shop language.',
    capabilities: ['copywriting', 'data-extraction', 'translation'],
    platforms: ['azureGptMini', 'vertexGemini'],
    shared: false,
    buildCost: [10_000, 22_000],
    monthlyRunningCost: [500, 1_100],
  }),
  agent({
    key: 'forecast-explainer',
    name: 'Forecast explainer',
    purpose: 'Explains forecast changes to planners and proposes overrides with reasons.',
    capabilities: ['forecast-explanation', 'variance-analysis', 'summarisation'],
    platforms: ['vertexGemini'],
    shared: false,
    buildCost: [30_000, 55_000],
    monthlyRunningCost: [700, 1_500],
  }),
  agent({
    key: 'delivery-exception',
    name: 'Delivery exception agent',
    purpose: 'Spots late shipments, proposes a recovery option and drafts the customer notice.',
    capabilities: ['exception-handling', 'email-drafting', 'classification'],
    platforms: ['azureGpt', 'uipath'],
    shared: false,
    buildCost: [22_000, 42_000],
    monthlyRunningCost: [700, 1_500],
  }),
  agent({
    key: 'returns-agent',
    name: 'Returns authorisation agent',
    purpose: 'Checks return requests against policy and order history and approves routine ones.',
    capabilities: ['classification', 'policy-checking', 'email-drafting'],
    platforms: ['servicenow', 'azureGptMini'],
    shared: false,
    buildCost: [16_000, 30_000],
    monthlyRunningCost: [500, 1_100],
  }),
  // Group services, each used by many pilots and people.
  agent({
    key: 'doc-summariser',
    name: 'Document summariser',
    purpose: 'Group service that summarises long documents and e-mail threads on request.',
    capabilities: ['summarisation', 'document-reading', 'translation'],
    platforms: ['azureGpt'],
    shared: true,
    buildCost: [55_000, 80_000],
    monthlyRunningCost: [3_000, 5_500],
  }),
  agent({
    key: 'email-assistant',
    name: 'E-mail drafting assistant',
    purpose: 'Group service that drafts and polishes business e-mails in Outlook.',
    capabilities: ['email-drafting', 'tone-adjustment', 'translation'],
    platforms: ['copilotStudio'],
    shared: true,
    buildCost: [20_000, 35_000],
    monthlyRunningCost: [2_500, 4_500],
  }),
  agent({
    key: 'knowledge-assistant',
    name: 'Enterprise knowledge assistant',
    purpose: 'Answers questions from the intranet, policies and process documentation.',
    capabilities: ['knowledge-retrieval', 'chat', 'summarisation'],
    platforms: ['azureGpt', 'copilotStudio'],
    shared: true,
    buildCost: [60_000, 95_000],
    monthlyRunningCost: [3_500, 6_000],
  }),
  agent({
    key: 'meeting-notes',
    name: 'Meeting notes assistant',
    purpose: 'Transcribes Teams meetings, writes minutes and lists action items with owners.',
    capabilities: ['transcription', 'summarisation', 'action-items'],
    platforms: ['copilotStudio'],
    shared: true,
    buildCost: [10_000, 20_000],
    monthlyRunningCost: [2_000, 3_800],
  }),
];

export type AgentKey = (typeof AGENT_TEMPLATES)[number]['key'];

/** Agents built more than once under different names: the duplicate clusters in the sample. */
export const NEAR_DUPLICATE_AGENTS: ReadonlySet<string> = new Set<AgentKey>([
  'invoice-reader',
  'invoice-extractor',
  'ap-invoice-bot',
  'complaint-classifier',
  'ticket-classifier',
  'clause-checker',
  'contract-reviewer',
  'nda-triager',
]);

const BY_KEY = new Map<string, AgentTemplate>(AGENT_TEMPLATES.map((t) => [t.key, t]));

export function agentTemplate(key: AgentKey): AgentTemplate {
  const t = BY_KEY.get(key);
  if (!t) throw new RangeError(`Unknown agent template ${key}`);
  return t;
}
