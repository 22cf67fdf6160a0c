import { DakarCafeError } from "@dakarcafe/client";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { useState, type FormEvent } from "react";
import { api } from "./_generated/api";

/** The board: everyone sees the notes live; signed-in users add and remove their own. */
export function App() {
  const notes = useQuery(api.notes.list, { limit: 50 });
  const auth = useAuth();
  return (
    <main style={{ maxWidth: 640, margin: "2rem auto", fontFamily: "system-ui, sans-serif" }}>
      <h1>DakarCafeApp</h1>
      {auth.isAuthenticated ? <NoteForm onSignOut={auth.signOut} /> : <SignIn />}
      {notes === undefined ? (
        <p>Loading…</p>
      ) : notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul aria-label="notes">
          {notes.map((note) => (
            <li key={note.id}>
              {note.text} <RemoveButton id={note.id} mine={note.authorId === auth.userId} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function NoteForm({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const add = useMutation(api.notes.add);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await add({ text });
      setText("");
      setError(null);
    } catch (e) {
      setError(e instanceof DakarCafeError ? e.message : String(e));
    }
  }

  return (
    <form onSubmit={submit}>
      <input aria-label="note" placeholder="Write a note" value={text} onChange={(e) => setText(e.target.value)} maxLength={280} />
      <button type="submit">Add</button> <button type="button" onClick={() => void onSignOut()}>Sign out</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

function RemoveButton({ id, mine }: { id: string; mine: boolean }) {
  const remove = useMutation(api.notes.remove);
  return mine ? <button onClick={() => void remove({ id })}>Remove</button> : null;
}

function SignIn() {
  const auth = useAuth();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent, signUp: boolean) {
    event.preventDefault();
    if (signUp) {
      const response = await fetch("/auth/sign-up", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email, password, name: email.split("@")[0] }),
      });
      if (!response.ok) {
        setError(((await response.json()) as { message: string }).message);
        return;
      }
    }

    try {
      await auth.signIn(email, password);
    } catch (e) {
      setError(e instanceof DakarCafeError ? e.message : String(e));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e, false)}>
      <input aria-label="email" placeholder="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      <input aria-label="password" placeholder="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button> <button onClick={(e) => void submit(e, true)}>Sign up</button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
