import { refusal } from "@dakarcafe-express/api";
import { Component, type ReactNode } from "react";
import { Pressable, StyleSheet, Text, View } from "react-native";
import type { Language } from "../logic/tracking";

interface Props {
  language: Language;
  children: ReactNode;
}

/**
 * Shows, instead of a screen, why a query of it failed (its refusal in the shopper's language, never a code or the
 * server's English message), with a button that tries the screen again.
 */
export class ErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) {
      return this.props.children;
    }

    const fr = this.props.language === "fr";
    return (
      <View style={styles.screen}>
        <Text style={styles.error}>{refusal(error, this.props.language).text}</Text>
        <Pressable onPress={() => this.setState({ error: null })} style={styles.button}>
          <Text style={styles.buttonText}>{fr ? "Réessayer" : "Try again"}</Text>
        </Pressable>
      </View>
    );
  }
}

const styles = StyleSheet.create({
  screen: { padding: 24, gap: 12, alignItems: "center" },
  error: { color: "#b00020", textAlign: "center" },
  button: { backgroundColor: "#c0782f", paddingHorizontal: 16, paddingVertical: 10, borderRadius: 6 },
  buttonText: { color: "#fff", fontWeight: "700" },
});
