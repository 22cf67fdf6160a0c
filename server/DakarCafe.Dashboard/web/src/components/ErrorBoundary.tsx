import { Component, type ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage";

/** Shows the error a live query threw during render (as a sentence from its code) in place of the view. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children;
  }
}
