import { useState } from "react";

/**
 * A product's picture from the server's file storage (served at /files/<storage id>, cached for good), or a neutral
 * placeholder when the product has none or it cannot be loaded: never a broken image.
 */
export function Picture({ image, alt, size }: { image: string | null | undefined; alt: string; size: "thumb" | "card" | "large" }) {
  const [failed, setFailed] = useState(false);
  if (!image || failed) {
    return <span className={`picture placeholder ${size}`} role="img" aria-label={alt} data-testid="picture-placeholder" />;
  }

  return <img className={`picture ${size}`} src={`/files/${image}`} alt={alt} decoding="async" onError={() => setFailed(true)} />;
}
