import { api, DakarCafeError } from "@dakarcafe/client";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n";
import { navigate } from "../route";

const regions = ["Dakar", "Diourbel", "Fatick", "Kaffrine", "Kaolack", "Kédougou", "Kolda", "Louga", "Matam", "Saint-Louis", "Sédhiou", "Tambacounda", "Thiès", "Ziguinchor"];

/** Checkout of the whole cart, paid in cash on delivery. */
export function Checkout() {
  const { t, money } = useI18n();
  const cart = useQuery(api.cart.getCart, {});
  const createOrder = useMutation(api.orders.createOrder);
  const [address, setAddress] = useState({ street: "", city: "Dakar", region: "Dakar", phone: "", instructions: "" });
  const [error, setError] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);
  const field = (name: keyof typeof address) => ({
    value: address[name],
    onChange: (e: { target: { value: string } }) => setAddress({ ...address, [name]: e.target.value }),
  });

  async function place(event: FormEvent) {
    event.preventDefault();
    setPlacing(true);
    setError(null);
    try {
      const order = await createOrder({
        deliveryAddress: { ...address, country: "Senegal", postalCode: null, instructions: address.instructions || null },
        paymentMethod: "cashOnDelivery",
      });
      navigate({ page: "order", id: order.id });
    } catch (e) {
      setError(e instanceof DakarCafeError ? `${e.code}: ${e.message}` : String(e));
      setPlacing(false);
    }
  }

  return (
    <form className="checkout" onSubmit={(e) => void place(e)}>
      <h1>{t("deliveryAddress")}</h1>
      <label>
        {t("street")} <input required {...field("street")} />
      </label>
      <label>
        {t("city")} <input required {...field("city")} />
      </label>
      <label>
        {t("region")}
        <select {...field("region")}>
          {regions.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        {t("phone")} <input required type="tel" placeholder="+221 77 123 45 67" {...field("phone")} />
      </label>
      <label>
        {t("instructions")} <input {...field("instructions")} />
      </label>
      <p>
        {t("cashOnDelivery")} · {t("subtotal")}: {cart ? money(cart.subtotal) : "…"}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={placing || !cart || cart.lines.length === 0}>
        {t("placeOrder")}
      </button>
    </form>
  );
}
