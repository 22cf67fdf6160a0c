// Written by hand (not by codegen): what the shop's apps tell a shopper for each error code, in French and English.
import { DakarCafeError, ErrorCodes } from "@dakarcafe/client";
import { shopErrorCodes } from "./_generated/errors";
import type { QuoteLine } from "./_generated/types";

/** The languages the shop's apps speak. */
export type ShopLanguage = "fr" | "en";

/**
 * What the shopper reads when something is refused, in their language: by the error's code, or for a refused field by
 * `CODE:field`. A French screen never shows a code or the server's English message.
 */
export const errorTexts: Record<ShopLanguage, Record<string, string>> = {
  fr: {
    [ErrorCodes.validation]: "Vérifiez les informations saisies.",
    [`${ErrorCodes.validation}:deliveryAddress.phone`]: "Entrez un numéro sénégalais, par exemple +221 77 123 45 67.",
    [`${ErrorCodes.validation}:deliveryAddress.street`]: "Indiquez la rue et le numéro.",
    [`${ErrorCodes.validation}:deliveryAddress.city`]: "Indiquez la ville.",
    [`${ErrorCodes.validation}:deliveryAddress.region`]: "Choisissez une des 14 régions du Sénégal.",
    [`${ErrorCodes.validation}:deliveryAddress.instructions`]: "Les instructions font au plus 500 caractères.",
    [`${ErrorCodes.validation}:items`]: "Votre panier est vide.",
    [`${ErrorCodes.validation}:quantity`]: "Choisissez une quantité entre 1 et 999.",
    [`${ErrorCodes.validation}:name`]: "Indiquez votre nom (100 caractères au plus).",
    [`${ErrorCodes.validation}:email`]: "Entrez une adresse e-mail valide.",
    [`${ErrorCodes.validation}:password`]: "Le mot de passe compte au moins 8 caractères.",
    [`${ErrorCodes.validation}:rating`]: "Choisissez une note de 1 à 5.",
    [`${ErrorCodes.validation}:comment`]: "Votre avis est trop long ou vide.",
    [ErrorCodes.unknownFunction]: "Cette action n'existe plus : mettez à jour l'application ou rechargez la page.",
    [ErrorCodes.authRequired]: "Connectez-vous pour continuer.",
    [`${ErrorCodes.authRequired}:signIn`]: "E-mail ou mot de passe incorrect.",
    [ErrorCodes.notFound]: "Ce produit ou cette commande n'existe pas ou plus.",
    [ErrorCodes.forbidden]: "Cette action ne vous est pas permise.",
    [ErrorCodes.conflict]: "Trop de changements en même temps : réessayez.",
    [ErrorCodes.limitExceeded]: "C'est plus que ce que la boutique accepte en une fois.",
    [ErrorCodes.badRequest]: "La demande n'a pas pu être lue : mettez à jour l'application ou rechargez la page.",
    [ErrorCodes.rateLimited]: "Trop d'essais : patientez un instant puis réessayez.",
    [ErrorCodes.overloaded]: "La boutique est très demandée : réessayez dans un instant.",
    [ErrorCodes.unavailable]: "La boutique est momentanément indisponible : rien n'est perdu, réessayez dans un instant.",
    [ErrorCodes.internal]: "Un problème est survenu de notre côté. Réessayez ; s'il persiste, contactez-nous.",
    [ErrorCodes.clientClosed]: "La demande a été interrompue avant la réponse.",
    [ErrorCodes.timeout]: "Pas de réponse : vérifiez votre connexion, puis réessayez.",
    [ErrorCodes.disconnected]: "La connexion a été perdue : vérifiez votre réseau.",
    [shopErrorCodes.slugTaken]: "Ce nom est déjà utilisé.",
    [shopErrorCodes.productUnavailable]: "Un produit de votre panier n'est plus vendu : retirez-le pour commander.",
    [shopErrorCodes.outOfStock]: "Le stock a baissé : ajustez la quantité.",
    [shopErrorCodes.paymentMethodUnavailable]: "Ce moyen de paiement n'est pas proposé pour le moment.",
    [shopErrorCodes.paymentProviderUnavailable]: "Le service de paiement ne répond pas : réessayez ou payez à la livraison.",
    [shopErrorCodes.nothingToPay]: "Cette commande est déjà payée.",
    [shopErrorCodes.nothingToRefund]: "Il n'y a rien à rembourser.",
    [shopErrorCodes.refundNotSupported]: "Ce paiement ne peut pas être remboursé en ligne.",
    [shopErrorCodes.unknownPayment]: "Ce paiement est inconnu.",
    [shopErrorCodes.amountMismatch]: "Le montant payé ne correspond pas à la commande.",
    [shopErrorCodes.invalidTransition]: "La commande ne peut plus changer ainsi.",
    [shopErrorCodes.paymentPending]: "Un paiement est en cours pour cette commande.",
    [shopErrorCodes.invalidState]: "Ce n'est plus possible dans l'état actuel.",
    [shopErrorCodes.alreadyReviewed]: "Vous avez déjà donné votre avis sur ce produit.",
    [shopErrorCodes.ownReview]: "Vous ne pouvez pas voter pour votre propre avis.",
    [shopErrorCodes.alreadyVoted]: "Vous avez déjà voté pour cet avis.",
    EMAIL_TAKEN: "Un compte existe déjà avec cet e-mail : connectez-vous.",
    AUTH_UNAVAILABLE: "La connexion est momentanément impossible : réessayez dans un instant.",
  },
  en: {
    [ErrorCodes.validation]: "Please check what you entered.",
    [`${ErrorCodes.validation}:deliveryAddress.phone`]: "Enter a Senegalese number, such as +221 77 123 45 67.",
    [`${ErrorCodes.validation}:deliveryAddress.street`]: "Enter the street and number.",
    [`${ErrorCodes.validation}:deliveryAddress.city`]: "Enter the city.",
    [`${ErrorCodes.validation}:deliveryAddress.region`]: "Choose one of Senegal's 14 regions.",
    [`${ErrorCodes.validation}:deliveryAddress.instructions`]: "Directions are at most 500 characters.",
    [`${ErrorCodes.validation}:items`]: "Your cart is empty.",
    [`${ErrorCodes.validation}:quantity`]: "Choose a quantity from 1 to 999.",
    [`${ErrorCodes.validation}:name`]: "Enter your name (at most 100 characters).",
    [`${ErrorCodes.validation}:email`]: "Enter a valid email address.",
    [`${ErrorCodes.validation}:password`]: "The password has at least 8 characters.",
    [`${ErrorCodes.validation}:rating`]: "Choose a rating from 1 to 5.",
    [`${ErrorCodes.validation}:comment`]: "Your review is empty or too long.",
    [ErrorCodes.unknownFunction]: "This action no longer exists: update the app or reload the page.",
    [ErrorCodes.authRequired]: "Sign in to continue.",
    [`${ErrorCodes.authRequired}:signIn`]: "Wrong email or password.",
    [ErrorCodes.notFound]: "This product or order does not exist any more.",
    [ErrorCodes.forbidden]: "You are not allowed to do this.",
    [ErrorCodes.conflict]: "Too many changes at once: try again.",
    [ErrorCodes.limitExceeded]: "That is more than the shop takes at once.",
    [ErrorCodes.badRequest]: "The request could not be read: update the app or reload the page.",
    [ErrorCodes.rateLimited]: "Too many attempts: wait a moment and try again.",
    [ErrorCodes.overloaded]: "The shop is very busy: try again in a moment.",
    [ErrorCodes.unavailable]: "The shop is briefly unavailable: nothing is lost, try again in a moment.",
    [ErrorCodes.internal]: "Something went wrong on our side. Try again; if it persists, contact us.",
    [ErrorCodes.clientClosed]: "The request was interrupted before the answer came.",
    [ErrorCodes.timeout]: "No answer: check your connection, then try again.",
    [ErrorCodes.disconnected]: "The connection was lost: check your network.",
    [shopErrorCodes.slugTaken]: "This name is already used.",
    [shopErrorCodes.productUnavailable]: "A product in your cart is no longer sold: remove it to order.",
    [shopErrorCodes.outOfStock]: "The stock went down: adjust the quantity.",
    [shopErrorCodes.paymentMethodUnavailable]: "This payment method is not offered at the moment.",
    [shopErrorCodes.paymentProviderUnavailable]: "The payment service does not answer: try again or pay on delivery.",
    [shopErrorCodes.nothingToPay]: "This order is already paid.",
    [shopErrorCodes.nothingToRefund]: "There is nothing to refund.",
    [shopErrorCodes.refundNotSupported]: "This payment cannot be refunded online.",
    [shopErrorCodes.unknownPayment]: "This payment is unknown.",
    [shopErrorCodes.amountMismatch]: "The amount paid does not match the order.",
    [shopErrorCodes.invalidTransition]: "The order cannot change this way any more.",
    [shopErrorCodes.paymentPending]: "A payment is under way for this order.",
    [shopErrorCodes.invalidState]: "This is no longer possible in the current state.",
    [shopErrorCodes.alreadyReviewed]: "You have already reviewed this product.",
    [shopErrorCodes.ownReview]: "You cannot vote for your own review.",
    [shopErrorCodes.alreadyVoted]: "You have already voted for this review.",
    EMAIL_TAKEN: "An account already uses this email: sign in instead.",
    AUTH_UNAVAILABLE: "Signing in is briefly impossible: try again in a moment.",
  },
};

