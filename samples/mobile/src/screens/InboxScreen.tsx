import { api } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { ActivityIndicator, FlatList, Pressable, StyleSheet, Text, View } from "react-native";
import { inboxArgs, markAllReadOptimistically, markReadOptimistically } from "../logic/inbox";
import type { Language } from "../logic/tracking";

/** The customer's messages, live: each order event's as it happens; tapping one marks it read and opens its order. */
export function InboxScreen({ language, onOpenOrder }: { language: Language; onOpenOrder: (orderId: string) => void }) {
  const page = useQuery(api.notifications.getMyNotifications, inboxArgs);
  const markRead = useMutation(api.notifications.markRead).withOptimisticUpdate(markReadOptimistically);
  const markAllRead = useMutation(api.notifications.markAllRead).withOptimisticUpdate(markAllReadOptimistically);
  const fr = language === "fr";
  if (!page) {
    return <ActivityIndicator style={styles.loading} />;
  }

  return (
    <View style={styles.screen}>
      {page.unread > 0 && (
        <Pressable style={styles.button} onPress={() => void markAllRead({})}>
          <Text style={styles.buttonText}>{fr ? "Tout marquer comme lu" : "Mark all as read"}</Text>
        </Pressable>
      )}
      <FlatList
        data={page.items}
        keyExtractor={(n) => n.id}
        ListEmptyComponent={<Text>{fr ? "Aucun message pour l'instant." : "No messages yet."}</Text>}
        renderItem={({ item }) => (
          <Pressable
            style={[styles.message, !item.readAt && styles.unread]}
            onPress={() => {
              if (!item.readAt) {
                void markRead({ notificationId: item.id });
              }

              if (item.orderId) {
                onOpenOrder(item.orderId);
              }
            }}
          >
            <Text style={styles.title}>{item.title}</Text>
            <Text>{item.body}</Text>
            <Text style={styles.when}>{new Date(item.createdAt).toLocaleString(fr ? "fr-SN" : "en-GB", { timeZone: "UTC" })}</Text>
          </Pressable>
        )}
      />
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, padding: 16, gap: 8 },
  loading: { marginTop: 32 },
  button: { alignSelf: "flex-start", backgroundColor: "#c0782f", borderRadius: 6, paddingHorizontal: 12, paddingVertical: 8 },
  buttonText: { color: "#fff", fontWeight: "600" },
  message: { paddingVertical: 10, paddingHorizontal: 8, borderBottomWidth: 1, borderColor: "#eee" },
  unread: { borderLeftWidth: 4, borderLeftColor: "#c0782f", backgroundColor: "#fff" },
  title: { fontWeight: "700" },
  when: { color: "#777", fontSize: 12 },
});
