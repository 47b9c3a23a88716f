import { generateTestland } from './support/generate-testland.ts';

export default generateTestland;
