export type ServiceErrorCode =
  | 'unknown_county'
  | 'ambiguous_county'
  | 'unknown_unit'
  | 'unknown_report'
  | 'unknown_fact'
  | 'unknown_indicator'
  | 'bad_request'
  | 'conflict'
  | 'unknown_user'
  | 'no_accounts'
  | 'bad_credentials'
  | 'too_many_attempts'
  | 'bad_setup_code'
  | 'already_set_up'
  | 'no_data'
  /** the account's region does not reach the county asked for (403) */
  | 'forbidden_region';

/** A domain error: the API maps `code` to a 4xx status; `message` is for people, in Chinese. */
export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    /** for too_many_attempts: seconds until another attempt is accepted */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}
