-- Word prefixes as exact index terms (issue 20): a broad score-set text search at 1M score sets
-- spent most of its time in the GIN index itself, not in the table. Every searched word is a
-- prefix match ('gene17':* starts 111 indexed words), and GIN answers a prefix by collecting the
-- rows of each matching word into a bitmap of its own before merging them: about 1 µs per matching
-- row, ten times an exact term's cost (GENE17's count at 1M: 21–43 ms in the index alone, the
-- relevance search 51 ms). The index now holds, for each score set, every prefix of its words up
-- to 32 characters (and each longer word whole), so the same search asks for exact terms: "every
-- word of the text starts some word of the document" is "every searched word is one of the
-- document's prefixes". The stored document (V7) and its ranking are unchanged.

-- Every prefix of the document's lexemes up to 32 characters, and every longer lexeme whole; null
-- when those would not fit one tsvector (1 MiB of lexemes), which only a document of many
-- thousands of distinct long words reaches (an abstract and a method at their 100,000-character
-- limits, made of random 12-letter words, do): such score sets are found through the document
-- itself (score_sets_unprefixed_search_idx), so no write fails and no match is lost.
create function score_set_search_prefixes(document tsvector) returns tsvector
    language sql immutable strict parallel safe as $$
    select case when coalesce(sum(octet_length(prefix)), 0) <= 1000000
                then coalesce(array_to_tsvector(array_agg(prefix)), ''::tsvector) end
      from (select left(lexeme, n) as prefix
              from unnest(tsvector_to_array(document)) lexeme, generate_series(1, length(lexeme)) n
             where n <= 32 or n = length(lexeme)
             group by 1) prefixes
$$;

-- One term of a searched text's query: the lexeme quoted for tsquery input (so that no character
-- of it acts as an operator), as an exact term of the prefix lexemes when they hold it (32
-- characters or fewer), else as a prefix.
create function score_set_search_term(lexeme text, on_prefixes boolean) returns text
    language sql immutable parallel safe as $$
    select '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
        || case when on_prefixes and length(lexeme) <= 32 then '' else ':*' end
$$;

-- The query for a searched text (V9's words and stems), over the prefix lexemes or, as a prefix
-- match, over the document. The terms are read as tsquery input rather than parsed again by
-- to_tsquery, which split a compound lexeme ("x-ray") into a phrase ('x-ray' <-> 'x' <-> 'ray'):
-- a phrase needs positions, which the prefix lexemes do not have, and made GIN recheck every
-- match against the table. A compound word is now required as a word, with its parts, anywhere.
create function score_set_search_query(text text, on_prefixes boolean)
    returns tsquery language sql immutable strict parallel safe as $$
    select string_agg(
               case when starts_with(word, stem) then score_set_search_term(stem, on_prefixes)
                    else '(' || score_set_search_term(word, on_prefixes) || ' | '
                             || score_set_search_term(stem, on_prefixes) || ')' end,
               ' & ' order by word)::tsquery
      from (select w.lexeme as word, (select min(e.lexeme) from unnest(to_tsvector('english', w.lexeme)) e) as stem
              from unnest(to_tsvector('simple', text)) w) words
     where stem is not null
$$;

create or replace function score_set_search_query(text text)
    returns tsquery language sql immutable strict parallel safe as $$
    select score_set_search_query(text, false)
$$;

drop function score_set_search_term(text);

-- The V7 family of indexes (all score sets, the published, the public heads), over the prefixes;
-- and the few score sets without prefixes, over their document.
create index score_sets_search_prefixes_idx on score_sets using gin (score_set_search_prefixes(search_document));
create index score_sets_public_search_prefixes_idx on score_sets using gin (score_set_search_prefixes(search_document))
    where published_date is not null;
create index score_sets_public_heads_search_prefixes_idx on score_sets using gin (score_set_search_prefixes(search_document))
    where published_date is not null and not superseded_by_published;
create index score_sets_unprefixed_search_idx on score_sets using gin (search_document)
    where score_set_search_prefixes(search_document) is null;
drop index score_sets_search_document_idx;
drop index score_sets_public_search_idx;
drop index score_sets_public_heads_search_idx;
