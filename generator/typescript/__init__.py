"""Target: the TypeScript types (openapi-typescript)."""
