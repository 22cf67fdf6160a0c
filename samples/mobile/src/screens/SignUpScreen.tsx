import { refusal, type Refusal } from "@dakarcafe-express/api";
import { useAuth } from "@dakarcafe/client/react";
import { useState } from "react";
import { Pressable, Text, TextInput, View } from "react-native";
import type { Language } from "../logic/tracking";
import { accountStyles } from "./accountStyles";

/**
 * A new shopper's account: name, email and password, each refusal shown beneath its field (an email already taken
 * beneath the email); once made, the shopper is signed in and the app opens on the catalog.
 */
export function SignUpScreen({ language, onSignIn }: { language: Language; onSignIn: () => void }) {
  const auth = useAuth();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  const fr = language === "fr";

  async function signUp() {
    setSending(true);
    setProblem(null);
    try {
      await auth.signUp({ name: name.trim(), email: email.trim(), password });
      // Signed in: the shell now shows the shop; leaving this screen means a later sign-out comes back to sign-in.
      onSignIn();
    } catch (e) {
      setProblem(refusal(e, language));
      setSending(false);
    }
  }

  const beneath = (field: string) => (problem?.field === field ? <Text style={accountStyles.error}>{problem.text}</Text> : null);
  const general = problem && !["name", "email", "password"].includes(problem.field ?? "") ? problem : null;
  return (
    <View style={accountStyles.screen}>
      <Text style={accountStyles.title}>{fr ? "Créer un compte" : "Create an account"}</Text>
      <TextInput placeholder={fr ? "Nom" : "Name"} autoComplete="name" value={name} onChangeText={setName} style={accountStyles.input} />
      {beneath("name")}
      <TextInput
        placeholder={fr ? "E-mail" : "Email"}
        autoCapitalize="none"
        autoComplete="email"
        keyboardType="email-address"
        value={email}
        onChangeText={setEmail}
        style={accountStyles.input}
      />
      {beneath("email")}
      <TextInput
        placeholder={fr ? "Mot de passe (8 caractères au moins)" : "Password (at least 8 characters)"}
        autoComplete="new-password"
        secureTextEntry
        value={password}
        onChangeText={setPassword}
        style={accountStyles.input}
      />
      {beneath("password")}
      {general && <Text style={accountStyles.error}>{general.text}</Text>}
      <Pressable disabled={sending} onPress={() => void signUp()} style={[accountStyles.button, sending && accountStyles.disabled]}>
        <Text style={accountStyles.buttonText}>{fr ? "Créer mon compte" : "Create my account"}</Text>
      </Pressable>
      <Pressable onPress={onSignIn} style={accountStyles.link}>
        <Text style={accountStyles.linkText}>{fr ? "Déjà un compte ? Se connecter" : "Already have an account? Sign in"}</Text>
      </Pressable>
    </View>
  );
}
