import type { PilotStage } from '../../model';
import type { AgentKey } from './agents';
import type { MetricKey } from './metrics';
import type { BusinessUnit } from './organisation';

/**
 * The shape a pilot's measurements take — the patterns the app must recognise:
 * - success: outcomes reach about their target (what earned scaling);
 * - improving: outcomes move the right way, noisily, short of target;
 * - busy: activity climbs while outcomes stay flat ("busy but not better");
 * - flat: nothing moves;
 * - wrong: outcomes move the wrong way (a candidate to stop);
 * - new: too few measurements to say anything yet;
 * - idea: not started, nothing measured.
 */
export type Story = 'success' | 'improving' | 'busy' | 'flat' | 'wrong' | 'new' | 'idea';

export interface PilotTemplate {
  name: string;
  businessUnit: BusinessUnit;
  summary: string;
  problem: string;
  hypothesis: string;
  tags: readonly string[];
  /** Outcome metrics, the first being the one the pilot is mainly judged on (1–3 are used). */
  outcomes: readonly MetricKey[];
  /** Activity metrics (0–2 are used). */
  activities: readonly MetricKey[];
  /** Agents working in the pilot: its own, then group services it uses. */
  agents: readonly AgentKey[];
  /** Stage and story of this pilot in the default sample, chosen so the demo tells a story. */
  showcase: { stage: PilotStage; story: Story };
}

/**
 * Ordered: the default sample (24 pilots) takes the first 24, which cover every business unit,
 * every stage and every story, and include the duplicated invoice readers and contract reviewers.
 */
