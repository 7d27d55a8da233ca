import { BookOpen } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';

/** Lessons learned in a pilot: practices to copy and pitfalls to avoid. */
export function PilotLessonsTab(_props: { pilotId: string }) {
  return (
    <div className="card">
      <EmptyState icon={<BookOpen />} title="No lessons yet">
        Practices to copy and pitfalls to avoid, learned in this pilot, are written down here so
        other pilots can reuse them.
      </EmptyState>
    </div>
  );
}
