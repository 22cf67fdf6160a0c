/** A value as indented JSON. */
export function JsonBlock({ value, testId }: { value: unknown; testId?: string }) {
  return (
    <pre className="json" data-testid={testId}>
      {value === undefined ? "" : JSON.stringify(value, null, 2)}
    </pre>
  );
}