/** A refusal as the shopper reads it, and the field it is about (to show it next to that field). */
export interface Refusal {
  text: string;
  field: string | null;
}

/**
 * The shopper's text for any failure: a field's own text, else the code's in the given context (such as `signIn`), else
 * the code's, else a general one. Anything that is not the server's refusal (no network, say) reads as a lost connection.
 */
export function refusal(error: unknown, language: ShopLanguage, context?: string): Refusal {
  const texts = errorTexts[language];
  if (!(error instanceof DakarCafeError)) {
    return { text: texts[ErrorCodes.disconnected]!, field: null };
  }

  const data = error.data as { field?: unknown } | undefined;
  const field = typeof data?.field === "string" ? data.field : null;
  const bare = field?.replace(/^items\[\d+\]\./, "");
  const text =
    (field && (texts[`${error.code}:${field}`] ?? (bare ? texts[`${error.code}:${bare}`] : undefined))) ??
    (context ? texts[`${error.code}:${context}`] : undefined) ??
    texts[error.code] ??
    texts[ErrorCodes.internal]!;
  return { text, field };
}

const lineTexts: Record<ShopLanguage, { gone: string; unavailable: string; fewLeft: (n: number) => string }> = {
  fr: {
    gone: "N'existe plus : retirez-le pour commander.",
    unavailable: "N'est plus vendu : retirez-le pour commander.",
    fewLeft: (n) => (n <= 0 ? "Épuisé : retirez-le pour commander." : `Plus que ${n} en stock : ajustez la quantité.`),
  },
  en: {
    gone: "No longer exists: remove it to order.",
    unavailable: "No longer sold: remove it to order.",
    fewLeft: (n) => (n <= 0 ? "Sold out: remove it to order." : `Only ${n} left: adjust the quantity.`),
  },
};

/** Why checkout would refuse a line of the quote, said beneath that line; null when the line can be ordered. */
export function lineProblem(line: Pick<QuoteLine, "problem" | "available">, language: ShopLanguage): string | null {
  const texts = lineTexts[language];
  switch (line.problem) {
    case null:
      return null;
    case ErrorCodes.notFound:
      return texts.gone;
    case shopErrorCodes.productUnavailable:
      return texts.unavailable;
    case shopErrorCodes.outOfStock:
      return texts.fewLeft(line.available ?? 0);
    default:
      return errorTexts[language][line.problem] ?? errorTexts[language][ErrorCodes.internal]!;
  }
}
