-- Collapsed discovery (API.md §3) without a superseder lookup per row. Deciding "a superseder
-- visible in this view exists" with an anti-join made every collapsed total cost one lookup per
-- matching score set (recently-published at 100k score sets: 23 req/s collapsed vs 129 expanded).
-- The answer only changes when a superseder is created, published, deleted or re-pointed, so the
-- schema keeps it on the row, for the two views that discovery uses:
--  * public view (published score sets; a superseder counts when published):
--      superseded_by_published
--  * /me view of the score set's owner (a superseder counts when published or the owner's own
--    draft; only the owner or an admin can supersede, so "the owner's" is the superseder's
--    created_by equal to this row's):
--      superseded_by_published or superseded_by_own_draft
alter table score_sets
    add column superseded_by_published boolean not null default false,
    add column superseded_by_own_draft boolean not null default false;

update score_sets p
   set superseded_by_published = s.published_date is not null,
       superseded_by_own_draft = s.published_date is null and s.created_by = p.created_by
  from score_sets s
 where s.superseded_score_set_id = p.id;

-- Recomputes both flags of one superseded score set (at most one superseder exists: the unique
-- constraint score_sets_superseded_once), writing only when they change. The service never maps
-- these columns, so the triggers below are their only writers, whatever writes to the table.
create function score_sets_refresh_superseded_flags(superseded_id bigint) returns void language sql as $$
    with truth as (
        select p.id,
               coalesce(s.published_date is not null, false) as by_published,
               coalesce(s.published_date is null and s.created_by = p.created_by, false) as by_own_draft
          from score_sets p left join score_sets s on s.superseded_score_set_id = p.id
         where p.id = superseded_id)
    update score_sets p
       set superseded_by_published = truth.by_published, superseded_by_own_draft = truth.by_own_draft
      from truth
     where p.id = truth.id
       and (p.superseded_by_published, p.superseded_by_own_draft) <> (truth.by_published, truth.by_own_draft)
$$;

create function score_sets_track_superseders() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.superseded_score_set_id is not null then
        perform score_sets_refresh_superseded_flags(old.superseded_score_set_id);
    end if;
    if tg_op <> 'DELETE' and new.superseded_score_set_id is not null then
        perform score_sets_refresh_superseded_flags(new.superseded_score_set_id);
    end if;
    if tg_op = 'UPDATE' and old.created_by is distinct from new.created_by then
        perform score_sets_refresh_superseded_flags(new.id);   -- its own superseder may now be another's draft
    end if;
    return null;
end
$$;

-- Fires only when publication, ownership or supersession really changes (an entity update
-- rewrites every column), so ordinary writes to a superseder never touch, or lock, its
-- predecessor's row.
create trigger score_sets_superseders_update
    after update of published_date, created_by, superseded_score_set_id on score_sets for each row
    when (old.published_date is distinct from new.published_date
          or old.created_by is distinct from new.created_by
          or old.superseded_score_set_id is distinct from new.superseded_score_set_id)
    execute function score_sets_track_superseders();
create trigger score_sets_superseders_insert_delete
    after insert or delete on score_sets for each row
    execute function score_sets_track_superseders();

-- Public heads, newest first: the page is a range of this index and the total an index-only count.
create index score_sets_public_heads_idx on score_sets (published_date desc, urn)
    where published_date is not null and not superseded_by_published;

-- /me: the caller's score sets newest first (drafts by modification date), with their ids, and
-- the same restricted to the caller's heads, so both modes page and count from one index.
create index score_sets_owner_recency_idx on score_sets
    (created_by, (coalesce(published_date, modification_date)) desc, urn) include (id);
create index score_sets_owner_heads_idx on score_sets
    (created_by, (coalesce(published_date, modification_date)) desc, urn) include (id)
    where not superseded_by_published and not superseded_by_own_draft;
