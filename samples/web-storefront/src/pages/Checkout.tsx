import { DakarCafeError } from "@dakarcafe/client";
import { api, type DeliveryFrequency } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { useFields } from "../components/useFields";
import { useI18n } from "../i18n";
import { navigate } from "../route";

const regions = ["Dakar", "Diourbel", "Fatick", "Kaffrine", "Kaolack", "Kédougou", "Kolda", "Louga", "Matam", "Saint-Louis", "Sédhiou", "Tambacounda", "Thiès", "Ziguinchor"];

type Delivery = "once" | DeliveryFrequency;

/** The first delivery of a recurring one: tomorrow at 08:00 (UTC, Dakar's time). */
function tomorrowMorning(): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 1);
  date.setUTCHours(8, 0, 0, 0);
  return date.toISOString();
}

/** Checkout of the whole cart, paid in cash on delivery: ordered now, or delivered again and again from tomorrow. */
export function Checkout() {
  const { t, money } = useI18n();
  const cart = useQuery(api.cart.getCart, {});
  const createOrder = useMutation(api.orders.createOrder);
  const startDeliveries = useMutation(api.recurringDeliveries.createRecurringDelivery);
  const clearCart = useMutation(api.cart.clearCart);
  const [delivery, setDelivery] = useState<Delivery>("once");
  const [address, field] = useFields({ street: "", city: "Dakar", region: "Dakar", phone: "", instructions: "" });
  const [error, setError] = useState<string | null>(null);
  const [placing, setPlacing] = useState(false);

  async function place(event: FormEvent) {
    event.preventDefault();
    setPlacing(true);
    setError(null);
    const deliveryAddress = { ...address, country: "Senegal", postalCode: null, instructions: address.instructions || null };
    try {
      if (delivery === "once") {
        const order = await createOrder({ deliveryAddress, paymentMethod: "cashOnDelivery" });
        navigate({ page: "order", id: order.id });
      } else {
        await startDeliveries({
          name: t("myCoffee"),
          planType: "basic",
          products: cart!.lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
          frequency: delivery,
          firstDelivery: tomorrowMorning(),
          deliveryAddress,
          paymentMethod: "cashOnDelivery",
        });
        await clearCart({});
        navigate({ page: "deliveries" });
      }
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
      <label>
        {t("delivery")}
        <select value={delivery} onChange={(e) => setDelivery(e.target.value as Delivery)}>
          {(["once", "weekly", "biWeekly", "monthly"] as const).map((d) => (
            <option key={d} value={d}>
              {t(d)}
            </option>
          ))}
        </select>
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
        {delivery === "once" ? t("placeOrder") : t("startRecurringDelivery")}
      </button>
    </form>
  );
}
