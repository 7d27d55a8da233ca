/** The sample organisation: its business units, their teams, regions and the AI platforms it uses. */

export const ORGANISATION = 'Northwind Group';
export const PORTFOLIO_NAME = 'Northwind Group — AI pilots';
/** Reserved example domain (RFC 2606): sample e-mail addresses can never reach anyone. */
export const EMAIL_DOMAIN = 'northwind.example';

export const BUSINESS_UNITS = [
  'Finance',
  'Customer Service',
  'Operations',
  'Sales',
  'HR',
  'Legal',
  'IT',
  'Procurement',
  'Marketing',
  'Supply Chain',
] as const;
export type BusinessUnit = (typeof BUSINESS_UNITS)[number];

export const TEAMS: Record<BusinessUnit, readonly string[]> = {
  Finance: ['Accounts Payable', 'Accounts Receivable', 'Financial Control', 'Group Reporting'],
  'Customer Service': ['Claims', 'Contact Centre', 'Complaints', 'Online Care'],
  Operations: ['Plant Maintenance', 'Quality Assurance', 'Production Planning', 'Site Operations'],
  Sales: ['Key Accounts', 'Inside Sales', 'Sales Operations', 'Bids & Proposals'],
  HR: ['Talent Acquisition', 'HR Services', 'Learning & Development'],
  Legal: ['Commercial Contracts', 'Compliance', 'Corporate Legal'],
  IT: [
    'Service Desk',
    'Platform Engineering',
    'Enterprise Applications',
    'AI Centre of Excellence',
  ],
  Procurement: ['Strategic Sourcing', 'Purchase-to-Pay', 'Supplier Management'],
  Marketing: ['Digital Marketing', 'Brand & Content', 'Marketing Operations'],
  'Supply Chain': ['Demand Planning', 'Logistics', 'Warehousing', 'Returns'],
};

/**
 * Regions append to repeated pilot and agent names at scale ("Invoice triage agent (DACH)"): a
 * large enterprise really does run the same idea once per region, which keeps names unique and
 * gives duplicate detection realistic work.
 */
export const REGIONS = [
  'Benelux',
  'DACH',
  'Nordics',
  'Iberia',
  'UK & Ireland',
  'France',
  'Italy',
  'Central Europe',
  'North America',
  'Latin America',
  'Middle East',
  'APAC',
] as const;

/** Region suffix for the n-th repetition (1-based) of a name; numbered once regions run out. */
export function regionSuffix(repetition: number): string {
  const region = REGIONS[(repetition - 1) % REGIONS.length] ?? 'Global';
  const lap = Math.floor((repetition - 1) / REGIONS.length);
  return lap === 0 ? region : `${region} ${lap + 1}`;
}

export const PLATFORMS = {
  azureGpt: 'Azure OpenAI · GPT-4o',
  azureGptMini: 'Azure OpenAI · GPT-4o mini',
  copilotStudio: 'Microsoft Copilot Studio',
  bedrockClaude: 'AWS Bedrock · Claude 3.5 Sonnet',
  vertexGemini: 'Google Vertex AI · Gemini 1.5 Pro',
  uipath: 'UiPath Document Understanding + GPT-4o',
  llamaOnPrem: 'In-house · Llama 3.1 70B',
  salesforce: 'Salesforce Einstein Copilot',
  servicenow: 'ServiceNow Now Assist',
  workday: 'Workday AI',
  githubCopilot: 'GitHub Copilot Enterprise',
} as const;
export type PlatformKey = keyof typeof PLATFORMS;
