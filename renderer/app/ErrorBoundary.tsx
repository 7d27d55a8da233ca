import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches rendering errors so one broken view never blanks the app. Data lives in IndexedDB and
 * every write is a transaction, so nothing is lost: the person can go back or reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report; the screen says what happened in plain words.
    console.warn('View crashed', error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null });
    }
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-screen card" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          Your data is safe: every change is saved in a transaction, so nothing was half-written. Go
          back to the portfolio or reload the app. If it happens again, note what you did and the
          details below.
        </p>
        <pre className="error-details">{this.state.error.message}</pre>
        <div className="page-actions">
          <button
            className="btn btn-primary"
            type="button"
            onClick={() => {
              window.location.hash = '#/';
              this.setState({ error: null });
            }}
          >
            Go to the portfolio
          </button>
          <button className="btn" type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
