import { refusal } from "@dakarcafe-express/api";
import { useAuth } from "@dakarcafe/client/react";
import { useState } from "react";
import { Pressable, Text, TextInput, View } from "react-native";
import type { Language } from "../logic/tracking";
import { accountStyles } from "./accountStyles";

/** Signing in with an email and password; a refusal shows in the shopper's language. A link leads to making an account. */
export function SignInScreen({ language, onSignUp }: { language: Language; onSignUp: () => void }) {
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fr = language === "fr";

  async function signIn() {
    setError(null);
    try {
      await auth.signIn(email.trim(), password);
    } catch (e) {
      setError(refusal(e, language, "signIn").text);
    }
  }

  return (
    <View style={accountStyles.screen}>
      <Text style={accountStyles.title}>DakarCafé Express</Text>
      <TextInput
        placeholder={fr ? "E-mail" : "Email"}
        autoCapitalize="none"
        keyboardType="email-address"
        value={email}
        onChangeText={setEmail}
        style={accountStyles.input}
      />
      <TextInput placeholder={fr ? "Mot de passe" : "Password"} secureTextEntry value={password} onChangeText={setPassword} style={accountStyles.input} />
      {error && <Text style={accountStyles.error}>{error}</Text>}
      <Pressable onPress={() => void signIn()} style={accountStyles.button}>
        <Text style={accountStyles.buttonText}>{fr ? "Se connecter" : "Sign in"}</Text>
      </Pressable>
      <Pressable onPress={onSignUp} style={accountStyles.link}>
        <Text style={accountStyles.linkText}>{fr ? "Pas encore de compte ? Créer un compte" : "No account yet? Create one"}</Text>
      </Pressable>
    </View>
  );
}
