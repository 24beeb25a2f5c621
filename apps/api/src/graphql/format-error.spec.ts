import { fieldOfVariableError } from './format-error.js';

describe('fieldOfVariableError', () => {
  it('names a top-level variable', () => {
    expect(fieldOfVariableError('Variable "$month" got invalid value "2026-13"; Month must be YYYY-MM, got "2026-13".')).toBe('month');
  });

  it('names the field inside an input object', () => {
    expect(fieldOfVariableError('Variable "$input" got invalid value "2026-13" at "input.startMonth"; Month must be YYYY-MM, got "2026-13".')).toBe(
      'startMonth',
    );
    expect(fieldOfVariableError('Variable "$input" got invalid value "x" at "input.actionItems[0].dueDate"; Date must be …')).toBe('actionItems[0].dueDate');
  });

  it('names a required variable that is missing or null', () => {
    expect(fieldOfVariableError('Variable "$input" of required type "LogTimeInput!" was not provided.')).toBe('input');
    expect(fieldOfVariableError('Variable "$id" of non-null type "ID!" must not be null.')).toBe('id');
  });

  it('leaves other messages alone', () => {
    expect(fieldOfVariableError('Unknown argument "x" on field "Query.viewer".')).toBeUndefined();
  });
});
