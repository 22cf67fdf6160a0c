import type { Availability as Stock } from "@dakarcafe-express/api";
import { useI18n } from "../i18n";

export function Availability({ availability, stock }: { availability: Stock; stock: number }) {
  const { t } = useI18n();
  const text = { inStock: t("inStock"), lowStock: t("lowStock", { n: stock }), outOfStock: t("outOfStock"), unavailable: t("unavailable") }[availability];
  return (
    <span className={`availability ${availability}`} data-testid="availability">
      {text}
    </span>
  );
}
