import { useMutation } from "@dakarcafe/client/react";
import { dashboard, type FileRow as StoredFile } from "../api";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorMessage } from "../components/ErrorMessage";
import { useCall } from "../components/useCall";
import { useI18n } from "../i18n/I18n";
import { FilePreview } from "./FilePreview";

/** One stored file: a preview for images, what it is for, whose it is, its size and type, and its deletion. */
export function FileRow({ file }: { file: StoredFile }) {
  const { t, dateTime, bytes } = useI18n();
  const deleteFile = useMutation(dashboard.deleteFile);
  const call = useCall();
  return (
    <tr data-testid={`row-${file.id}`}>
      <td>
        <FilePreview file={file} />
      </td>
      <td>{file.purpose}</td>
      <td className="mono id" title={file.ownerId ?? undefined}>
        {file.ownerId ?? ""}
      </td>
      <td className="number" title={`${file.size}`}>
        {bytes(file.size)}
      </td>
      <td>{file.contentType}</td>
      <td>{dateTime(file.createdAt)}</td>
      <td className="actions">
        <ConfirmButton
          label={t("delete")}
          question={t("confirmDeleteFile")}
          testId={`delete-file-${file.id}`}
          disabled={call.busy}
          onConfirm={() => void call.run(() => deleteFile({ id: file.id }))}
        />
        <ErrorMessage error={call.error} />
      </td>
    </tr>
  );
}