export const PILOT_TEMPLATES: readonly PilotTemplate[] = [
  {
    name: 'Invoice triage agent',
    businessUnit: 'Finance',
    summary:
      'An agent reads every incoming supplier invoice, proposes coding and approver, and sends ' +
      'only the exceptions to an AP clerk.',
    problem:
      'Accounts Payable keys in 14,000 invoices a month by hand. Invoices wait a week and more ' +
      'for coding, early-payment discounts are missed and suppliers chase us by phone.',
    hypothesis:
      'If clerks start from an agent-coded invoice and handle only exceptions, invoice cycle ' +
      'time falls by at least 40 % without raising the error rate.',
    tags: ['back-office', 'document-ai', 'quick-win'],
    outcomes: ['cycle-time', 'error-rate', 'cost-per-case'],
    activities: ['documents-processed'],
    agents: ['invoice-reader', 'email-assistant'],
    showcase: { stage: 'scaled', story: 'success' },
  },
  {
    name: 'Claims intake summariser',
    businessUnit: 'Customer Service',
    summary:
      'Summarises first-notice-of-loss e-mails and attachments into a structured intake note ' +
      'so handlers can decide on the claim in one read.',
    problem:
      'Claim handlers spend the first 20 minutes of every claim reading scattered e-mails and ' +
      'photos; customers wait two days for a first answer.',
    hypothesis:
      'A structured intake summary cuts handling time by a quarter and lets more claims be ' +
      'settled on first contact.',
    tags: ['customer-facing', 'document-ai', 'regulated'],
    outcomes: ['handling-time', 'fcr', 'csat'],
    activities: ['documents-processed', 'active-users'],
    agents: ['claims-summariser', 'doc-summariser'],
    showcase: { stage: 'scaling', story: 'success' },
  },
  {
    name: 'Contract clause checker',
    businessUnit: 'Legal',
    summary:
      'Checks incoming customer contracts against the clause playbook and flags non-standard ' +
      'liability, indemnity and termination clauses before a lawyer reads them.',
    problem:
      'Commercial Contracts has a six-week backlog; sales escalates every deal and lawyers ' +
      'spend their time on standard clauses.',
    hypothesis:
      'Pre-flagged contracts halve review turnaround while catching more non-standard clauses ' +
      'than manual first reads.',
    tags: ['regulated', 'document-ai', 'knowledge-work'],
    outcomes: ['contract-turnaround', 'missed-clauses'],
    activities: ['documents-processed'],
    agents: ['clause-checker', 'doc-summariser'],
    showcase: { stage: 'pilot', story: 'improving' },
  },
  {
    name: 'Sales call notes agent',
    businessUnit: 'Sales',
    summary:
      'Transcribes sales calls, writes the call summary and next steps, and updates the CRM ' +
      'opportunity automatically.',
    problem:
      'Reps spend four hours a week writing up calls and the CRM is still incomplete, so ' +
      'forecasts are guesswork.',
    hypothesis:
      'Freeing reps from call write-ups gives them more selling time and lifts revenue per rep ' +
      'by 10 %.',
    tags: ['customer-facing', 'productivity', 'crm'],
    outcomes: ['revenue-per-rep', 'conversion'],
    activities: ['prompts-sent', 'calls-summarised'],
    agents: ['call-notes', 'meeting-notes'],
    showcase: { stage: 'pilot', story: 'busy' },
  },
  {
    name: 'Service desk ticket router',
    businessUnit: 'IT',
    summary:
      'Classifies incoming IT tickets, suggests the knowledge article and routes the ticket to ' +
      'the right resolver group.',
    problem:
      'One ticket in five lands with the wrong resolver group and waits a day before anyone ' +
      'notices.',
    hypothesis:
      'Automatic classification halves misrouting and cuts mean time to resolve by a third.',
    tags: ['back-office', 'it-operations', 'quick-win'],
    outcomes: ['misrouted', 'mttr'],
    activities: ['tickets-touched'],
    agents: ['ticket-classifier', 'knowledge-assistant'],
    showcase: { stage: 'scaling', story: 'success' },
  },
  {
    name: 'Purchase order matching',
    businessUnit: 'Procurement',
    summary:
      'Matches invoice lines to purchase orders and goods receipts and resolves price and ' +
      'quantity variances within tolerance.',
    problem:
      'Three-way match failures block payment of 30 % of PO invoices; buyers resolve them by ' +
      'e-mail, one at a time.',
    hypothesis:
      'Automated matching with agent-proposed resolutions lifts first-time-right payment above ' +
      '90 % and shortens cycle time.',
    tags: ['back-office', 'document-ai', 'purchase-to-pay'],
    outcomes: ['first-time-right', 'cycle-time'],
    activities: ['documents-processed'],
    agents: ['invoice-extractor'],
    showcase: { stage: 'pilot', story: 'success' },
  },
  {
    name: 'HR policy assistant',
    businessUnit: 'HR',
    summary: 'A chat assistant that answers employee questions on leave, payroll and policies.',
    problem:
      'HR Services answers the same 50 questions thousands of times a year; tickets pile up ' +
      'around payroll dates.',
    hypothesis: 'Self-service answers cut HR tickets per 100 employees by a third.',
    tags: ['employee-experience', 'self-service'],
    outcomes: ['hr-tickets', 'response-time'],
    activities: ['prompts-sent', 'active-users'],
    agents: ['hr-policy-assistant', 'knowledge-assistant'],
    showcase: { stage: 'stopped', story: 'busy' },
  },
  {
    name: 'Maintenance log analyser',
    businessUnit: 'Operations',
    summary:
      'Reads maintenance logs and sensor alerts across the pilot lines and flags assets likely ' +
      'to fail in the next two weeks.',
    problem: 'Unplanned stoppages on the packaging lines cost 30+ production hours a week.',
    hypothesis:
      'Early warnings let maintenance intervene first and cut unplanned downtime by 25 %.',
    tags: ['operations', 'predictive', 'manufacturing'],
    outcomes: ['downtime'],
    activities: ['documents-processed'],
    agents: ['maintenance-analyser'],
    showcase: { stage: 'pilot', story: 'new' },
  },
  {
    name: 'Support reply drafting',
    businessUnit: 'Customer Service',
    summary:
      'Drafts replies to customer e-mails from the knowledge base; the service agent edits and ' +
      'sends.',
    problem: 'E-mail backlog of three days at peak; replies are inconsistent between agents.',
    hypothesis:
      'Drafted replies cut time to first response by half and raise first-contact resolution.',
    tags: ['customer-facing', 'generative', 'quick-win'],
    outcomes: ['response-time', 'fcr', 'csat'],
    activities: ['drafts-generated', 'tickets-touched'],
    agents: ['reply-drafter', 'email-assistant', 'knowledge-assistant'],
    showcase: { stage: 'scaled', story: 'success' },
  },
  {
    name: 'Supplier query desk',
    businessUnit: 'Finance',
    summary:
      'Answers supplier "where is my payment?" e-mails by reading the attached invoice and ' +
      'looking up its status.',
    problem: 'AP receives 2,500 supplier status queries a month; each costs a clerk ten minutes.',
    hypothesis: 'Automated status answers cut cost per query by a third and speed up replies.',
    tags: ['back-office', 'supplier-experience'],
    outcomes: ['cost-per-case', 'response-time'],
    activities: ['drafts-generated'],
    agents: ['ap-invoice-bot', 'email-assistant'],
    showcase: { stage: 'pilot', story: 'improving' },
  },
  {
    name: 'Proposal first-draft generator',
    businessUnit: 'Sales',
    summary: 'Assembles a first proposal draft from the bid library and the opportunity notes.',
    problem: 'Bid managers spend days on boilerplate; we decline tenders for lack of capacity.',
    hypothesis: 'Faster first drafts let us bid on more tenders and raise the win rate.',
    tags: ['knowledge-work', 'generative'],
    outcomes: ['win-rate', 'cycle-time'],
    activities: ['drafts-generated'],
    agents: ['proposal-writer', 'doc-summariser'],
    showcase: { stage: 'idea', story: 'idea' },
  },
  {
    name: 'Supplier contract review',
    businessUnit: 'Procurement',
    summary: 'Reviews supplier contracts against procurement terms and proposes redlines.',
    problem:
      'Sourcing waits for Legal on every supplier contract, including the low-risk standard ones.',
    hypothesis: 'Agent redlines let buyers close standard contracts without Legal in the loop.',
    tags: ['regulated', 'document-ai', 'purchase-to-pay'],
    outcomes: ['contract-turnaround', 'missed-clauses'],
    activities: ['documents-processed'],
    agents: ['contract-reviewer'],
    showcase: { stage: 'idea', story: 'idea' },
  },
  {
    name: 'Shift handover summariser',
    businessUnit: 'Operations',
    summary: 'Turns voice notes and log entries from a shift into a one-page handover.',
    problem: 'Information is lost at shift change; the next shift repeats checks already done.',
    hypothesis: 'A structured handover reduces unplanned downtime in the first hour of a shift.',
    tags: ['operations', 'frontline'],
    outcomes: ['downtime'],
    activities: ['active-users'],
    agents: ['handover-summariser'],
    showcase: { stage: 'stopped', story: 'flat' },
  },
  {
    name: 'CV screening assistant',
    businessUnit: 'HR',
    summary: 'Extracts skills from CVs and ranks applicants against the job profile.',
    problem:
      'Recruiters screen 400 CVs per vacancy for high-volume roles; good candidates drop out.',
    hypothesis: 'Faster screening cuts time to hire by a fifth for high-volume roles.',
    tags: ['employee-experience', 'regulated', 'high-risk-ai'],
    outcomes: ['time-to-hire'],
    activities: ['documents-processed'],
    agents: ['cv-screener'],
    showcase: { stage: 'stopped', story: 'wrong' },
  },
  {
    name: 'Complaint classifier',
    businessUnit: 'Customer Service',
    summary: 'Classifies complaints by product and severity and routes them to the right team.',
    problem: 'Complaints bounce between teams; severe ones are found too late.',
    hypothesis: 'Correct first routing halves misrouted complaints and shortens first response.',
    tags: ['customer-facing', 'classification'],
    outcomes: ['misrouted', 'response-time'],
    activities: ['tickets-touched'],
    agents: ['complaint-classifier'],
    showcase: { stage: 'pilot', story: 'wrong' },
  },
  {
    name: 'Month-end close copilot',
    businessUnit: 'Finance',
    summary: 'Drafts variance commentary for the monthly close from trial balance and budget.',
    problem: 'Controllers spend the last two days of close writing commentary by hand.',
    hypothesis: 'Drafted commentary shortens close by two days and reduces review comments.',
    tags: ['back-office', 'reporting', 'generative'],
    outcomes: ['close-duration', 'error-rate'],
    activities: ['drafts-generated'],
    agents: ['close-copilot', 'doc-summariser'],
    showcase: { stage: 'scaling', story: 'improving' },
  },
  {
    name: 'NDA triage agent',
    businessUnit: 'Legal',
    summary: 'Checks incoming NDAs against the standard and approves the clean ones automatically.',
    problem: 'NDAs are a third of Legal requests and almost all are standard.',
    hypothesis: 'Auto-approving clean NDAs cuts turnaround from days to hours.',
    tags: ['regulated', 'quick-win', 'document-ai'],
    outcomes: ['contract-turnaround', 'cost-per-case'],
    activities: ['documents-processed'],
    agents: ['nda-triager'],
    showcase: { stage: 'scaled', story: 'success' },
  },
  {
    name: 'Campaign copy assistant',
    businessUnit: 'Marketing',
    summary: 'Writes campaign copy variants in the brand voice for A/B testing.',
    problem: 'Campaigns launch with one or two variants because copy takes too long.',
    hypothesis: 'More tested variants lower the cost per qualified lead by 20 %.',
    tags: ['generative', 'marketing'],
    outcomes: ['cost-per-lead', 'conversion'],
    activities: ['drafts-generated', 'prompts-sent'],
    agents: ['copy-assistant', 'email-assistant'],
    showcase: { stage: 'pilot', story: 'busy' },
  },
  {
    name: 'Delivery exception agent',
    businessUnit: 'Supply Chain',
    summary:
      'Spots shipments about to miss their promised date, proposes a recovery option and ' +
      'drafts the customer notice.',
    problem: 'Planners learn about late deliveries from the customer.',
    hypothesis: 'Early exception handling cuts late deliveries by a third.',
    tags: ['operations', 'customer-facing'],
    outcomes: ['late-deliveries'],
    activities: ['tickets-touched'],
    agents: ['delivery-exception', 'email-assistant'],
    showcase: { stage: 'pilot', story: 'new' },
  },
  {
    name: 'Code review assistant',
    businessUnit: 'IT',
    summary: 'Reviews pull requests, points out likely defects and proposes missing tests.',
    problem: 'Senior engineers are the review bottleneck; defects still reach production.',
    hypothesis: 'Assisted reviews reduce defects escaping to production by a third.',
    tags: ['engineering', 'productivity'],
    outcomes: ['defect-escape', 'cycle-time'],
    activities: ['prompts-sent', 'active-users'],
    agents: ['code-reviewer'],
    showcase: { stage: 'pilot', story: 'flat' },
  },
  {
    name: 'Lead qualification agent',
    businessUnit: 'Sales',
    summary: 'Enriches and scores inbound leads and drafts the first outreach e-mail.',
    problem: 'Inside Sales works leads first-come-first-served; hot leads go cold in the queue.',
    hypothesis: 'Scored, enriched leads with a drafted first mail lift conversion by 30 %.',
    tags: ['customer-facing', 'crm', 'quick-win'],
    outcomes: ['conversion', 'response-time'],
    activities: ['drafts-generated'],
    agents: ['lead-qualifier', 'email-assistant'],
    showcase: { stage: 'scaling', story: 'success' },
  },
  {
    name: 'Demand forecast explainer',
    businessUnit: 'Supply Chain',
    summary: 'Explains forecast changes to planners and proposes overrides with reasons.',
    problem: 'Planners override the statistical forecast by gut feel and make it worse.',
    hypothesis: 'Explained forecasts reduce harmful overrides and forecast error.',
    tags: ['planning', 'analytics'],
    outcomes: ['forecast-error'],
    activities: ['active-users'],
    agents: ['forecast-explainer'],
    showcase: { stage: 'idea', story: 'idea' },
  },
  {
    name: 'Expense audit assistant',
    businessUnit: 'Finance',
    summary: 'Reads receipts on expense claims and flags out-of-policy or duplicate spend.',
    problem: 'Auditors sample 5 % of claims; policy breaches in the rest go unnoticed.',
    hypothesis: 'Checking every claim automatically lowers the error rate and cost per claim.',
    tags: ['back-office', 'compliance', 'document-ai'],
    outcomes: ['error-rate', 'cost-per-case'],
    activities: ['documents-processed'],
    agents: ['expense-checker'],
    showcase: { stage: 'pilot', story: 'improving' },
  },
  {
    name: 'Quality deviation triage',
    businessUnit: 'Operations',
    summary: 'Classifies quality deviations and proposes root causes from past cases.',
    problem: 'Deviations stay open for weeks while investigators search old reports.',
    hypothesis: 'Proposed root causes shorten deviation closure by a third.',
    tags: ['operations', 'quality', 'regulated'],
    outcomes: ['deviation-closure'],
    activities: ['tickets-touched'],
    agents: ['deviation-triager', 'doc-summariser'],
    showcase: { stage: 'idea', story: 'idea' },
  },
  // Beyond the default 24: used when more pilots are requested.
  {
    name: 'Onboarding buddy',
    businessUnit: 'HR',
    summary: 'Guides new joiners through their first weeks: answers questions and nudges tasks.',
    problem: 'New joiners take two months to be productive; managers answer the same questions.',
    hypothesis: 'A buddy agent shortens time to productivity by a fifth.',
    tags: ['employee-experience', 'self-service'],
    outcomes: ['time-to-productivity', 'hr-tickets'],
    activities: ['active-users'],
    agents: ['onboarding-buddy', 'knowledge-assistant'],
    showcase: { stage: 'pilot', story: 'new' },
  },
  {
    name: 'Regulatory change monitor',
    businessUnit: 'Legal',
    summary: 'Summarises new regulation and maps it to the internal policies it affects.',
    problem: 'Compliance learns about relevant regulation late and by word of mouth.',
    hypothesis: 'Mapped summaries cut the time from publication to policy update by half.',
    tags: ['regulated', 'compliance', 'knowledge-work'],
    outcomes: ['cycle-time'],
    activities: ['documents-processed'],
    agents: ['reg-monitor', 'doc-summariser'],
    showcase: { stage: 'idea', story: 'idea' },
  },
  {
    name: 'Access request agent',
    businessUnit: 'IT',
    summary: 'Fulfils standard access requests after checking role policy and approval.',
    problem: 'Standard access requests take three days; new joiners wait to start working.',
    hypothesis: 'Automated fulfilment cuts mean time to resolve access requests by 60 %.',
    tags: ['it-operations', 'quick-win', 'self-service'],
    outcomes: ['mttr', 'cost-per-case'],
    activities: ['tickets-touched'],
    agents: ['access-agent'],
    showcase: { stage: 'scaled', story: 'success' },
  },
  {
    name: 'Cash collection assistant',
    businessUnit: 'Finance',
    summary: 'Prioritises overdue customers and drafts reminders in the customer language.',
    problem: 'Collectors chase by ageing bucket, not by risk; DSO keeps creeping up.',
    hypothesis: 'Risk-based, personalised reminders cut days sales outstanding by five days.',
    tags: ['back-office', 'working-capital'],
    outcomes: ['dso', 'cost-per-case'],
    activities: ['drafts-generated'],
    agents: ['collections-drafter', 'email-assistant'],
    showcase: { stage: 'pilot', story: 'improving' },
  },
  {
    name: 'Multilingual chat assistant',
    businessUnit: 'Customer Service',
    summary: 'Answers customer questions on the website chat in twelve languages.',
    problem: 'Chat is staffed in four languages only; other customers call instead.',
    hypothesis: 'Automated multilingual chat raises first-contact resolution and satisfaction.',
    tags: ['customer-facing', 'generative', 'self-service'],
    outcomes: ['fcr', 'csat'],
    activities: ['prompts-sent', 'active-users'],
    agents: ['chat-assistant', 'knowledge-assistant'],
    showcase: { stage: 'stopped', story: 'wrong' },
  },
  {
    name: 'Product description writer',
    businessUnit: 'Marketing',
    summary: 'Writes product descriptions from specification sheets, in every shop language.',
    problem: 'New products wait weeks for descriptions in smaller markets.',
    hypothesis: 'Faster, consistent descriptions lift online conversion.',
    tags: ['generative', 'e-commerce'],
    outcomes: ['conversion', 'cycle-time'],
    activities: ['drafts-generated'],
    agents: ['product-writer'],
    showcase: { stage: 'pilot', story: 'busy' },
  },
  {
    name: 'Supplier risk screening',
    businessUnit: 'Procurement',
    summary: 'Screens new suppliers for financial, sanctions and ESG risk and summarises findings.',
    problem: 'Supplier onboarding takes six weeks, most of it manual risk research.',
    hypothesis: 'Automated screening halves onboarding cycle time at equal risk coverage.',
    tags: ['compliance', 'purchase-to-pay'],
    outcomes: ['cycle-time', 'error-rate'],
    activities: ['documents-processed'],
    agents: ['supplier-risk', 'doc-summariser'],
    showcase: { stage: 'scaling', story: 'improving' },
  },
  {
    name: 'Returns authorisation agent',
    businessUnit: 'Supply Chain',
    summary: 'Checks return requests against policy and order history and approves routine ones.',
    problem: 'Every return waits for a manual check; refunds take ten days.',
    hypothesis: 'Auto-approving routine returns cuts cycle time by half and cost per return.',
    tags: ['customer-facing', 'operations', 'quick-win'],
    outcomes: ['cycle-time', 'cost-per-case', 'csat'],
    activities: ['tickets-touched'],
    agents: ['returns-agent', 'email-assistant'],
    showcase: { stage: 'pilot', story: 'success' },
  },
];

/** Extra tags sprinkled over pilots so tag filters have something to bite on. */
export const EXTRA_TAGS = [
  'gen-ai',
  'eu-ai-act',
  'board-priority',
  'cost-reduction',
  'growth',
  'shared-services',
  'needs-data-access',
  'vendor-led',
] as const;
