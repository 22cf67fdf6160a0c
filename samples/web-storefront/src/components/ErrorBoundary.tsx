import { Component, type ReactNode } from "react";

/** Shows the error a query threw (its code and message, never a stack) instead of the page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    return error ? (
      <p className="error" role="alert">
        {(error as { code?: string }).code ?? "ERROR"}: {error.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
