import { createContext, useContext, useState, type ReactNode } from "react";

const strings = {
  fr: {
    catalog: "Catalogue",
    cart: "Panier",
    orders: "Mes commandes",
    signIn: "Se connecter",
    signOut: "Se déconnecter",
    search: "Rechercher un café, une machine…",
    allCategories: "Toutes les catégories",
    capsules: "Capsules",
    machines: "Machines",
    accessories: "Accessoires",
    sortName: "Nom",
    sortPrice: "Prix",
    sortRating: "Note",
    sortNewest: "Nouveautés",
    loadMore: "Voir plus",
    loading: "Chargement…",
    inStock: "En stock",
    lowStock: "Plus que {n} en stock",
    outOfStock: "Rupture de stock",
    unavailable: "Indisponible",
    addToCart: "Ajouter au panier",
    emptyCart: "Votre panier est vide.",
    subtotal: "Sous-total",
    checkout: "Commander",
    remove: "Retirer",
    priceChanged: "prix modifié",
    deliveryAddress: "Adresse de livraison",
    street: "Rue",
    city: "Ville",
    region: "Région",
    phone: "Téléphone",
    instructions: "Instructions pour le livreur",
    cashOnDelivery: "Paiement à la livraison",
    placeOrder: "Passer la commande",
    order: "Commande",
    status: "Statut",
    tracking: "Suivi",
    total: "Total",
    email: "E-mail",
    password: "Mot de passe",
    signInToOrder: "Connectez-vous pour commander.",
    noOrders: "Aucune commande pour l'instant.",
    back: "Retour",
    pending: "En attente",
    confirmed: "Confirmée",
    processing: "En préparation",
    shipped: "Expédiée",
    delivered: "Livrée",
    cancelled: "Annulée",
    stepPlaced: "Commande passée",
    stepPaid: "Paiement reçu",
    stepPaymentFailed: "Échec du paiement",
    stepRefunded: "Remboursée",
    reviews: "Avis",
    noReviews: "Pas encore d'avis.",
    rating: "★ {average} sur 5 · {n} avis",
    verifiedPurchase: "achat vérifié",
    yourRating: "Votre note",
    reviewTitle: "Titre",
    reviewComment: "Votre avis",
    publishReview: "Publier l'avis",
    reviewed: "Vous avez donné votre avis sur ce produit. Merci !",
    notifications: "Notifications",
    noNotifications: "Aucune notification pour l'instant.",
    markAllRead: "Tout marquer comme lu",
  },
  en: {
    catalog: "Catalog",
    cart: "Cart",
    orders: "My orders",
    signIn: "Sign in",
    signOut: "Sign out",
    search: "Search coffee, machines…",
    allCategories: "All categories",
    capsules: "Capsules",
    machines: "Machines",
    accessories: "Accessories",
    sortName: "Name",
    sortPrice: "Price",
    sortRating: "Rating",
    sortNewest: "Newest",
    loadMore: "Show more",
    loading: "Loading…",
    inStock: "In stock",
    lowStock: "Only {n} left",
    outOfStock: "Out of stock",
    unavailable: "Unavailable",
    addToCart: "Add to cart",
    emptyCart: "Your cart is empty.",
    subtotal: "Subtotal",
    checkout: "Check out",
    remove: "Remove",
    priceChanged: "price changed",
    deliveryAddress: "Delivery address",
    street: "Street",
    city: "City",
    region: "Region",
    phone: "Phone",
    instructions: "Directions for the courier",
    cashOnDelivery: "Cash on delivery",
    placeOrder: "Place order",
    order: "Order",
    status: "Status",
    tracking: "Tracking",
    total: "Total",
    email: "Email",
    password: "Password",
    signInToOrder: "Sign in to order.",
    noOrders: "No orders yet.",
    back: "Back",
    pending: "Pending",
    confirmed: "Confirmed",
    processing: "Being prepared",
    shipped: "Shipped",
    delivered: "Delivered",
    cancelled: "Cancelled",
    stepPlaced: "Order placed",
    stepPaid: "Payment received",
    stepPaymentFailed: "Payment failed",
    stepRefunded: "Refunded",
    reviews: "Reviews",
    noReviews: "No reviews yet.",
    rating: "★ {average} out of 5 · {n} reviews",
    verifiedPurchase: "verified purchase",
    yourRating: "Your rating",
    reviewTitle: "Title",
    reviewComment: "Your review",
    publishReview: "Publish review",
    reviewed: "You have reviewed this product. Thank you!",
    notifications: "Notifications",
    noNotifications: "No notifications yet.",
    markAllRead: "Mark all as read",
  },
} as const;

export type Language = keyof typeof strings;
export type Text = keyof (typeof strings)["fr"];

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(text: Text, values?: Record<string, string | number>): string;
  /** Whole FCFA, written the Senegalese way (21 442 FCFA). */
  money(amount: number): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem("language") === "en" ? "en" : "fr"));
  const value: I18n = {
    language,
    setLanguage: (next) => {
      localStorage.setItem("language", next);
      document.documentElement.lang = next;
      setLanguage(next);
    },
    t: (text, values) => Object.entries(values ?? {}).reduce<string>((s, [k, v]) => s.replace(`{${k}}`, String(v)), strings[language][text]),
    money: (amount) => `${new Intl.NumberFormat(language === "fr" ? "fr-SN" : "en-US").format(amount)} FCFA`,
  };
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) {
    throw new Error("useI18n needs an I18nProvider.");
  }

  return i18n;
}
