// The API suites' stores, on the engine their test project names (one home: @fazhi/db/testing/engine).
export { disposeTestStore, newTestStore, reopenTestStore, TEST_ENGINE } from '@fazhi/db/testing/engine';
