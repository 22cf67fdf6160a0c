/** One current value, large, with what it counts. */
export function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <div className="stat">
      <span className="value" data-testid={testId}>
        {value}
      </span>
      <span className="label">{label}</span>
    </div>
  );
}
