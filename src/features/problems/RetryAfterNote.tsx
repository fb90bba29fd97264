import { useEffect, useRef, useState } from 'react';
import { formatWait, type RetryAfter } from '../../api';

interface Props {
  retryAfter: RetryAfter;
  /** Asks again; absent when the view will not ask again by itself (it already did once). */
  onAutoRetry?: () => void;
}

/**
 * What a `Retry-After` asks for, and what the app does about it: waits that long (counting down),
 * then asks again once by itself. Mounted once per answer (keyed by the caller), so each answer's
 * wait counts from when it was shown.
 */
export function RetryAfterNote({ retryAfter, onAutoRetry }: Props) {
  const { delayMs, auto, raw } = retryAfter;
  const willRetry = auto && delayMs !== null && onAutoRetry !== undefined;
  const [deadline] = useState(() => Date.now() + (delayMs ?? 0));
  const [now, setNow] = useState(() => Date.now());
  const [fired, setFired] = useState(false);
  const onAutoRetryRef = useRef(onAutoRetry);
  useEffect(() => {
    onAutoRetryRef.current = onAutoRetry;
  });

  useEffect(() => {
    if (!willRetry) return;
    // Never before the wait is over: the timer is for the whole wait, the ticks only redraw.
    const timer = setTimeout(() => {
      setFired(true);
      onAutoRetryRef.current?.();
    }, Math.max(0, deadline - Date.now()));
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
    };
  }, [willRetry, deadline]);

  if (delayMs === null) {
    return (
      <p className="retry-after">
        The server sent <code>Retry-After: {raw}</code>, which is not a wait this app can read, so it will not try again by
        itself. Use Retry when you are ready.
      </p>
    );
  }
  const asks = delayMs === 0 ? 'The server says it can be asked again now' : `The server asks to wait ${formatWait(delayMs)}`;
  if (!auto) {
    return (
      <p className="retry-after">
        {asks}. That is longer than this page waits by itself, so it will not try again on its own; use Retry when you are
        ready.
      </p>
    );
  }
  if (!willRetry) {
    return <p className="retry-after">{asks}. It already asked again once by itself; use Retry to ask again.</p>;
  }
  if (fired) return <p className="retry-after">{asks}; asking again now.</p>;
  const left = Math.max(0, deadline - now);
  return (
    <p className="retry-after">
      {asks}; trying again in <span className="retry-after-countdown">{formatWait(left)}</span>.
    </p>
  );
}
