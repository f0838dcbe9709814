import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/temp-root.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
