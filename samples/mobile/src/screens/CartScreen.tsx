import { DakarCafeError } from "@dakarcafe/client";
import { api } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { ActivityIndicator, FlatList, Pressable, StyleSheet, Text, TextInput, View } from "react-native";
import { updateCartOptimistically } from "../logic/cart";
import { fcfa } from "../logic/money";
import type { Language } from "../logic/tracking";

/** The cart, live across the user's devices; ordering pays cash on delivery in Dakar. */
export function CartScreen({ language, onOrdered }: { language: Language; onOrdered: (orderId: string) => void }) {
  const cart = useQuery(api.cart.getCart, {});
  const update = useMutation(api.cart.updateCartItem).withOptimisticUpdate(updateCartOptimistically);
  const createOrder = useMutation(api.orders.createOrder);
  const [street, setStreet] = useState("");
  const [phone, setPhone] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fr = language === "fr";
  if (!cart) {
    return <ActivityIndicator style={styles.loading} />;
  }

  async function order() {
    try {
      const placed = await createOrder({
        deliveryAddress: { street, city: "Dakar", region: "Dakar", postalCode: null, country: "Senegal", phone, instructions: null },
        paymentMethod: "cashOnDelivery",
      });
      onOrdered(placed.id);
    } catch (e) {
      setError(e instanceof DakarCafeError ? e.message : String(e));
    }
  }

  return (
    <View style={styles.screen}>
      <FlatList
        data={cart.lines}
        keyExtractor={(line) => line.productId}
        ListEmptyComponent={<Text style={styles.empty}>{fr ? "Votre panier est vide." : "Your cart is empty."}</Text>}
        renderItem={({ item }) => (
          <View style={styles.row}>
            <Text style={styles.name}>{item.name}</Text>
            <Pressable onPress={() => void update({ productId: item.productId, quantity: item.quantity - 1 })} style={styles.step}>
              <Text>−</Text>
            </Pressable>
            <Text>{item.quantity}</Text>
            <Pressable onPress={() => void update({ productId: item.productId, quantity: item.quantity + 1 }).catch(() => undefined)} style={styles.step}>
              <Text>+</Text>
            </Pressable>
            <Text style={styles.total}>{fcfa(item.lineTotal)}</Text>
          </View>
        )}
      />
      {cart.lines.length > 0 && (
        <View style={styles.checkout}>
          <Text style={styles.subtotal}>{fcfa(cart.subtotal)}</Text>
          <TextInput placeholder={fr ? "Rue" : "Street"} value={street} onChangeText={setStreet} style={styles.input} />
          <TextInput placeholder="+221 77 123 45 67" keyboardType="phone-pad" value={phone} onChangeText={setPhone} style={styles.input} />
          {error && <Text style={styles.error}>{error}</Text>}
          <Pressable onPress={() => void order()} style={styles.button}>
            <Text style={styles.buttonText}>{fr ? "Commander (paiement à la livraison)" : "Order (cash on delivery)"}</Text>
          </Pressable>
        </View>
      )}
    </View>
  );
}

const styles = StyleSheet.create({
  screen: { flex: 1 },
  loading: { marginTop: 32 },
  empty: { padding: 24, textAlign: "center" },
  row: { flexDirection: "row", alignItems: "center", padding: 12, gap: 10, borderBottomWidth: 1, borderColor: "#eee" },
  name: { flex: 1, fontWeight: "600" },
  step: { paddingHorizontal: 10, paddingVertical: 4, borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 4 },
  total: { width: 96, textAlign: "right" },
  checkout: { padding: 12, gap: 8 },
  subtotal: { fontSize: 18, fontWeight: "700", textAlign: "right" },
  input: { borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 6, padding: 8 },
  error: { color: "#b00020" },
  button: { backgroundColor: "#c0782f", padding: 12, borderRadius: 6, alignItems: "center" },
  buttonText: { color: "#fff", fontWeight: "700" },
});
