import { useQueryClient } from '@tanstack/react-query';
import { MICROGRID_QUERIES, signIn } from '../../api';

/** Keeps the token for this tab, then asks again for every topology (the failed one included). */
export function useSignIn(): (token: string) => void {
  const queryClient = useQueryClient();
  return (token) => {
    signIn(token);
    void queryClient.invalidateQueries({ queryKey: MICROGRID_QUERIES });
  };
}
