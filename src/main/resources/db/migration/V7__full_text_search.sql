-- Search that finds what a scientist types (issue 20), at a cost that does not grow with the corpus.
--
-- Score-set `text` was ILIKE '%text%' over six columns and the target names, which no index
-- serves. It is now PostgreSQL full-text search: every word of the text must occur as a word or
-- the start of one, weighted title (A) over short description and target gene names and
-- accessions (B) over abstract and method (C) over keywords (D), for sort=relevance. The
-- document holds each word twice: stemmed (english: "scores" finds "score") and as written
-- (simple), because a stem is often shorter than what a scientist types ("thermostab" is not a
-- prefix of the stem "thermost", but is of "thermostability"). It is a stored generated column,
-- so PostgreSQL keeps it current on every write.

-- The target genes' names and accessions, on their score set's row so that one document (and one
-- index) answers a search; kept by the trigger below, whatever writes to target_genes.
alter table score_sets add column target_keys text not null default '';

create function score_sets_refresh_target_keys(score_set bigint) returns void language sql as $$
    update score_sets s
       set target_keys = keys.value
      from (select coalesce(string_agg(concat_ws(' ', t.name, t.accession), ' ' order by t.id), '') as value
              from target_genes t where t.score_set_id = score_set) keys
     where s.id = score_set and s.target_keys <> keys.value
$$;

create function target_genes_track_keys() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform score_sets_refresh_target_keys(old.score_set_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.score_set_id <> old.score_set_id) then
        perform score_sets_refresh_target_keys(new.score_set_id);
    end if;
    return null;
end
$$;

create trigger target_genes_keys
    after insert or delete or update of score_set_id, name, accession on target_genes for each row
    execute function target_genes_track_keys();

update score_sets s
   set target_keys = keys.value
  from (select score_set_id, string_agg(concat_ws(' ', name, accession), ' ' order by id) as value
          from target_genes group by score_set_id) keys
 where s.id = keys.score_set_id;

create function score_set_search_words(text text) returns tsvector language sql immutable parallel safe as $$
    select to_tsvector('english', coalesce(text, '')) || to_tsvector('simple', coalesce(text, ''))
$$;

create function score_set_search_document(title text, short_description text, target_keys text,
                                          abstract_text text, method_text text, keywords text[])
    returns tsvector language sql immutable parallel safe as $$
    select setweight(score_set_search_words(title), 'A')
        || setweight(score_set_search_words(concat_ws(' ', short_description, target_keys)), 'B')
        || setweight(score_set_search_words(concat_ws(' ', abstract_text, method_text)), 'C')
        || setweight(score_set_search_words(array_to_string(keywords, ' ')), 'D')
$$;

alter table score_sets add column search_document tsvector generated always as
    (score_set_search_document(title, short_description, target_keys, abstract_text, method_text, keywords)) stored;

-- One GIN index per public view besides the general one (used by /me searches): with the view's
-- predicate in the index, a count over a broad match reads no heap page that the visibility map
-- marks all-visible, so it costs the index, not the table.
create index score_sets_search_document_idx on score_sets using gin (search_document);
create index score_sets_public_search_idx on score_sets using gin (search_document)
    where published_date is not null;
create index score_sets_public_heads_search_idx on score_sets using gin (search_document)
    where published_date is not null and not superseded_by_published;

-- The query for a searched text: each of its words as written or stemmed, as a prefix, all
-- required; English stop words ("of", "the") are left out. Null when the text has no other words
-- (only punctuation or stop words), which matches no document: `%`, `_` and `\` are never
-- wildcards. Lexemes are quoted for to_tsquery, so no character of the text acts as an operator.
create function score_set_search_term(lexeme text) returns text language sql immutable parallel safe as $$
    select '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''':*'
$$;

create function score_set_search_query(text text)
    returns tsquery language sql immutable strict parallel safe as $$
    select to_tsquery('simple', string_agg(
               '(' || score_set_search_term(word) || ' | ' || score_set_search_term(stem) || ')', ' & ' order by word))
      from (select w.lexeme as word, (select min(e.lexeme) from unnest(to_tsvector('english', w.lexeme)) e) as stem
              from unnest(to_tsvector('simple', text)) w) words
     where stem is not null
$$;

-- Target genes match by prefix of their name, accession or organism, case-insensitively: what a
-- scientist types is the start of a gene symbol or accession ("BRCA", "NM_0072"). Expression
-- indexes in the "C" collation serve LIKE 'prefix%' as a range and hand back target genes in the
-- order the target gene search pages them (lower-cased name, then id), so a page stops after
-- its rows instead of sorting every match; with the score set's id and the name in the index,
-- neither a page nor a count reads target gene rows (whose sequences make them wide). The V4 trigram indexes
-- answered '%text%' and are no longer used.
create index target_genes_name_prefix_idx on target_genes ((lower(name) collate "C"), id) include (score_set_id, name);
create index target_genes_accession_prefix_idx on target_genes ((lower(accession) collate "C"));
create index target_genes_organism_prefix_idx on target_genes ((lower(organism) collate "C"));
drop index target_genes_name_trgm_idx;
drop index target_genes_organism_trgm_idx;
drop index target_genes_accession_trgm_idx;
