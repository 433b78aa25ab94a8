/** A problem with the user's input (missing file, bad config, unknown layer): printed as one line, exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
