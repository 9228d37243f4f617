"""The ontology, SHACL shapes and lexicons of kg, shipped as package data (see README.md here)."""
