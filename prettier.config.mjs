// Prettier, set to the code as it is written, so that the one reformat (`npm run format`, done
// once by the lead when parallel work has landed) moves as few lines as possible. Measured over
// the repository's sources by the lines a width would change: the API, the domain library,
// migrations and scripts are written to about 160 columns (160 changes the fewest lines); the
// web app already reads as Prettier's output at 120 (at 120 two thirds of its files are
// untouched, at 160 its JSX text would be rewrapped). Everything else is Prettier's default or
// what the code does throughout: single quotes, semicolons, trailing commas, `(x) =>`.
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  tabWidth: 2,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  arrowParens: 'always',
  overrides: [{ files: 'apps/web/**', options: { printWidth: 120 } }],
};
