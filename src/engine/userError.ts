// Errors caused by the user's input (shown as is) rather than by a bug in the engine.
const USER_ERROR_NAMES = new Set(['ImageDecodeError', 'LayerConfigError', 'UnsupportedLayerError', 'CliError', 'OversizeError']);

export function isUserError(err: unknown): err is Error {
  return err instanceof Error && USER_ERROR_NAMES.has(err.name);
}
