import { api } from "@dakarcafe-express/api";
import { useMutation, usePaginatedQuery } from "@dakarcafe/client/react";
import { ActivityIndicator, FlatList, Pressable, StyleSheet, Text, View } from "react-native";
import { fcfa } from "../logic/money";
import type { Language } from "../logic/tracking";

/** The catalog as an endless list; prices and stock stay live while it is open. */
export function CatalogScreen({ language }: { language: Language }) {
  const { results, status, loadMore } = usePaginatedQuery(api.products.getProducts, { sortBy: "name" }, { initialNumItems: 20 });
  const addToCart = useMutation(api.cart.addToCart);
  if (status === "loadingFirstPage") {
    return <ActivityIndicator style={styles.loading} />;
  }

  return (
    <FlatList
      data={results}
      keyExtractor={(product) => product.id}
      onEndReached={() => loadMore(20)}
      renderItem={({ item }) => (
        <View style={styles.row}>
          <View style={styles.info}>
            <Text style={styles.name}>{item.name}</Text>
            <Text style={styles.price}>{fcfa(item.price)}</Text>
          </View>
          <Pressable
            disabled={item.availability === "outOfStock" || item.availability === "unavailable"}
            onPress={() => void addToCart({ productId: item.id, quantity: 1 })}
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
  row: { flexDirection: "row", alignItems: "center", padding: 12, borderBottomWidth: 1, borderColor: "#eee" },
  info: { flex: 1 },
  name: { fontSize: 16, fontWeight: "600" },
  price: { color: "#8a4b12", marginTop: 2 },
  button: { backgroundColor: "#c0782f", paddingHorizontal: 14, paddingVertical: 8, borderRadius: 6 },
  buttonText: { color: "#fff", fontWeight: "600" },
});
