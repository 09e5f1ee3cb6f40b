-- Target gene search matches a case-insensitive substring of the name, organism or accession
-- (ILIKE '%text%'), which no B-tree can serve: trigram indexes let PostgreSQL answer it without
-- reading every target gene. pg_trgm is a trusted extension; the database owner may create it.
create extension if not exists pg_trgm;
create index target_genes_name_trgm_idx on target_genes using gin (name gin_trgm_ops);
create index target_genes_organism_trgm_idx on target_genes using gin (organism gin_trgm_ops);
create index target_genes_accession_trgm_idx on target_genes using gin (accession gin_trgm_ops);
