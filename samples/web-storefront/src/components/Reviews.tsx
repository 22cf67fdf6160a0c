import { api, refusal } from "@dakarcafe-express/api";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n";
import { useFields } from "./useFields";

/** A product's rating and newest reviews, live, and a form for signed-in customers who have not reviewed it yet. */
export function Reviews({ productId }: { productId: string }) {
  const { t } = useI18n();
  const auth = useAuth();
  const summary = useQuery(api.reviews.getRatingSummary, { productId });
  const reviews = useQuery(api.reviews.getProductReviews, { productId, limit: 10 });
  const mine = useQuery(api.reviews.getMyReviews, auth.isAuthenticated ? {} : "skip");
  return (
    <section className="reviews">
      <h2>{t("reviews")}</h2>
      <p data-testid="rating">
        {!summary ? "…" : summary.count === 0 ? t("noReviews") : t("rating", { average: summary.average.toFixed(1), n: summary.count })}
      </p>
      {reviews?.items.map((review) => (
        <blockquote key={review.id} data-testid="review">
          <strong>
            {"★".repeat(review.rating)}
            {"☆".repeat(5 - review.rating)} {review.title}
          </strong>
          {review.comment && <p>{review.comment}</p>}
          <footer>
            {review.authorName}
            {review.isVerified && ` · ${t("verifiedPurchase")}`}
          </footer>
        </blockquote>
      ))}
      {mine &&
        (mine.some((review) => review.productId === productId) ? (
          <p className="notice" role="status">
            {t("reviewed")}
          </p>
        ) : (
          <ReviewForm productId={productId} />
        ))}
    </section>
  );
}

function ReviewForm({ productId }: { productId: string }) {
  const { t, language } = useI18n();
  const createReview = useMutation(api.reviews.createReview);
  const [review, field] = useFields({ rating: "5", title: "", comment: "" });
  const [error, setError] = useState<string | null>(null);

  async function publish(event: FormEvent) {
    event.preventDefault();
    try {
      // Once published, the customer's live reviews show it and the form gives way to a thank-you.
      await createReview({ productId, rating: Number(review.rating), title: review.title || null, comment: review.comment || null });
    } catch (e) {
      setError(refusal(e, language).text);
    }
  }

  return (
    <form className="review-form" onSubmit={(e) => void publish(e)}>
      <label>
        {t("yourRating")}
        <select {...field("rating")}>
          {[5, 4, 3, 2, 1].map((stars) => (
            <option key={stars} value={stars}>
              {"★".repeat(stars)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("reviewTitle")} <input maxLength={120} {...field("title")} />
      </label>
      <label>
        {t("reviewComment")} <textarea maxLength={2000} {...field("comment")} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t("publishReview")}</button>
    </form>
  );
}
