import type { Random } from './prng.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HOMOCLAVE = 'ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789';

function yymmdd(random: Random): string {
  const year = random.int(1990, 2019) % 100;
  return `${String(year).padStart(2, '0')}${String(random.int(1, 12)).padStart(2, '0')}${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** Mexican RFC: 3 letters for a company (12 chars), 4 for a person (13 chars), birth/incorporation date, homoclave. */
export function rfc(random: Random, kind: 'company' | 'person'): string {
  const letters = Array.from({ length: kind === 'company' ? 3 : 4 }, () => random.pick([...LETTERS])).join('');
  const homoclave = Array.from({ length: 3 }, () => random.pick([...HOMOCLAVE])).join('');
  return `${letters}${yymmdd(random)}${homoclave}`;
}

function mod11Digit(digits: string, weights: number[]): number {
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weights[i] as number), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** Brazilian CNPJ (14 digits, valid check digits), branch 0001. */
export function cnpj(random: Random): string {
  const base = `${random.digits(8)}0001`;
  const first = mod11Digit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = mod11Digit(base + first, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return `${base}${first}${second}`;
}

/** Brazilian CPF (11 digits, valid check digits). */
export function cpf(random: Random): string {
  const base = random.digits(9);
  const check = (digits: string) => {
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const first = check(base);
  return `${base}${first}${check(base + first)}`;
}

const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** Colombian NIT: 9 digits for a company (starting with 9), a DIAN check digit after a dash. */
export function nit(random: Random, kind: 'company' | 'person'): string {
  const base = kind === 'company' ? `9${random.digits(8)}` : `${random.int(1, 9)}${random.digits(9)}`;
  const sum = [...base].reverse().reduce((acc, d, i) => acc + Number(d) * (NIT_WEIGHTS[i] as number), 0);
  const rest = sum % 11;
  return `${base}-${rest > 1 ? 11 - rest : rest}`;
}
