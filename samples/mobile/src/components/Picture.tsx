import { useCallback, useState } from "react";
import { StyleSheet, Text, View } from "react-native";
import { SvgUri } from "react-native-svg";
import { initial, pictureUrl } from "../logic/pictures";
import { serverUrl } from "../server";

/**
 * A product's picture from the server's file storage (an SVG at /files/<storage id>, drawn by react-native-svg), over
 * a neutral placeholder with the product's initial: the placeholder is what shows while it loads, for a product
 * without a picture, and for one that fails to load. Never a broken image.
 */
export function Picture({ image, name, size }: { image: string | null | undefined; name: string; size: number }) {
  const uri = pictureUrl(serverUrl, image);
  const [failedUri, setFailedUri] = useState<string | null>(null);
  // Stable, so that SvgUri does not fetch again each time the screen re-renders (it refetches when onError changes).
  const onError = useCallback(() => setFailedUri(uri), [uri]);
  return (
    <View style={[styles.placeholder, { width: size, height: size, borderRadius: size / 8 }]} accessibilityRole="image" accessibilityLabel={name}>
      <Text style={[styles.initial, { fontSize: size / 2.5 }]}>{initial(name)}</Text>
      {uri && failedUri !== uri && <SvgUri uri={uri} width={size} height={size} style={StyleSheet.absoluteFill} onError={onError} />}
    </View>
  );
}

const styles = StyleSheet.create({
  placeholder: { alignItems: "center", justifyContent: "center", overflow: "hidden", backgroundColor: "#eadfd4" },
  initial: { color: "#8a6e58", fontWeight: "700" },
});
