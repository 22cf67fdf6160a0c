import { DakarCafeError } from "@dakarcafe/client";
import { useAuth } from "@dakarcafe/client/react";
import { useState } from "react";
import { Pressable, StyleSheet, Text, TextInput, View } from "react-native";
import type { Language } from "../logic/tracking";

export function SignInScreen({ language }: { language: Language }) {
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fr = language === "fr";

  async function signIn() {
    try {
      await auth.signIn(email, password);
    } catch (e) {
      setError(e instanceof DakarCafeError ? e.message : String(e));
    }
  }

  return (
    <View style={styles.screen}>
      <Text style={styles.title}>DakarCafé Express</Text>
      <TextInput placeholder={fr ? "E-mail" : "Email"} autoCapitalize="none" keyboardType="email-address" value={email} onChangeText={setEmail} style={styles.input} />
      <TextInput placeholder={fr ? "Mot de passe" : "Password"} secureTextEntry value={password} onChangeText={setPassword} style={styles.input} />
      {error && <Text style={styles.error}>{error}</Text>}
      <Pressable onPress={() => void signIn()} style={styles.button}>
        <Text style={styles.buttonText}>{fr ? "Se connecter" : "Sign in"}</Text>
      </Pressable>
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, justifyContent: "center", padding: 24, gap: 12, backgroundColor: "#fbf7f2" },
  title: { fontSize: 26, fontWeight: "700", textAlign: "center", color: "#3b2417" },
  input: { borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 6, padding: 10, backgroundColor: "#fff" },
  error: { color: "#b00020" },
  button: { backgroundColor: "#c0782f", padding: 12, borderRadius: 6, alignItems: "center" },
  buttonText: { color: "#fff", fontWeight: "700" },
});
