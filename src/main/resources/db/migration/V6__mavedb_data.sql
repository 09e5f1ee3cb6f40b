-- MaveDB-grade variant data (issue 18).
--  * the licence of experiments and score sets (an SPDX id from a closed set; a score set needs one
--    to be published);
--  * publications of experiments and score sets, and a target's entries in UniProt, Ensembl or
--    RefSeq, each a small json array the service validates and reads whole;
--  * a target's label, which prefixes the variants of multi-target score sets;
--  * hgvs_splice as a column of its own, and variant counts beside the scores;
--  * the names of the further score and count columns in upload order, so that a download has
--    MaveDB's layout even when no variant has a value in a column;
--  * data as json, not jsonb: jsonb reorders object keys (by length, then bytes), and a download
--    must give the columns back in the order they were uploaded. Nothing queries inside data.
alter table experiments
    add column license varchar(32),
    add column publication_identifiers json not null default '[]',
    add constraint experiments_license_check
        check (license in ('CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0'));

alter table score_sets
    add column license       varchar(32),
    add column publication_identifiers json not null default '[]',
    add column score_columns text[] not null default '{}',
    add column count_columns text[] not null default '{}',
    add constraint score_sets_license_check
        check (license in ('CC0-1.0', 'CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0'));

alter table target_genes
    add column label varchar(100),
    add column external_identifiers json not null default '[]',
    add constraint target_genes_label_format check (label ~ '^[A-Za-z0-9_.-]+$');
create unique index target_genes_label_key on target_genes (score_set_id, label);

alter table variants drop constraint variants_data_is_object;
alter table variants
    add column hgvs_splice varchar(500),
    add column counts      json,
    alter column data type json using data::json,
    alter column data set default '{}',
    add constraint variants_data_is_object check (json_typeof(data) = 'object'),
    add constraint variants_counts_is_object check (json_typeof(counts) = 'object');

-- counts get their own event, beside score_set.variants_uploaded
alter table events drop constraint events_type_check;
alter table events add constraint events_type_check check (type in (
    'user.created', 'experiment.created', 'experiment.updated',
    'score_set.created', 'score_set.updated', 'score_set.deleted',
    'score_set.variants_uploaded', 'score_set.counts_uploaded', 'score_set.published'));
