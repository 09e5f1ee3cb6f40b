-- One index term per searched word where V7 had two (issue 20). V7 matched each word as written
-- or as its stem, both as prefixes: ('gene17':* | 'gene17':*), ('scores':* | 'score':*). When the
-- stem is a prefix of the word, as it nearly always is, every lexeme that starts with the word
-- starts with the stem, so the stem alone matches exactly the same documents; and each prefix term
-- is a separate walk over the GIN index's matching keys, the dominant cost of a broad search
-- ("GENE17" starts 111 gene names). Words whose stem is not a prefix keep both terms.
create or replace function score_set_search_query(text text)
    returns tsquery language sql immutable strict parallel safe as $$
    select to_tsquery('simple', string_agg(
               case when starts_with(word, stem) then score_set_search_term(stem)
                    else '(' || score_set_search_term(word) || ' | ' || score_set_search_term(stem) || ')' end,
               ' & ' order by word))
      from (select w.lexeme as word, (select min(e.lexeme) from unnest(to_tsvector('english', w.lexeme)) e) as stem
              from unnest(to_tsvector('simple', text)) w) words
     where stem is not null
$$;

-- Score-set search by target name (`targets`) and its facets find the score sets of the target genes
-- with those names. With the score set's id in the name index, that is an index-only range instead
-- of a visit to a wide target gene row (its sequence) per match: one heap page per match at 1M.
create index target_genes_name_score_set_idx on target_genes (name, id) include (score_set_id);
drop index target_genes_name_idx;
