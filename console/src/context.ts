import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api';

export const ApiContext = createContext<ApiClient | undefined>(undefined);

export const useApi = (): ApiClient => {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside the signed-in console');
  return api;
};
