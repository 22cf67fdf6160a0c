import { StyleSheet, Text, View } from "react-native";
import { breakdownRows, type Amounts } from "../logic/breakdown";
import type { Language } from "../logic/tracking";

/** Subtotal, discount, VAT, delivery and total of a quote or an order, with a note beneath (how far free delivery is). */
export function PriceBreakdown({
  amounts,
  region,
  language,
  vatBasisPoints,
  note,
}: {
  amounts: Amounts;
  region: string;
  language: Language;
  vatBasisPoints?: number;
  note?: string | null;
}) {
  return (
    <View style={styles.breakdown}>
      {breakdownRows(amounts, region, language, vatBasisPoints).map((row) => (
        <View key={row.label} style={[styles.row, row.isTotal && styles.totalRow]}>
          <Text style={row.isTotal ? styles.total : styles.label}>{row.label}</Text>
          <Text style={row.isTotal ? styles.total : styles.value}>{row.value}</Text>
        </View>
      ))}
      {note ? <Text style={styles.note}>{note}</Text> : null}
    </View>
  );
}

const styles = StyleSheet.create({
  breakdown: { backgroundColor: "#fff", borderRadius: 8, padding: 10, gap: 4 },
  row: { flexDirection: "row", justifyContent: "space-between" },
  totalRow: { borderTopWidth: 1, borderColor: "#eadfd4", paddingTop: 6, marginTop: 2 },
  label: { color: "#3b2417" },
  value: { color: "#3b2417" },
  total: { fontSize: 17, fontWeight: "700", color: "#3b2417" },
  note: { color: "#8a4b12", marginTop: 4 },
});
