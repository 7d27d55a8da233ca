/** Settings: when two agents count as duplicates. */
export function DuplicateSettingsSection() {
  return null;
}
