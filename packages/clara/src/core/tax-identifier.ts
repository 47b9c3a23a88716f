// `X-Tax-Identifier` values are checked before any request: a typo would otherwise act on the wrong company or
// surface as a vague 403, and a control character could smuggle a header.
import { ClaraValidationError } from '../errors/classes.js';

type Check = { describe: string; normalise: (raw: string) => string; valid: (value: string) => boolean };

const CHECKS: Record<string, Check> = {
  mx: {
    describe: 'an RFC: 12 characters for companies (e.g. ABC800101AB1) or 13 for persons (e.g. ACME8001011H0)',
    normalise: (raw) => raw.trim().toUpperCase(),
    valid: (rfc) => /^[A-ZÑ&]{3,4}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[A-Z\d]{3}$/.test(rfc),
  },
  br: {
    describe: 'a CNPJ: 14 characters with valid check digits (e.g. 11.222.333/0001-81)',
    normalise: (raw) => raw.trim().toUpperCase().replace(/[./-]/g, ''),
    valid: isCnpj,
  },
  co: {
    describe: 'a NIT: 9 or 10 digits, optionally with its check digit (e.g. 900123456-8)',
    normalise: (raw) => raw.trim().replace(/\./g, ''),
    valid: isNit,
  },
};

/** CR, LF, NUL and the other controls: in a header value they could smuggle another header. */
export const hasControlCharacters = (value: string): boolean => /[\u0000-\u001f\u007f]/.test(value);

/** Returns the identifier as Clara expects it, or throws ClaraValidationError naming the expected format. */
export function checkTaxIdentifier(country: string, raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new ClaraValidationError({ status: 0, message: 'taxIdentifier must be a non-empty string' });
  }
  // Checked before anything else: CR/LF and other controls never reach a header.
  if (hasControlCharacters(raw)) {
    throw new ClaraValidationError({ status: 0, message: 'taxIdentifier contains control characters' });
  }
  const check = CHECKS[country];
  if (!check) {
    if (!/^[A-Za-z0-9.\-/&Ñ]{5,20}$/.test(raw)) throw invalid(raw, 'letters, digits and . - / only');
    return raw;
  }
  const value = check.normalise(raw);
  if (!check.valid(value)) throw invalid(raw, check.describe);
  return value;
}

const invalid = (raw: string, expected: string) =>
  new ClaraValidationError({ status: 0, message: `taxIdentifier ${JSON.stringify(raw)} is not valid: expected ${expected}` });

// CNPJ, numeric or alphanumeric (Receita Federal, from July 2026): 12 characters [0-9A-Z] + 2 check digits,
// mod 11 with weights 2..9 from the right; a character's value is its code point minus 48.
function isCnpj(cnpj: string): boolean {
  if (!/^[0-9A-Z]{12}\d{2}$/.test(cnpj) || /^(\d)\1{13}$/.test(cnpj)) return false;
  const digit = (base: string) => {
    let sum = 0;
    for (let i = 0; i < base.length; i++) sum += (base.charCodeAt(base.length - 1 - i) - 48) * ((i % 8) + 2);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const first = digit(cnpj.slice(0, 12));
  const second = digit(cnpj.slice(0, 12) + first);
  return cnpj.endsWith(`${first}${second}`);
}

// NIT: 9–10 digits; with a check digit (after "-"), DIAN's weights mod 11.
function isNit(nit: string): boolean {
  const match = /^(\d{9,10})(?:-(\d))?$/.exec(nit);
  if (!match) return false;
  const [, number, check] = match;
  if (check === undefined) return true;
  const weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  let sum = 0;
  for (let i = 0; i < number!.length; i++) sum += Number(number![number!.length - 1 - i]) * weights[i]!;
  const rest = sum % 11;
  return Number(check) === (rest > 1 ? 11 - rest : rest);
}
