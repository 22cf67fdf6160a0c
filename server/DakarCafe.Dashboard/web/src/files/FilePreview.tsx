import type { FileRow } from "../api";
import { useI18n } from "../i18n/I18n";
import { useServer } from "../session/ServerContext";

/**
 * An image file's thumbnail, a link to any other file. Files are served publicly by id (`/files/<id>`: the id is the
 * capability), so the address is the server's origin and the file's `url`, with no token in it.
 */
export function FilePreview({ file }: { file: FileRow }) {
  const { t } = useI18n();
  const { url } = useServer();
  const address = new URL(file.url, url).toString();
  return file.contentType.startsWith("image/") ? (
    <a href={address} target="_blank" rel="noreferrer">
      <img className="thumb" src={address} alt={file.purpose} loading="lazy" data-testid={`preview-${file.id}`} />
    </a>
  ) : (
    <a href={address} target="_blank" rel="noreferrer">
      {t("open")}
    </a>
  );
}
