import { refusal, type Refusal } from "@dakarcafe-express/api";
import { useAuth } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { useFields } from "../components/useFields";
import { useI18n } from "../i18n";
import { href, navigate } from "../route";

/** A new shopper's account: name, email and password, each refusal beside its field; then signed in, back to the catalog. */
export function SignUp() {
  const { t, language } = useI18n();
  const auth = useAuth();
  const [account, field] = useFields({ name: "", email: "", password: "" });
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      await auth.signUp({ name: account.name.trim(), email: account.email.trim(), password: account.password });
      navigate({ page: "catalog" });
    } catch (e) {
      setProblem(refusal(e, language));
      setSending(false);
    }
  }

  const beside = (name: keyof typeof account) =>
    problem?.field === name && (
      <span className="field-error" role="alert" data-testid={`error-${name}`}>
        {problem.text}
      </span>
    );

  return (
    <form className="signin" onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t("signUpTitle")}</h1>
      <label>
        {t("name")} <input autoComplete="name" required {...field("name")} />
        {beside("name")}
      </label>
      <label>
        {t("email")} <input type="email" autoComplete="email" required {...field("email")} />
        {beside("email")}
      </label>
      <label>
        {t("password")} <input type="password" autoComplete="new-password" required minLength={8} aria-describedby="password-hint" {...field("password")} />
        <span id="password-hint" className="hint">
          {t("passwordHint")}
        </span>
        {beside("password")}
      </label>
      {problem && !problem.field && (
        <p className="error" role="alert">
          {problem.text}
        </p>
      )}
      <button type="submit" className="primary" disabled={sending}>
        {t("signUp")}
      </button>
      <p>
        {t("haveAccount")} <a href={href({ page: "signin" })}>{t("signIn")}</a>
      </p>
    </form>
  );
}
