import type { Random } from './prng.js';
import { cnpj, cpf, nit, rfc } from './tax-ids.js';

export type CountryCode = 'mx' | 'br' | 'co';

export interface Merchant {
  name: string;
  category: string;
  mcc: string;
}

/** What makes generated data look like each market's: currency, tax identifiers, names, merchants, phones. */
export interface CountryProfile {
  code: CountryCode;
  currency: string;
  /** Smallest card threshold Clara accepts in this market. */
  minThreshold: number;
  companyTaxId(random: Random): string;
  personTaxId(random: Random): string;
  phone(random: Random): string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  companyNames: readonly string[];
  merchants: readonly Merchant[];
  cities: readonly string[];
  banks: readonly string[];
  emailDomain: string;
}

const GLOBAL_MERCHANTS: Merchant[] = [
  { name: 'Amazon Web Services', category: 'Computer services', mcc: '7372' },
  { name: 'Google Workspace', category: 'Computer services', mcc: '7372' },
  { name: 'Uber', category: 'Taxicabs and limousines', mcc: '4121' },
  { name: 'Airbnb', category: 'Lodging', mcc: '7011' },
  { name: 'Slack', category: 'Computer services', mcc: '7372' },
  { name: 'Starbucks', category: 'Restaurants', mcc: '5814' },
];

const PROFILES: Record<CountryCode, CountryProfile> = {
  mx: {
    code: 'mx',
    currency: 'MXN',
    minThreshold: 500,
    companyTaxId: (r) => rfc(r, 'company'),
    personTaxId: (r) => rfc(r, 'person'),
    phone: (r) => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
    firstNames: ['María', 'José', 'Guadalupe', 'Juan', 'Fernanda', 'Luis', 'Sofía', 'Carlos', 'Valeria', 'Miguel', 'Ximena', 'Diego'],
    lastNames: ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Torres', 'Vázquez'],
    companyNames: ['Grupo Alimentos del Bajío S.A. de C.V.', 'Logística Norte S.A. de C.V.', 'Tecnologías Aztlán S.A.P.I. de C.V.'],
    merchants: [
      ...GLOBAL_MERCHANTS,
      { name: 'Aeromexico', category: 'Airlines', mcc: '4511' },
      { name: 'Volaris', category: 'Airlines', mcc: '4511' },
      { name: 'OXXO', category: 'Convenience stores', mcc: '5499' },
      { name: 'Walmart de México', category: 'Discount stores', mcc: '5310' },
      { name: 'Liverpool', category: 'Department stores', mcc: '5311' },
      { name: 'Pemex', category: 'Service stations', mcc: '5541' },
      { name: 'Telcel', category: 'Telecommunication services', mcc: '4814' },
      { name: 'Sanborns', category: 'Restaurants', mcc: '5812' },
    ],
    cities: ['Ciudad de México', 'Monterrey', 'Guadalajara', 'Querétaro', 'Puebla', 'Mérida'],
    banks: ['BBVA México', 'Banorte', 'Santander México', 'Banamex'],
    emailDomain: 'example.com.mx',
  },
  br: {
    code: 'br',
    currency: 'BRL',
    minThreshold: 50,
    companyTaxId: cnpj,
    personTaxId: cpf,
    phone: (r) => `+55 11 9${r.digits(4)}-${r.digits(4)}`,
    firstNames: ['Ana', 'João', 'Maria', 'Pedro', 'Beatriz', 'Lucas', 'Juliana', 'Gabriel', 'Camila', 'Rafael', 'Larissa', 'Mateus'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro'],
    companyNames: ['Comercial Paulista Ltda', 'Transportes Serra Verde Ltda', 'Tecnologia Atlântica S.A.'],
    merchants: [
      ...GLOBAL_MERCHANTS,
      { name: 'LATAM Airlines', category: 'Airlines', mcc: '4511' },
      { name: 'Azul Linhas Aéreas', category: 'Airlines', mcc: '4511' },
      { name: 'iFood', category: 'Restaurants', mcc: '5812' },
      { name: 'Posto Ipiranga', category: 'Service stations', mcc: '5541' },
      { name: 'Magazine Luiza', category: 'Department stores', mcc: '5311' },
      { name: 'Drogasil', category: 'Drug stores', mcc: '5912' },
      { name: 'Vivo', category: 'Telecommunication services', mcc: '4814' },
      { name: '99 Táxi', category: 'Taxicabs and limousines', mcc: '4121' },
    ],
    cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Recife'],
    banks: ['Banco Clara S.A.', 'Itaú Unibanco', 'Banco do Brasil', 'Bradesco', 'Nubank'],
    emailDomain: 'example.com.br',
  },
  co: {
    code: 'co',
    currency: 'COP',
    minThreshold: 100000,
    companyTaxId: (r) => nit(r, 'company'),
    personTaxId: (r) => nit(r, 'person'),
    phone: (r) => `+57 3${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
    firstNames: ['Andrés', 'Valentina', 'Santiago', 'Daniela', 'Sebastián', 'Mariana', 'Camilo', 'Natalia', 'Felipe', 'Laura', 'Julián', 'Catalina'],
    lastNames: ['Rodríguez', 'Gómez', 'Martínez', 'López', 'González', 'Díaz', 'Moreno', 'Jiménez', 'Restrepo', 'Cárdenas', 'Ospina', 'Vargas'],
    companyNames: ['Distribuidora Andina S.A.S.', 'Café de los Andes S.A.S.', 'Soluciones Caribe S.A.S.'],
    merchants: [
      ...GLOBAL_MERCHANTS,
      { name: 'Avianca', category: 'Airlines', mcc: '4511' },
      { name: 'Rappi', category: 'Restaurants', mcc: '5812' },
      { name: 'Éxito', category: 'Grocery stores', mcc: '5411' },
      { name: 'Terpel', category: 'Service stations', mcc: '5541' },
      { name: 'Falabella', category: 'Department stores', mcc: '5311' },
      { name: 'Claro', category: 'Telecommunication services', mcc: '4814' },
      { name: 'Juan Valdez Café', category: 'Restaurants', mcc: '5814' },
    ],
    cities: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Cartagena', 'Bucaramanga'],
    banks: ['Bancolombia', 'Banco de Bogotá', 'Davivienda', 'BBVA Colombia'],
    emailDomain: 'example.com.co',
  },
};

export const COUNTRY_CODES = Object.keys(PROFILES) as CountryCode[];

export function countryProfile(code: string): CountryProfile {
  const profile = PROFILES[code as CountryCode];
  if (!profile) throw new Error(`Unknown country "${code}": expected one of ${COUNTRY_CODES.join(', ')}`);
  return profile;
}
