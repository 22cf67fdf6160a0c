/** The address of a stored picture, `<server>/files/<storage id>`; null for a product without one. */
export function pictureUrl(serverUrl: string, storageId: string | null | undefined): string | null {
  if (!storageId) {
    return null;
  }

  return `${serverUrl.replace(/\/+$/, "")}/files/${encodeURIComponent(storageId)}`;
}

/** The letter a picture's placeholder shows: the name's first one, capitalised; nothing for a blank name. */
export function initial(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? first.toLocaleUpperCase("fr") : "";
}
