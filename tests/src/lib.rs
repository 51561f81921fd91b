//! Shared helpers live in the test targets; this library is intentionally empty.
