//! The analyst: what someone with access to the camera database can reconstruct.
//!
//! Pure Rust over [`crate::sim`]'s sightings: no UI crates. Every inference carries its
//! evidence and a confidence, and is judged against the simulation's truth in tests.
