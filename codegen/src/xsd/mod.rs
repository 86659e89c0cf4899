//! Stage 1: reading XSD and WSDL files into a schema model that keeps source
//! positions. Nothing here resolves references or knows about Rust.

pub mod loader;
pub mod schema;
pub mod tree;
pub mod wsdl;
