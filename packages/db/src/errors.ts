export type StoreErrorCode = 'fact_not_found' | 'report_not_found' | 'invalid_fact';

/** A domain error of the store; the API maps the code to an HTTP status, the message is for people. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
