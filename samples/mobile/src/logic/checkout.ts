import type { CreateOrderArgs, QuoteOrderArgs } from "@dakarcafe-express/api";

/** Where the app delivers, and how it is paid: in Dakar, cash on delivery. The quote and the order agree on both. */
export const quoteArgs = { region: "Dakar", paymentMethod: "cashOnDelivery" } satisfies QuoteOrderArgs;

/** The order of the whole cart, delivered to the street and phone typed, in the quoted region and paid the quoted way. */
export function orderArgs(street: string, phone: string): CreateOrderArgs {
  return {
    deliveryAddress: {
      street: street.trim(),
      city: quoteArgs.region,
      region: quoteArgs.region,
      postalCode: null,
      country: "Senegal",
      phone: phone.trim(),
      instructions: null,
    },
    paymentMethod: quoteArgs.paymentMethod,
  };
}
