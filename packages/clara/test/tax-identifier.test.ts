import { ClaraValidationError } from '../src/index.js';
import { describe, expect, test } from 'vitest';

import { checkTaxIdentifier } from '../src/core/tax-identifier.js';

describe('checkTaxIdentifier', () => {
  test.each([
    ['mx', 'ACME8001011H0', 'ACME8001011H0'], // person-style RFC from Clara's docs (13)
    ['mx', 'abc800101ab1', 'ABC800101AB1'], // company RFC (12), normalised to upper case
    ['mx', 'Ñ&A991231XY9', 'Ñ&A991231XY9'],
    ['br', '11.222.333/0001-81', '11222333000181'],
    ['br', '11222333000181', '11222333000181'],
    ['br', '12.ABC.345/01DE-35', '12ABC34501DE35'], // alphanumeric CNPJ (Receita Federal example)
    ['co', '900123456-8', '900123456-8'],
    ['co', '900.123.456', '900123456'],
  ])('%s accepts %s', (country, raw, expected) => {
    expect(checkTaxIdentifier(country, raw)).toBe(expected);
  });

  test.each([
    ['mx', 'ACME8013011H0', /expected an RFC/], // month 13
    ['mx', 'AC8001011H0', /expected an RFC/],
    ['br', '11.222.333/0001-82', /expected a CNPJ/], // wrong check digit
    ['br', '00000000000000', /expected a CNPJ/],
    ['co', '900123456-9', /expected a NIT/],
    ['co', '12345', /expected a NIT/],
    ['mx', 'ACME8001011H0\r\nX-Evil: 1', /control characters/],
    ['br', 'abc\u0000', /control characters/],
    ['co', '', /non-empty string/],
  ])('%s rejects %j', (country, raw, message) => {
    const error = (() => {
      try {
        checkTaxIdentifier(country, raw);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClaraValidationError);
    expect((error as Error).message).toMatch(message);
  });
});
