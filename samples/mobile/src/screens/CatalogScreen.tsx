import { api, refusal } from "@dakarcafe-express/api";
import { useMutation, usePaginatedQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { ActivityIndicator, FlatList, Pressable, StyleSheet, Text, View } from "react-native";
import { Picture } from "../components/Picture";
import { fcfa } from "../logic/money";
import type { Language } from "../logic/tracking";

/** The catalog as an endless list with each product's picture; prices and stock stay live while it is open. */
export function CatalogScreen({ language }: { language: Language }) {
  const { results, status, loadMore } = usePaginatedQuery(api.products.getProducts, { sortBy: "name" }, { initialNumItems: 20 });
  const addToCart = useMutation(api.cart.addToCart);
  const [problem, setProblem] = useState<string | null>(null);
  if (status === "loadingFirstPage") {
    return <ActivityIndicator style={styles.loading} />;
  }

  function add(productId: string) {
    setProblem(null);
    addToCart({ productId, quantity: 1 }).catch((e: unknown) => setProblem(refusal(e, language).text));
  }

  return (
    <FlatList
      data={results}
      keyExtractor={(product) => product.id}
      onEndReached={() => loadMore(20)}
      ListHeaderComponent={problem ? <Text style={styles.error}>{problem}</Text> : null}
      renderItem={({ item }) => (
        <View style={styles.row}>
          <Picture image={item.images[0]} name={item.name} size={64} />
          <View style={styles.info}>
            <Text style={styles.name}>{item.name}</Text>
            <Text style={styles.price}>{fcfa(item.price)}</Text>
          </View>
          <Pressable
            disabled={item.availability === "outOfStock" || item.availability === "unavailable"}
            onPress={() => add(item.id)}
            style={styles.button}
          >
            <Text style={styles.buttonText}>{language === "fr" ? "Ajouter" : "Add"}</Text>
          </Pressable>
        </View>
      )}
    />
  );
}

const styles = StyleSheet.create({
  loading: { marginTop: 32 },
  error: { color: "#b00020", padding: 12 },
  row: { flexDirection: "row", alignItems: "center", padding: 12, gap: 12, borderBottomWidth: 1, borderColor: "#eee" },
  info: { flex: 1 },
  name: { fontSize: 16, fontWeight: "600" },
  price: { color: "#8a4b12", marginTop: 2 },
  button: { backgroundColor: "#c0782f", paddingHorizontal: 14, paddingVertical: 8, borderRadius: 6 },
  buttonText: { color: "#fff", fontWeight: "600" },
});
