import { api } from "@dakarcafe-express/api";
import { useQuery } from "@dakarcafe/client/react";
import { ActivityIndicator, FlatList, StyleSheet, Text, View } from "react-native";
import { fcfa } from "../logic/money";
import { progress, statusLabel, trackingSteps, type Language } from "../logic/tracking";

/** An order's tracking, live: each step appears the moment the shop records it. */
export function OrderScreen({ orderId, language }: { orderId: string; language: Language }) {
  const order = useQuery(api.orders.subscribeToOrderUpdates, { orderId });
  if (!order) {
    return <ActivityIndicator style={styles.loading} />;
  }

  const done = progress(order);
  return (
    <View style={styles.screen}>
      <Text style={styles.title}>{order.orderNumber}</Text>
      <Text>
        {statusLabel(order.status, language)} · {fcfa(order.total)}
      </Text>
      {done !== null && (
        <View style={styles.bar}>
          <View style={[styles.filled, { width: `${Math.round(done * 100)}%` }]} />
        </View>
      )}
      <FlatList
        data={trackingSteps(order.tracking.updates, language)}
        keyExtractor={(_, i) => String(i)}
        renderItem={({ item }) => (
          <View style={styles.step}>
            <Text style={styles.when}>{item.when}</Text>
            <Text style={styles.label}>{item.label}</Text>
            {item.detail && <Text>{item.detail}</Text>}
          </View>
        )}
      />
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1, padding: 16, gap: 8 },
  loading: { marginTop: 32 },
  title: { fontSize: 20, fontWeight: "700" },
  bar: { height: 6, backgroundColor: "#eadfd4", borderRadius: 3 },
  filled: { height: 6, backgroundColor: "#c0782f", borderRadius: 3 },
  step: { paddingVertical: 8, borderBottomWidth: 1, borderColor: "#eee" },
  when: { color: "#777", fontSize: 12 },
  label: { fontWeight: "600" },
});
