import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export function NotFoundPage() {
  return (
    <div className="page-inner">
      <h1 className="visually-hidden">Page not found</h1>
      <EmptyState
        icon={<Compass />}
        title="This page does not exist"
        actions={
          <Link className="btn" to="/">
            Go to the portfolio
          </Link>
        }
      >
        The link may be from an older version or a portfolio that is not open.
      </EmptyState>
    </div>
  );
}
