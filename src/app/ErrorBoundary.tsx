import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ErrorMessage() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-panel">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <button type="button" className="primary-button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

interface State {
  failed: boolean;
}

/** Shows a readable message instead of a blank page when rendering throws. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept in the console for whoever investigates; the reader sees the message above.
    console.error('Sanding failed to render', error, info.componentStack);
  }

  render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}
