import { useId, useState, type FormEvent } from 'react';
import { depotIdProblem } from '../../api';

/** Free-text depot id: always available, mock mode or not. */
export function DepotIdForm({ depotId, onChoose }: { depotId: string | null; onChoose: (depotId: string) => void }) {
  const [value, setValue] = useState(depotId ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = value.trim();
    const problem = depotIdProblem(id);
    if (problem !== null) {
      setError(problem);
      return;
    }
    setError(null);
    onChoose(id);
  };
  return (
    <form className="depot-id-form" role="search" aria-label="Open a depot" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>Depot id</label>
      <input
        id={inputId}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">Open</button>
      {error !== null && (
        <span id={errorId} className="depot-id-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
