import { expect, test } from 'vitest';
import { hello } from '@org/clara-auth';

test('hello', () => { expect(hello()).toBe('hi'); });
