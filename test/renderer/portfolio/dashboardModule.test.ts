import { describe, expect, it } from 'vitest';
import {
  loadDashboard,
  loadedDashboard,
} from '../../../renderer/features/portfolio/dashboardModule';

describe('the dashboard’s code', () => {
  it('loads once, and is at hand without waiting once it has', async () => {
    expect(loadedDashboard()).toBeUndefined();
    const first = loadDashboard();
    expect(loadDashboard()).toBe(first);
    const module = await first;
    expect(loadedDashboard()).toBe(module);
    expect(typeof module.PortfolioDashboard).toBe('function');
  });
});
