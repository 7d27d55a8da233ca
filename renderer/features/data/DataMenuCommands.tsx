import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { platform } from '../../platform';
import { useDataCommands, type DataCommand } from './dataCommands';

const MENU_TO_COMMAND: Partial<Record<string, DataCommand>> = {
  backup: 'backup',
  restore: 'restore',
  import: 'import',
  export: 'export',
};

/**
 * Wires the File menu's Back up…, Restore…, Import… and Export… to the Data page: it opens the
 * page and hands it the command. Renders nothing; mount it once inside the router (in Shell).
 */
export function DataMenuCommands() {
  const navigate = useNavigate();
  const request = useDataCommands((s) => s.request);
  useEffect(
    () =>
      platform.onMenuCommand((menu) => {
        const command = MENU_TO_COMMAND[menu];
        if (!command) return;
        request(command);
        void navigate('/data');
      }),
    [navigate, request],
  );
  return null;
}
