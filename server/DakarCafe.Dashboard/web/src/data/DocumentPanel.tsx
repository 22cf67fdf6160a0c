import { useMutation } from "@dakarcafe/client/react";
import { useState } from "react";
import { dashboard, type DocumentRow } from "../api";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorMessage } from "../components/ErrorMessage";
import { useCall } from "../components/useCall";
import { useI18n } from "../i18n/I18n";
import { isObject, sameJson } from "../json";

const pretty = (data: unknown) => JSON.stringify(data, null, 2);

/**
 * One document as editable JSON: Save replaces it whole (the server checks it against its type and names the field
 * it refuses), Delete removes it after a confirmation. If the document changes on the server meanwhile, the panel
 * says so and offers the new version rather than overwriting the text being edited.
 */
export function DocumentPanel({ table, row, onClose }: { table: string; row: DocumentRow; onClose: () => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(row.data);
  const [text, setText] = useState(() => pretty(row.data));
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useCall();
  const remove = useCall();
  const update = useMutation(dashboard.updateDocument);
  const deleteDocument = useMutation(dashboard.deleteDocument);
  const changedOnServer = !sameJson(row.data, opened);

  function open(data: Record<string, unknown>) {
    setOpened(data);
    setText(pretty(data));
  }

  async function onSave() {
    setSaved(false);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      setInvalid(t("invalidJson", { detail: (error as Error).message }));
      return;
    }

    if (!isObject(data)) {
      setInvalid(t("documentNotObject"));
      return;
    }

    setInvalid(null);
    const updated = await save.run(() => update({ table, id: row.id, data }));
    if (updated) {
      open(updated.data);
      setSaved(true);
    }
  }

  async function onDelete() {
    if (await remove.run(() => deleteDocument({ table, id: row.id }))) {
      onClose();
    }
  }

  return (
    <aside className="panel" aria-label={row.id} data-testid="document-panel">
      <header>
        <h2>{row.id}</h2>
        <button type="button" className="secondary" data-testid="close-document" onClick={onClose} aria-label={t("close")}>
          ✕
        </button>
      </header>
      {changedOnServer && (
        <p className="notice-warning">
          {t("changedOnServer")}{" "}
          <button type="button" className="secondary" data-testid="load-latest" onClick={() => open(row.data)}>
            {t("loadLatest")}
          </button>
        </p>
      )}
      <textarea
        aria-label={t("documentJson")}
        data-testid="document-json"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
        }}
      />
      {invalid && (
        <p className="error" role="alert">
          {invalid}
        </p>
      )}
      <ErrorMessage error={save.error ?? remove.error} testId="document-error" />
      {saved && <p className="notice">{t("saved")}</p>}
      <div className="actions">
        <button type="button" data-testid="save-document" disabled={save.busy} onClick={() => void onSave()}>
          {t("save")}
        </button>
        <ConfirmButton
          label={t("delete")}
          question={t("confirmDeleteDocument")}
          testId="delete-document"
          disabled={remove.busy}
          onConfirm={() => void onDelete()}
        />
      </div>
    </aside>
  );
}
