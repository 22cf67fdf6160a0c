import { StyleSheet } from "react-native";

/** The look of the sign-in and sign-up screens. */
export const accountStyles = StyleSheet.create({
  screen: { flex: 1, justifyContent: "center", padding: 24, gap: 12, backgroundColor: "#fbf7f2" },
  title: { fontSize: 26, fontWeight: "700", textAlign: "center", color: "#3b2417" },
  input: { borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 6, padding: 10, backgroundColor: "#fff" },
  error: { color: "#b00020" },
  button: { backgroundColor: "#c0782f", padding: 12, borderRadius: 6, alignItems: "center" },
  disabled: { opacity: 0.5 },
  buttonText: { color: "#fff", fontWeight: "700" },
  link: { padding: 8, alignItems: "center" },
  linkText: { color: "#8a4b12", fontWeight: "600" },
});
