import { api } from "@dakarcafe-express/api";
import { useQuery } from "@dakarcafe/client/react";
import { ActivityIndicator, FlatList, StyleSheet, Text, View } from "react-native";
import { PriceBreakdown } from "../components/PriceBreakdown";
import { ProductPicture } from "../components/ProductPicture";
import { fcfa } from "../logic/money";
import { progress, statusLabel, trackingSteps, type Language } from "../logic/tracking";

/**
 * An order: what was ordered (with pictures) and what it cost (subtotal, discount, VAT, delivery to its region, total),
 * and its tracking, live: each step appears the moment the shop records it.
 */
export function OrderScreen({ orderId, language }: { orderId: string; language: Language }) {
  const order = useQuery(api.orders.getOrder, { orderId });
  const fr = language === "fr";
  if (!order) {
    return <ActivityIndicator style={styles.loading} />;
  }

  const done = progress(order);
  const summary = (
    <View style={styles.summary}>
      <Text style={styles.title}>{order.orderNumber}</Text>
      <Text>
        {statusLabel(order.status, language)} · {fcfa(order.total)}
      </Text>
      {done !== null && (
        <View style={styles.bar}>
          <View style={[styles.filled, { width: `${Math.round(done * 100)}%` }]} />
        </View>
      )}
      <Text style={styles.heading}>{fr ? "Articles" : "Items"}</Text>
      {order.items.map((item) => (
        <View key={item.productId} style={styles.item}>
          <ProductPicture productId={item.productId} name={item.name} size={44} />
          <View style={styles.itemInfo}>
            <Text style={styles.label}>{item.name}</Text>
            <Text style={styles.when}>
              {item.quantity} × {fcfa(item.price)}
            </Text>
          </View>
          <Text>{fcfa(item.total)}</Text>
        </View>
      ))}
      <PriceBreakdown amounts={order} region={order.deliveryAddress.region} language={language} />
      <Text style={styles.heading}>{fr ? "Suivi" : "Tracking"}</Text>
    </View>
  );

  return (
    <FlatList
      style={styles.screen}
      contentContainerStyle={styles.content}
      data={trackingSteps(order.tracking.updates, language)}
      keyExtractor={(_, i) => String(i)}
      ListHeaderComponent={summary}
      renderItem={({ item }) => (
        <View style={styles.step}>
          <Text style={styles.when}>{item.when}</Text>
          <Text style={styles.label}>{item.label}</Text>
          {item.detail && <Text>{item.detail}</Text>}
        </View>
      )}
    />
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1 },
  content: { padding: 16 },
  loading: { marginTop: 32 },
  summary: { gap: 8 },
  title: { fontSize: 20, fontWeight: "700" },
  bar: { height: 6, backgroundColor: "#eadfd4", borderRadius: 3 },
  filled: { height: 6, backgroundColor: "#c0782f", borderRadius: 3 },
  heading: { fontSize: 16, fontWeight: "700", marginTop: 8 },
  item: { flexDirection: "row", alignItems: "center", gap: 10 },
  itemInfo: { flex: 1 },
  step: { paddingVertical: 8, borderBottomWidth: 1, borderColor: "#eee" },
  when: { color: "#777", fontSize: 12 },
  label: { fontWeight: "600" },
});
