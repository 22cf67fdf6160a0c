import { api, lineProblem, refusal, type QuoteLine, type Refusal } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { ActivityIndicator, FlatList, Pressable, StyleSheet, Text, TextInput, View } from "react-native";
import { Picture } from "../components/Picture";
import { PriceBreakdown } from "../components/PriceBreakdown";
import { freeDeliveryNote, placeOrderLabel } from "../logic/breakdown";
import { updateCartOptimistically } from "../logic/cart";
import { orderArgs, quoteArgs } from "../logic/checkout";
import { fcfa } from "../logic/money";
import type { Language } from "../logic/tracking";

/** The address fields whose refusal shows beneath them; any other refusal shows above the order button. */
const addressFields = ["deliveryAddress.street", "deliveryAddress.phone"];

/**
 * The cart, live across the user's devices, with each line's picture and what would stop it being ordered; beneath it
 * the live quote (subtotal, discount, VAT, delivery in Dakar, total, how far free delivery is) and ordering, cash on
 * delivery, for the quoted total.
 */
export function CartScreen({ language, onOrdered }: { language: Language; onOrdered: (orderId: string) => void }) {
  const cart = useQuery(api.cart.getCart, {});
  const quote = useQuery(api.orders.quoteOrder, quoteArgs);
  const update = useMutation(api.cart.updateCartItem).withOptimisticUpdate(updateCartOptimistically);
  const createOrder = useMutation(api.orders.createOrder);
  const [street, setStreet] = useState("");
  const [phone, setPhone] = useState("");
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [placing, setPlacing] = useState(false);
  const fr = language === "fr";
  if (!cart) {
    return <ActivityIndicator style={styles.loading} />;
  }

  const quoted = new Map<string, QuoteLine>(quote?.lines.map((line) => [line.productId, line]));

  function setQuantity(productId: string, quantity: number) {
    setProblem(null);
    update({ productId, quantity }).catch((e: unknown) => setProblem(refusal(e, language)));
  }

  async function order() {
    setPlacing(true);
    setProblem(null);
    try {
      const placed = await createOrder(orderArgs(street, phone));
      onOrdered(placed.id);
    } catch (e) {
      setProblem(refusal(e, language));
      setPlacing(false);
    }
  }

  const beneath = (field: string) => (problem?.field === field ? <Text style={styles.error}>{problem.text}</Text> : null);
  const general = problem && !addressFields.includes(problem.field ?? "") ? problem : null;
  const checkout = (
    <View style={styles.checkout}>
      {quote ? (
        <PriceBreakdown
          amounts={quote}
          region={quote.region}
          language={language}
          vatBasisPoints={quote.vatBasisPoints}
          note={freeDeliveryNote(quote, language)}
        />
      ) : (
        <ActivityIndicator />
      )}
      {quote && quote.lines.length > 0 && !quote.canOrder && (
        <Text style={styles.error}>{fr ? "Corrigez les lignes signalées pour commander." : "Fix the lines marked above to order."}</Text>
      )}
      <TextInput placeholder={fr ? "Rue" : "Street"} value={street} onChangeText={setStreet} style={styles.input} />
      {beneath("deliveryAddress.street")}
      <TextInput placeholder="+221 77 123 45 67" keyboardType="phone-pad" value={phone} onChangeText={setPhone} style={styles.input} />
      {beneath("deliveryAddress.phone")}
      {general && <Text style={styles.error}>{general.text}</Text>}
      <Pressable
        disabled={placing || !quote?.canOrder}
        onPress={() => void order()}
        style={[styles.button, (placing || !quote?.canOrder) && styles.disabled]}
      >
        <Text style={styles.buttonText}>{placeOrderLabel(language, quote?.total)}</Text>
      </Pressable>
    </View>
  );

  return (
    <FlatList
      style={styles.screen}
      data={cart.lines}
      extraData={quote}
      keyExtractor={(line) => line.productId}
      keyboardShouldPersistTaps="handled"
      ListEmptyComponent={<Text style={styles.empty}>{fr ? "Votre panier est vide." : "Your cart is empty."}</Text>}
      ListFooterComponent={cart.lines.length > 0 ? checkout : null}
      renderItem={({ item }) => {
        const line = quoted.get(item.productId);
        const why = line ? lineProblem(line, language) : null;
        // The "+" stops at the stock (and the cart's limit of 999), and says why.
        const most = Math.min(maxQuantity, line?.available ?? maxQuantity);
        const atMost = item.quantity >= most;
        return (
          <View style={styles.row}>
            <Picture image={item.image} name={item.name} size={48} />
            <View style={styles.info}>
              <Text style={styles.name}>{item.name}</Text>
              <Text style={styles.unit}>{fcfa(item.unitPrice)}</Text>
              {why && <Text style={styles.error}>{why}</Text>}
              {!why && atMost && <Text style={styles.unit}>{fr ? `Maximum atteint : ${most}` : `Most you can order: ${most}`}</Text>}
            </View>
            <Pressable onPress={() => setQuantity(item.productId, item.quantity - 1)} style={styles.step}>
              <Text>−</Text>
            </Pressable>
            <Text>{item.quantity}</Text>
            <Pressable
              disabled={atMost}
              accessibilityState={{ disabled: atMost }}
              onPress={() => setQuantity(item.productId, item.quantity + 1)}
              style={[styles.step, atMost && styles.stepDisabled]}
            >
              <Text>+</Text>
            </Pressable>
            <Text style={styles.total}>{fcfa(item.lineTotal)}</Text>
          </View>
        );
      }}
    />
  );
}

/** The most of one product a cart takes (the server's limit). */
const maxQuantity = 999;

const styles = StyleSheet.create({
  screen: { flex: 1 },
  loading: { marginTop: 32 },
  empty: { padding: 24, textAlign: "center" },
  row: { flexDirection: "row", alignItems: "center", padding: 12, gap: 10, borderBottomWidth: 1, borderColor: "#eee" },
  info: { flex: 1 },
  name: { fontWeight: "600" },
  unit: { color: "#777", fontSize: 12 },
  stepDisabled: { opacity: 0.4 },
  step: { minWidth: 44, minHeight: 44, alignItems: "center", justifyContent: "center", borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 4 },
  total: { width: 88, textAlign: "right" },
  checkout: { padding: 12, gap: 8 },
  input: { borderWidth: 1, borderColor: "#c9b8a8", borderRadius: 6, padding: 8 },
  error: { color: "#b00020" },
  button: { backgroundColor: "#c0782f", padding: 12, borderRadius: 6, alignItems: "center" },
  disabled: { opacity: 0.5 },
  buttonText: { color: "#fff", fontWeight: "700" },
});
