-- Lineage (API.md §3): the chain rules in the schema, and the indexes discovery queries use.

-- The collapsed-lineage anti-join looks up a score set's superseder by superseded id and decides
-- from the index alone whether that superseder counts in the view (published, or the caller's own).
create index score_sets_superseder_idx on score_sets (superseded_score_set_id)
    include (published_date, created_by) where superseded_score_set_id is not null;

-- Public discovery pages through published score sets, newest first (ties by urn).
create index score_sets_published_idx on score_sets (published_date desc, urn) where published_date is not null;

create index target_genes_name_idx on target_genes (name, id);
create index variants_hgvs_nt_idx on variants (hgvs_nt) where hgvs_nt is not null;
create index variants_hgvs_pro_idx on variants (hgvs_pro) where hgvs_pro is not null;

-- Only a published score set of the same experiment can be superseded. The service checks this
-- first and answers 409/400; the trigger keeps the rule true whatever writes to the table.
-- (At most one superseder per score set is the unique constraint score_sets_superseded_once.)
create function score_sets_check_supersession() returns trigger language plpgsql as $$
declare
    superseded score_sets%rowtype;
begin
    if new.superseded_score_set_id is null then
        return new;
    end if;
    select * into superseded from score_sets where id = new.superseded_score_set_id;
    if superseded.published_date is null then
        raise exception 'score set % is not published and cannot be superseded', superseded.urn
            using errcode = 'check_violation', constraint = 'score_sets_supersedes_published';
    end if;
    if superseded.experiment_id <> new.experiment_id then
        raise exception 'score set % belongs to another experiment', superseded.urn
            using errcode = 'check_violation', constraint = 'score_sets_supersedes_same_experiment';
    end if;
    return new;
end
$$;

create trigger score_sets_supersession
    before insert or update of superseded_score_set_id, experiment_id on score_sets
    for each row execute function score_sets_check_supersession();
