import { BookOpen } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function LessonsPage() {
  return (
    <div className="page-inner">
      <PageHeader
        title="Lessons"
        description="Practices to copy and pitfalls to avoid, learned across pilots."
      />
      <div className="card">
        <EmptyState icon={<BookOpen />} title="No lessons yet">
          Lessons are written on a pilot’s page — especially after an expand or stop decision — so
          other pilots can reuse them.
        </EmptyState>
      </div>
    </div>
  );
}
