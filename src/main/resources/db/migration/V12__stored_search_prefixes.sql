-- V11's indexes hold each score set's word prefixes as an expression over its document. Wherever
-- PostgreSQL tests a row instead of reading the index, it computed those prefixes again, about
-- 150 µs a row: on a lossy page of a large bitmap, and in the plan it prefers for a word most score
-- sets contain ("variants"): walking another index and testing each row, as a filter, until the
-- total's threshold (a count of "variants" at 1M took 1.5 s, against milliseconds with V7's index
-- on the document). The prefixes are now stored with the row (about 1 KB per score set, as much as
-- the document), so testing a row is a match against stored lexemes. A generated column cannot
-- read another one, so the prefixes are computed from the columns the document is made of.
drop index score_sets_search_prefixes_idx;
drop index score_sets_public_search_prefixes_idx;
drop index score_sets_public_heads_search_prefixes_idx;
drop index score_sets_unprefixed_search_idx;

alter table score_sets add column search_prefixes tsvector generated always as
    (score_set_search_prefixes(score_set_search_document(title, short_description, target_keys, abstract_text,
                                                         method_text, keywords))) stored;

create index score_sets_search_prefixes_idx on score_sets using gin (search_prefixes);
create index score_sets_public_search_prefixes_idx on score_sets using gin (search_prefixes)
    where published_date is not null;
create index score_sets_public_heads_search_prefixes_idx on score_sets using gin (search_prefixes)
    where published_date is not null and not superseded_by_published;
create index score_sets_unprefixed_search_idx on score_sets using gin (search_document)
    where search_prefixes is null;

-- the rewritten table's new column has no statistics yet, and the planner estimates a text match from them
analyze score_sets;
