import { PERIODS, type PortfolioFilters } from '@shared/domain/portfolio';
import { PILOT_STAGES } from '@shared/model/constants';

export { PERIODS };

/** A stage filter may also be empty ("any stage"). */
export const PILOT_STAGES_FOR_VIEWS = ['', ...PILOT_STAGES] as const;

export interface SavedView {
  name: string;
  filters: PortfolioFilters;
}
