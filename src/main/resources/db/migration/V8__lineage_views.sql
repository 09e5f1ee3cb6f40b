-- The lineage views of API.md §3 as named, reusable definitions (issue 20). Every discovery query
-- reads its score sets from one of these instead of repeating the rule as SQL text in Java. They
-- are single-SELECT SQL functions, which the planner inlines into the calling query, so their
-- predicates meet the partial indexes of V5 exactly as if written inline (LineagePlanTest).
-- Heads come from the flags V5 keeps on each row.

-- Public endpoints: published score sets, whoever asks; a superseder counts when published.
create function public_score_sets() returns setof score_sets language sql stable parallel safe as $$
    select * from score_sets where published_date is not null
$$;
create function public_heads() returns setof score_sets language sql stable parallel safe as $$
    select * from score_sets where published_date is not null and not superseded_by_published
$$;

-- /me endpoints: the viewer's own score sets, drafts included; a superseder counts when published
-- or the viewer's own draft.
create function own_score_sets(viewer bigint) returns setof score_sets language sql stable parallel safe as $$
    select * from score_sets where created_by = viewer
$$;
create function own_heads(viewer bigint) returns setof score_sets language sql stable parallel safe as $$
    select * from score_sets
     where created_by = viewer and not superseded_by_published and not superseded_by_own_draft
$$;

-- Single-resource reads and the chain walk: what a caller may see (published, their own drafts,
-- everything for an admin). An anonymous viewer is null and owns nothing.
create function visible_score_sets(viewer bigint, admin boolean) returns setof score_sets
    language sql stable parallel safe as $$
    select * from score_sets where admin or published_date is not null or created_by = viewer
$$;

-- Target genes and variants join their score set through a view. These partial indexes hold the
-- ids each view admits, so that join is an index-only probe of a small index instead of a visit
-- to a wide score_sets row per target gene or variant (the page, and the count up to the
-- threshold, both probe once per row).
create index score_sets_public_ids_idx on score_sets (id) where published_date is not null;
create index score_sets_public_head_ids_idx on score_sets (id)
    where published_date is not null and not superseded_by_published;
create index score_sets_owner_ids_idx on score_sets (id, created_by);
create index score_sets_owner_head_ids_idx on score_sets (id, created_by)
    where not superseded_by_published and not superseded_by_own_draft;
