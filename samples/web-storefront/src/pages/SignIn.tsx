import { refusal } from "@dakarcafe-express/api";
import { useAuth } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n";
import { href, navigate } from "../route";

export function SignIn() {
  const { t, language } = useI18n();
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await auth.signIn(email, password);
      navigate({ page: "catalog" });
    } catch (e) {
      setError(refusal(e, language, "signIn").text);
    }
  }

  return (
    <form className="signin" onSubmit={(e) => void submit(e)}>
      <h1>{t("signIn")}</h1>
      <label>
        {t("email")} <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {t("password")} <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t("signIn")}
      </button>
      <p>
        {t("noAccount")} <a href={href({ page: "signup" })}>{t("signUp")}</a>
      </p>
    </form>
  );
}
