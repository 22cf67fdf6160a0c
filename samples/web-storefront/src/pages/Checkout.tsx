import { api, refusal, type DeliveryFrequency, type Refusal } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useState, type FormEvent, type ReactNode } from "react";
import { PriceBreakdown } from "../components/PriceBreakdown";
import { useFields } from "../components/useFields";
import { useI18n } from "../i18n";
import { href, navigate } from "../route";

const regions = ["Dakar", "Diourbel", "Fatick", "Kaffrine", "Kaolack", "Kédougou", "Kolda", "Louga", "Matam", "Saint-Louis", "Sédhiou", "Tambacounda", "Thiès", "Ziguinchor"];

type Delivery = "once" | DeliveryFrequency;

/** The first delivery of a recurring one: tomorrow at 08:00 (UTC, Dakar's time). */
function tomorrowMorning(): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 1);
  date.setUTCHours(8, 0, 0, 0);
  return date.toISOString();
}

/**
 * Checkout of the whole cart, paid in cash on delivery: ordered now, or delivered again and again from tomorrow. The
 * live quote shows what the order will cost (VAT, delivery to the chosen region) before it is placed; a refused field
 * says why beside it.
 */
export function Checkout() {
  const { t, money, language } = useI18n();
  const cart = useQuery(api.cart.getCart, {});
  const [delivery, setDelivery] = useState<Delivery>("once");
  const [address, field] = useFields({ street: "", city: "Dakar", region: "Dakar", phone: "", instructions: "" });
  const quote = useQuery(api.orders.quoteOrder, {
    region: address.region,
    paymentMethod: "cashOnDelivery",
    ...(delivery === "once" ? {} : { plan: "basic" as const }),
  });
  const createOrder = useMutation(api.orders.createOrder);
  const startDeliveries = useMutation(api.recurringDeliveries.createRecurringDelivery);
  const clearCart = useMutation(api.cart.clearCart);
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [placing, setPlacing] = useState(false);

  async function place(event: FormEvent) {
    event.preventDefault();
    setPlacing(true);
    setProblem(null);
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
      setProblem(refusal(e, language));
      setPlacing(false);
    }
  }

  /** A field of the address, with the refusal that names it shown beneath it. */
  const addressField = (name: keyof typeof address, label: string, input: ReactNode) => {
    const refused = problem?.field === `deliveryAddress.${name}`;
    return (
      <label>
        {label}
        {input}
        {refused && (
          <span className="field-error" role="alert" data-testid={`error-${name}`}>
            {problem.text}
          </span>
        )}
      </label>
    );
  };
  // A refusal that names an address field is shown beside it (above); any other, beneath the form.
  const formProblem = problem?.field?.startsWith("deliveryAddress.") ? null : problem;

  return (
    <form className="checkout" onSubmit={(e) => void place(e)} noValidate>
      <h1>{t("checkout")}</h1>
      <fieldset>
        <legend>{t("deliveryAddress")}</legend>
        {addressField("street", t("street"), <input required autoComplete="street-address" {...field("street")} />)}
        {addressField("city", t("city"), <input required autoComplete="address-level2" {...field("city")} />)}
        {addressField(
          "region",
          t("region"),
          <select {...field("region")}>
            {regions.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>,
        )}
        {addressField("phone", t("phone"), <input required type="tel" autoComplete="tel" placeholder="+221 77 123 45 67" {...field("phone")} />)}
        {addressField("instructions", t("instructions"), <input {...field("instructions")} />)}
      </fieldset>
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
      <section className="summary" aria-labelledby="summary">
        <h2 id="summary">{t("summary")}</h2>
        <ul className="summary-lines">
          {quote?.lines.map((line) => (
            <li key={line.productId}>
              <span>
                {line.quantity} × {line.name}
              </span>
              <span>{money(line.total)}</span>
            </li>
          ))}
        </ul>
        {quote && <PriceBreakdown amounts={quote} region={quote.region} vatBasisPoints={quote.vatBasisPoints} missingForFreeShipping={quote.missingForFreeShipping} />}
        <p className="hint">{t("cashOnDelivery")}</p>
        {quote && quote.lines.length > 0 && !quote.canOrder && (
          <p className="error" role="alert">
            {t("fixCart")} <a href={href({ page: "cart" })}>{t("cart")}</a>
          </p>
        )}
      </section>
      {formProblem && (
        <p className="error" role="alert" data-testid="checkout-error">
          {formProblem.text}
        </p>
      )}
      <button type="submit" className="primary" data-testid="place-order" disabled={placing || !quote?.canOrder}>
        {placing ? t("placing") : delivery === "once" ? t("placeOrderFor", { total: quote ? money(quote.total) : "…" }) : t("startRecurringDelivery")}
      </button>
    </form>
  );
}
