-- Public collapsed discovery (API.md §3): a published score set is a public head unless a
-- *published* superseder exists. Deciding that with an anti-join per row made every public
-- collapsed total cost one superseder lookup per matching score set (recently-published at 100k
-- score sets: 23 req/s collapsed vs 129 expanded). The schema now keeps the answer on the row, so
-- public heads are a range of one partial index and their total is an index-only count.
alter table score_sets add column superseded_by_published boolean not null default false;

update score_sets p set superseded_by_published = true
 where exists (select 1 from score_sets s where s.superseded_score_set_id = p.id and s.published_date is not null);

-- Recomputes the flag of one superseded score set, writing only when it changes. The service
-- never maps the column, so these triggers are its only writers, whatever writes to the table.
create function score_sets_refresh_superseded_by_published(superseded_id bigint) returns void language sql as $$
    with truth as (select exists (select 1 from score_sets s
                                   where s.superseded_score_set_id = superseded_id and s.published_date is not null) as value)
    update score_sets p set superseded_by_published = truth.value from truth
     where p.id = superseded_id and p.superseded_by_published <> truth.value
$$;

create function score_sets_track_published_superseder() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.superseded_score_set_id is not null then
        perform score_sets_refresh_superseded_by_published(old.superseded_score_set_id);
    end if;
    if tg_op <> 'DELETE' and new.superseded_score_set_id is not null then
        perform score_sets_refresh_superseded_by_published(new.superseded_score_set_id);
    end if;
    return null;
end
$$;

-- Fires only when publication or supersession really changes (an entity update rewrites every
-- column), so ordinary writes to a superseder never touch, or lock, its predecessor's row.
create trigger score_sets_published_superseder_update
    after update of published_date, superseded_score_set_id on score_sets for each row
    when (old.published_date is distinct from new.published_date
          or old.superseded_score_set_id is distinct from new.superseded_score_set_id)
    execute function score_sets_track_published_superseder();
create trigger score_sets_published_superseder_insert_delete
    after insert or delete on score_sets for each row
    execute function score_sets_track_published_superseder();

create index score_sets_public_heads_idx on score_sets (published_date desc, urn)
    where published_date is not null and not superseded_by_published;

-- /me discovery pages through the caller's own score sets, newest first (drafts by modification
-- date), and counts them with their ids for the anti-join: both from this index alone.
create index score_sets_owner_recency_idx on score_sets
    (created_by, (coalesce(published_date, modification_date)) desc, urn) include (id);
