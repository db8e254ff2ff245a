export type StoreErrorCode =
  | 'fact_not_found'
  | 'report_not_found'
  | 'invalid_fact'
  | 'unit_not_found'
  | 'region_not_found'
  /** the change would make two units one without saying so, or mix sample and real data */
  | 'unit_conflict'
  /** a file the store would write already exists (a backup never overwrites one) */
  | 'file_exists'
  /** moving an installation: an address that is neither sqlite: nor postgres://, a target with data, counts that differ */
  | 'bad_endpoint'
  | 'target_not_empty'
  | 'count_mismatch'
  /** a PostgreSQL server that refused, could not be found, or has no such database */
  | 'server_unreachable';

/** A domain error of the store; the API maps the code to an HTTP status, the message is for people. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
