-- Target-gene discovery reads its lineage view from the target genes themselves (issue 20). A
-- target gene search used to join each matching target gene to its score set's view, one probe of
-- a score_sets index per match: counting a broad prefix up to the exact-total threshold made
-- 10,000-20,000 probes, more in collapsed than in expanded mode (fewer of the matches qualify), and
-- was the slowest discovery SQL after full-text search (GENE17 at a million score sets: 69
-- counts/s collapsed, 100 expanded, at concurrency 8). With the score set's lineage state copied
-- onto each target gene, the count is a range of one index (749 and 1,012 counts/s).

alter table target_genes
    add column score_set_published boolean not null default false,
    add column score_set_public_head boolean not null default false,
    add column score_set_created_by bigint,
    add column score_set_own_head boolean not null default false;

update target_genes t
   set score_set_published = s.published_date is not null,
       score_set_public_head = s.published_date is not null and not s.superseded_by_published,
       score_set_created_by = s.created_by,
       score_set_own_head = not s.superseded_by_published and not s.superseded_by_own_draft
  from score_sets s
 where s.id = t.score_set_id;

alter table target_genes alter column score_set_created_by set not null;

-- The copies have the triggers below as their only writers: a new target gene takes its score
-- set's state, and a change of that state (publication, ownership, or the V5 flags that a
-- superseder's arrival, publication or removal rewrites) is copied onto the score set's target
-- genes. Both run in the writing transaction, so the copies are never seen out of step.
create function target_genes_take_lineage() returns trigger language plpgsql as $$
begin
    select s.published_date is not null,
           s.published_date is not null and not s.superseded_by_published,
           s.created_by,
           not s.superseded_by_published and not s.superseded_by_own_draft
      into new.score_set_published, new.score_set_public_head, new.score_set_created_by, new.score_set_own_head
      from score_sets s
     where s.id = new.score_set_id;
    return new;
end
$$;

create trigger target_genes_lineage_insert
    before insert or update of score_set_id on target_genes for each row
    execute function target_genes_take_lineage();

create function score_sets_copy_lineage_to_target_genes() returns trigger language plpgsql as $$
begin
    update target_genes t
       set score_set_published = new.published_date is not null,
           score_set_public_head = new.published_date is not null and not new.superseded_by_published,
           score_set_created_by = new.created_by,
           score_set_own_head = not new.superseded_by_published and not new.superseded_by_own_draft
     where t.score_set_id = new.id;
    return null;
end
$$;

create trigger score_sets_lineage_to_target_genes
    after update of published_date, created_by, superseded_by_published, superseded_by_own_draft on score_sets
    for each row
    when (old.published_date is distinct from new.published_date
          or old.created_by is distinct from new.created_by
          or old.superseded_by_published is distinct from new.superseded_by_published
          or old.superseded_by_own_draft is distinct from new.superseded_by_own_draft)
    execute function score_sets_copy_lineage_to_target_genes();

-- The lineage views of V8, for target genes: the same four rules, read from the copies.
create function public_target_genes() returns setof target_genes language sql stable parallel safe as $$
    select * from target_genes where score_set_published
$$;
create function public_head_target_genes() returns setof target_genes language sql stable parallel safe as $$
    select * from target_genes where score_set_public_head
$$;
create function own_target_genes(viewer bigint) returns setof target_genes language sql stable parallel safe as $$
    select * from target_genes where score_set_created_by = viewer
$$;
create function own_head_target_genes(viewer bigint) returns setof target_genes language sql stable parallel safe as $$
    select * from target_genes where score_set_created_by = viewer and score_set_own_head
$$;

-- The name index of V7 with the copies included: a page or a count of a name prefix (or of every
-- target gene, by name) is an index-only scan that skips what the view does not admit. The
-- viewer's own target genes are a range of their own index.
create index target_genes_name_lineage_idx on target_genes ((lower(name) collate "C"), id)
    include (score_set_id, name, score_set_published, score_set_public_head, score_set_created_by, score_set_own_head);
drop index target_genes_name_prefix_idx;
create index target_genes_owner_name_idx on target_genes (score_set_created_by, (lower(name) collate "C"), id)
    include (score_set_id, name, score_set_own_head);
