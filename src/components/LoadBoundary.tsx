/**
 * Catches a lazy part of the app that failed to load or threw, so it goes away instead of
 * taking the reader down with the app's error page. `onError` lets the owner close the part
 * (so the next use mounts it afresh, and `lazyWithRetry` loads it again); the app's
 * `LoadFailureNotice` tells the reader what happened.
 */
import { Component, type ReactNode } from 'react';
import { loadFailures } from '../lib/loadFailures';

interface LoadBoundaryProps {
  children: ReactNode;
  /** Called once when the part fails. */
  onError?: () => void;
}

export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch() {
    loadFailures.report();
    this.props.onError?.();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
