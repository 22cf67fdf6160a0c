import { api } from "@dakarcafe-express/api";
import { useQueryResult } from "@dakarcafe/client/react";
import { Picture } from "./Picture";

/**
 * The picture of a product known only by its id (an order's line keeps no image): its first picture, looked up live. A
 * product since removed shows the placeholder, not an error, so the rest of the order still shows.
 */
export function ProductPicture({ productId, name, size }: { productId: string; name: string; size: number }) {
  const product = useQueryResult(api.products.getProduct, { id: productId });
  return <Picture image={product?.value?.images[0]} name={name} size={size} />;
}
