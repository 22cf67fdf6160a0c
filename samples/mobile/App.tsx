import { DakarCafeClient, PasswordSession } from "@dakarcafe/client";
import { api } from "@dakarcafe-express/api";
import { DakarCafeProvider, useAuth, useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { ActivityIndicator, Pressable, StyleSheet, Text, View } from "react-native";
import { ErrorBoundary } from "./src/components/ErrorBoundary";
import { inboxArgs, inboxLabel } from "./src/logic/inbox";
import type { Language } from "./src/logic/tracking";
import { memoryStorage } from "./src/logic/memoryStorage";
import { CartScreen } from "./src/screens/CartScreen";
import { CatalogScreen } from "./src/screens/CatalogScreen";
import { InboxScreen } from "./src/screens/InboxScreen";
import { OrderScreen } from "./src/screens/OrderScreen";
import { SignInScreen } from "./src/screens/SignInScreen";
import { SignUpScreen } from "./src/screens/SignUpScreen";
import { serverUrl } from "./src/server";

const client = new DakarCafeClient({ url: serverUrl });
const session = new PasswordSession(serverUrl, memoryStorage());

export type Screen = { name: "catalog" } | { name: "cart" } | { name: "inbox" } | { name: "order"; orderId: string };

export default function App() {
  return (
    <DakarCafeProvider client={client} session={session}>
      <Shell />
    </DakarCafeProvider>
  );
}

function Shell() {
  const auth = useAuth();
  const [screen, setScreen] = useState<Screen>({ name: "catalog" });
  const [language, setLanguage] = useState<Language>("fr");
  const [signingUp, setSigningUp] = useState(false);
  const inbox = useQuery(api.notifications.getMyNotifications, auth.isAuthenticated ? inboxArgs : "skip");
  if (auth.isLoading) {
    // A kept session is being resumed: neither the sign-in form nor a signed-in screen yet.
    return <ActivityIndicator style={styles.app} />;
  }

  if (!auth.isAuthenticated) {
    return signingUp ? (
      <SignUpScreen language={language} onSignIn={() => setSigningUp(false)} />
    ) : (
      <SignInScreen language={language} onSignUp={() => setSigningUp(true)} />
    );
  }

  return (
    <View style={styles.app}>
      <View style={styles.tabs}>
        <Tab label={language === "fr" ? "Catalogue" : "Catalog"} onPress={() => setScreen({ name: "catalog" })} />
        <Tab label={language === "fr" ? "Panier" : "Cart"} onPress={() => setScreen({ name: "cart" })} />
        <Tab label={inboxLabel(language, inbox?.unread ?? 0)} onPress={() => setScreen({ name: "inbox" })} />
        <Tab label={language === "fr" ? "EN" : "FR"} onPress={() => setLanguage(language === "fr" ? "en" : "fr")} />
      </View>
      {/* A screen whose query fails shows why, in the shopper's language; another tab starts afresh. */}
      <ErrorBoundary key={screen.name === "order" ? `order:${screen.orderId}` : screen.name} language={language}>
        {screen.name === "catalog" && <CatalogScreen language={language} />}
        {screen.name === "cart" && <CartScreen language={language} onOrdered={(orderId) => setScreen({ name: "order", orderId })} />}
        {screen.name === "inbox" && <InboxScreen language={language} onOpenOrder={(orderId) => setScreen({ name: "order", orderId })} />}
        {screen.name === "order" && <OrderScreen language={language} orderId={screen.orderId} />}
      </ErrorBoundary>
    </View>
  );
}

function Tab({ label, onPress }: { label: string; onPress: () => void }) {
  return (
    <Pressable onPress={onPress} style={styles.tab}>
      <Text style={styles.tabText}>{label}</Text>
    </Pressable>
  );
}

const styles = StyleSheet.create({
  app: { flex: 1, paddingTop: 48, backgroundColor: "#fbf7f2" },
  tabs: { flexDirection: "row", justifyContent: "space-around", paddingBottom: 8, borderBottomWidth: 1, borderColor: "#e0d4c8" },
  tab: { padding: 8 },
  tabText: { fontWeight: "600", color: "#3b2417" },
});
