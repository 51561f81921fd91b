//! Data a plan starts from: the track templates, the demo, and ten years of generated records
//! for the benchmarks.

pub(crate) mod demo;
pub(crate) mod demo_case;
pub(crate) mod demo_signals;
#[cfg(feature = "scale")]
pub(crate) mod scale;
pub(crate) mod template;
