import { ClaraConfigError } from '../errors.js';

/** The OAuth token endpoint of a country's API host: `https://public-api.<cc>.clara.com/oauth/token`. */
export function tokenUrlFor(country: 'mx' | 'br' | 'co' | (string & {})): string {
  const code = String(country).trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(code)) {
    throw new ClaraConfigError(`Country must be a two-letter code such as "mx", "br" or "co"; got ${JSON.stringify(country)}.`);
  }
  return `https://public-api.${code}.clara.com/oauth/token`;
}
