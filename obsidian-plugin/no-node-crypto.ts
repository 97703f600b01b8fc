// Stands in for Node's `crypto` in the plugin bundle (esbuild.config.mjs aliases
// it). Only @notionhq/client's webhook helper asks for it, as a fallback when
// Web Crypto is missing; the plugin never verifies webhooks, so any use throws
// (the helper catches it and reports that Web Crypto is needed).

function refuse(): never {
  throw new Error('Follow Through does not verify Notion webhooks; Node’s crypto is not part of the plugin.');
}

export const webcrypto = {
  get subtle(): never {
    return refuse();
  },
};
