/** A survey data or configuration file is missing or wrong; the message names the file and the problem. */
export class SurveyDataError extends Error {
  override readonly name = 'SurveyDataError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
