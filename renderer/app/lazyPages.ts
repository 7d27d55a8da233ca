import { lazy } from 'react';

/**
 * Pages and heavy panels load on first use, so the JavaScript needed before the first screen
 * stays small (charts, the graph layout and the decision dialog are not in it). The Pilots list
 * and the portfolio page stay in the main bundle: they are what people open first.
 */
export const AgentsPage = lazy(() =>
  import('../features/agents/AgentsPage').then((m) => ({ default: m.AgentsPage })),
);
export const AgentPage = lazy(() =>
  import('../features/agents/AgentPage').then((m) => ({ default: m.AgentPage })),
);
export const OrchestrationMapPage = lazy(() =>
  import('../features/agents/map/OrchestrationMapPage').then((m) => ({
    default: m.OrchestrationMapPage,
  })),
);
export const PeoplePage = lazy(() =>
  import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })),
);
export const PersonPage = lazy(() =>
  import('../features/people/PersonPage').then((m) => ({ default: m.PersonPage })),
);
export const DecisionsPage = lazy(() =>
  import('../features/decisions/DecisionsPage').then((m) => ({ default: m.DecisionsPage })),
);
export const RecordDecisionDialog = lazy(() =>
  import('../features/decisions/RecordDecisionDialog').then((m) => ({
    default: m.RecordDecisionDialog,
  })),
);
export const LessonsPage = lazy(() =>
  import('../features/lessons/LessonsPage').then((m) => ({ default: m.LessonsPage })),
);
export const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
export const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
export const PilotPage = lazy(() =>
  import('../features/pilots/PilotPage').then((m) => ({ default: m.PilotPage })),
);
export const DataPage = lazy(() =>
  import('../features/data/DataPage').then((m) => ({ default: m.DataPage })),
);
export const RestoreBackupButton = lazy(() =>
  import('../features/data/RestoreBackupButton').then((m) => ({
    default: m.RestoreBackupButton,
  })),
);
export const PrintRoutes = lazy(() =>
  import('../features/reports/print/PrintRoutes').then((m) => ({ default: m.PrintRoutes })),
);
