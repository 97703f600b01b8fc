import { requestUrl } from 'obsidian';

/** The request and response shapes `@notionhq/client` needs from a `fetch`. */
export interface FetchInit {
  body?: string | FormData;
  headers?: Record<string, string>;
  method?: string;
}

export interface FetchResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * A `fetch` for the Notion client made of Obsidian's `requestUrl`: it works on
 * desktop and mobile without CORS trouble, and is the plugin's only way out to
 * the network. Errors come back as responses (not throws), as with `fetch`.
 */
export async function requestUrlFetch(url: string, init: FetchInit = {}): Promise<FetchResponse> {
  if (init.body !== undefined && typeof init.body !== 'string') {
    throw new Error('Follow Through sends only JSON to Notion.');
  }
  const response = await requestUrl({
    url,
    method: init.method ?? 'GET',
    ...(init.headers ? { headers: init.headers } : {}),
    ...(init.body !== undefined ? { body: init.body } : {}),
    throw: false,
  });
  const headers = new Map(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: response.status >= 200 && response.status < 300,
    status: response.status,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    text: async () => response.text,
  };
}
