import type { Page } from '@playwright/test';
import { test, expect, type CheckA11y } from './fixtures';

/** The sidebar link to a section. */
async function go(page: Page, section: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section }).click();
}

async function newPilot(page: Page, name: string) {
  await page.getByRole('button', { name: 'New pilot' }).first().click();
  const form = page.getByRole('dialog', { name: 'New pilot' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Budget').fill('20000');
  await form.getByRole('button', { name: 'Create pilot' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function newPerson(page: Page, name: string, fields: { role?: string; capacity?: string }) {
  await page.getByRole('button', { name: 'New person' }).first().click();
  const form = page.getByRole('dialog', { name: 'New person' });
  await form.getByLabel('Name').fill(name);
  if (fields.role) await form.getByLabel('Role').selectOption(fields.role);
  if (fields.capacity)
    await form.getByLabel('Oversight capacity (hours/week)').fill(fields.capacity);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form).toHaveCount(0);
}

async function newAgent(
  page: Page,
  checkA11y: CheckA11y | null,
  fields: { name: string; purpose: string; capabilities: string; build: string; monthly: string },
) {
  await page.getByRole('button', { name: 'New agent' }).first().click();
  const form = page.getByRole('dialog', { name: 'New agent' });
  if (checkA11y) await checkA11y(page, 'New agent dialog');
  await form.getByLabel('Name').fill(fields.name);
  await form.getByLabel('Purpose').fill(fields.purpose);
  await form.getByLabel('Capabilities').fill(fields.capabilities);
  await form.getByLabel('Status').selectOption('active');
  await form.getByLabel('Build cost (EUR)').fill(fields.build);
  await form.getByLabel('Monthly running cost (EUR)').fill(fields.monthly);
  await form.getByRole('button', { name: 'Register agent' }).click();
  await expect(form).toHaveCount(0);
}

/** On a pilot's Agents & people tab: put an agent to work there. */
async function assign(
  page: Page,
  fields: { agent: string; served: string[]; supervisor: string; hours: string },
) {
  await page.getByRole('button', { name: 'Put an agent to work' }).click();
  const form = page.getByRole('dialog', { name: 'Put an agent to work' });
  await form.getByLabel('Agent', { exact: true }).selectOption({ label: fields.agent });
  await form.getByLabel('Supervisor', { exact: true }).selectOption({ label: fields.supervisor });
  await form.getByLabel('Supervision hours per week').fill(fields.hours);
  for (const person of fields.served) {
    await form.getByRole('checkbox', { name: person, exact: true }).check();
  }
  await form.getByRole('button', { name: 'Assign agent' }).click();
  await expect(form).toHaveCount(0);
}

async function openPilotAgentsTab(page: Page, pilot: string) {
  await go(page, 'Pilots');
  await page.getByRole('link', { name: pilot, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: pilot })).toBeVisible();
  await page.getByRole('tab', { name: 'Agents & people' }).click();
}

test('agents, people and supervision in an empty portfolio, from first run to a duplicate cluster', async ({
  page,
  openApp,
  checkA11y,
}) => {
  // One person's whole journey, with an accessibility scan of every page and dialog on the way:
  // longer than the default minute on a loaded two-core machine.
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByRole('button', { name: /start an empty portfolio/i }).click();
  const create = page.getByRole('dialog', { name: 'New portfolio' });
  await create.getByLabel('Portfolio name').fill('Acme pilots');
  await create.getByRole('button', { name: 'Create portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme pilots' })).toBeVisible();

  await newPilot(page, 'Pilot A');
  await newPilot(page, 'Pilot B');
  await newPilot(page, 'Pilot C');

  // People: an empty page says what to do; then two people, and one more served in pilot B.
  await go(page, 'People');
  await expect(page.getByText('No people yet')).toBeVisible();
  await checkA11y(page, 'People page (empty)');
  await page.getByRole('button', { name: 'New person' }).first().click();
  await checkA11y(page, 'New person dialog');
  await page.keyboard.press('Escape');
  await newPerson(page, 'Ana Supervisor', { role: 'supervisor', capacity: '10' });
  await newPerson(page, 'Ben Clerk', {});
  await newPerson(page, 'Cleo Buyer', {});

  // The agent, registered on the Agents page.
  await go(page, 'Agents');
  await expect(page.getByText('No agents yet')).toBeVisible();
  await checkA11y(page, 'Agents page (empty)');
  await newAgent(page, checkA11y, {
    name: 'Invoice reader',
    purpose: 'Reads supplier invoices and extracts the lines.',
    capabilities: 'invoice-reading, data-extraction, ocr',
    build: '12000',
    monthly: '1500',
  });
  await expect(page.getByRole('link', { name: 'Invoice reader' })).toBeVisible();

  // It serves both people in pilot A and Cleo in pilot B, supervised by Ana for 8 + 4 h a week.
  await openPilotAgentsTab(page, 'Pilot A');
  await expect(page.getByText('No agents in this pilot yet')).toBeVisible();
  await page.getByRole('button', { name: 'Put an agent to work' }).click();
  await checkA11y(page, 'Put an agent to work dialog');
  await page.keyboard.press('Escape');
  await assign(page, {
    agent: 'Invoice reader',
    served: ['Ana Supervisor', 'Ben Clerk'],
    supervisor: 'Ana Supervisor',
    hours: '8',
  });
  const agentsInPilot = page.getByRole('table', { name: 'Agents working in Pilot A' });
  await expect(agentsInPilot.getByRole('link', { name: 'Invoice reader' })).toBeVisible();
  await expect(agentsInPilot).toContainText('Ben Clerk');

  // Quick entry of a supervision log: 40 reviewed, 4 corrected → 10 %.
  await page.getByRole('button', { name: 'Log supervision of Invoice reader' }).click();
  const log = page.getByRole('dialog', { name: 'Log supervision' });
  await checkA11y(page, 'Log supervision dialog');
  await log.getByLabel('Items reviewed').fill('40');
  await log.getByLabel('Items corrected').fill('4');
  await log.getByLabel('Hours spent').fill('2');
  await log.getByRole('button', { name: 'Save log' }).click();
  await expect(log).toHaveCount(0);
  await expect(agentsInPilot.getByRole('cell', { name: '10%' })).toBeVisible();

  await openPilotAgentsTab(page, 'Pilot B');
  await assign(page, {
    agent: 'Invoice reader',
    served: ['Cleo Buyer'],
    supervisor: 'Ana Supervisor',
    hours: '4',
  });

  // The People page flags Ana: 12 h a week against a capacity of 10, listed first.
  await go(page, 'People');
  const load = page.getByRole('table', { name: 'Supervision load per supervisor' });
  const firstRow = load.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Ana Supervisor');
  await expect(firstRow).toContainText('12 h');
  await expect(firstRow).toContainText('10 h');
  await expect(firstRow).toContainText('Overloaded');
  await expect(page.getByText('1 overloaded')).toBeVisible();
  await checkA11y(page, 'People page');

  // Pilot A's cost now includes the agent: half its build cost (it works in two pilots) and more.
  await openPilotAgentsTab(page, 'Pilot A');
  const cost = page.getByRole('region', { name: 'Cost attributed to this pilot' });
  await expect(cost).toContainText('€6,000');
  await expect(cost).toContainText('÷ 2 pilots');
  await checkA11y(page, 'Pilot Agents & people tab');

  // A near-copy of the agent, put to work in pilot C from its own page.
  await go(page, 'Agents');
  await newAgent(page, null, {
    name: 'Invoice reading bot',
    purpose: 'Reads incoming supplier invoices and extracts their lines.',
    capabilities: 'invoice-reading, data-extraction, ocr',
    build: '9000',
    monthly: '1200',
  });
  await page.getByRole('link', { name: 'Invoice reading bot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice reading bot' })).toBeVisible();
  await checkA11y(page, 'Agent page');
  await page.getByRole('button', { name: 'Put to work in a pilot' }).click();
  const toC = page.getByRole('dialog', { name: 'Put an agent to work' });
  await toC.getByLabel('Pilot', { exact: true }).selectOption({ label: 'Pilot C' });
  await toC.getByRole('checkbox', { name: 'Cleo Buyer', exact: true }).check();
  await toC.getByRole('button', { name: 'Assign agent' }).click();
  await expect(toC).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Assignments of Invoice reading bot' }),
  ).toContainText('Pilot C');

  // The registry shows them as one cluster: keep the reader (two pilots), the copy costs
  // 1,200 × 12 = 14,400 a year.
  await go(page, 'Agents');
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  const cluster = duplicates.getByRole('article');
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toContainText('Invoice reader');
  await expect(cluster).toContainText('Invoice reading bot');
  await expect(cluster).toContainText('€14,400');
  await expect(cluster).toContainText(
    'keep “Invoice reader”: it already works in the most pilots (2)',
  );
  await checkA11y(page, 'Agents page');

  // The orchestration map: every node a link that opens its page.
  await go(page, 'Orchestration map');
  const map = page.getByRole('group', { name: 'Orchestration map of the portfolio' });
  const supervisorNode = map.getByRole('link', { name: /^Supervisor Ana Supervisor.*overloaded/ });
  await expect(supervisorNode).toBeVisible();
  await checkA11y(page, 'Orchestration map');
  await map.getByRole('link', { name: /^Agent Invoice reading bot/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Invoice reading bot' })).toBeVisible();

  // "Not duplicates" stays dismissed, also after a reload.
  await go(page, 'Agents');
  await duplicates.getByRole('button', { name: 'Not duplicates' }).click();
  await expect(duplicates.getByText('No look-alike agents across pilots.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Possible duplicates' })
      .getByText('No look-alike agents across pilots.'),
  ).toBeVisible();
});
