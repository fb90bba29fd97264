import { useId, useState, type FormEvent } from 'react';
import { readBearerToken } from '../../api';
import { useSignIn } from './use-sign-in';
import './sign-in.css';

/**
 * Asks for the bearer token the platform issued. The token goes to session storage and the
 * request headers only: the field is a password field, and no message ever repeats it.
 */
export function SignInForm() {
  const signIn = useSignIn();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  const inputId = useId();
  const problemId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readBearerToken(value);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    setProblem(null);
    setValue('');
    signIn(read.token);
  };

  return (
    <form className="sign-in-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>Sign in</h3>
      <label htmlFor={inputId}>Access token</label>
      <input
        id={inputId}
        type="password"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? problemId : undefined}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">Sign in</button>
      {problem !== null && (
        <p id={problemId} className="sign-in-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
