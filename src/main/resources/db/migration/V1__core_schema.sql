-- Core schema of mave-registry: users and their API keys, experiment sets, experiments,
-- score sets with their target genes and variants, and the transactional outbox.

create table users (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    is_admin      boolean      not null default false,
    creation_date timestamptz  not null default now(),
    constraint users_username_key unique (username),
    constraint users_username_format check (username ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$')
);

-- The configured admin key acts as this user, so admin-created rows have a real creator.
insert into users (username, display_name, is_admin) values ('admin', 'Administrator', true);

create table api_keys (
    id            bigint generated always as identity primary key,
    user_id       bigint      not null references users (id) on delete cascade,
    -- hex SHA-256 of the key; the key itself is shown once and never stored
    key_hash      char(64)    not null,
    creation_date timestamptz not null default now(),
    constraint api_keys_key_hash_key unique (key_hash),
    constraint api_keys_key_hash_format check (key_hash ~ '^[0-9a-f]{64}$')
);
create index api_keys_user_id_idx on api_keys (user_id);

-- Experiment sets exist only once published: they are created by the first publish of a
-- score set in an experiment that joined none.
create sequence experiment_set_number_seq;

create table experiment_sets (
    id                    bigint generated always as identity primary key,
    number                integer     not null,
    urn                   varchar(64) not null,
    created_by            bigint      not null references users (id),
    creation_date         timestamptz not null default now(),
    -- the letter index handed to the last experiment published into this set (a=1, b=2, ...)
    last_experiment_index integer     not null default 0,
    constraint experiment_sets_number_key unique (number),
    constraint experiment_sets_urn_key unique (urn),
    constraint experiment_sets_urn_format check (urn ~ '^urn:mavedb:[0-9]{8}$')
);

create table experiments (
    id                    bigint generated always as identity primary key,
    urn                   varchar(64)   not null,
    -- the tmp: urn it was created with; kept after publication so the old urn still resolves
    draft_urn             varchar(64)   not null,
    experiment_set_id     bigint        references experiment_sets (id),
    title                 varchar(250)  not null,
    short_description     varchar(1000) not null,
    abstract_text         text,
    method_text           text,
    keywords              text[]        not null default '{}',
    created_by            bigint        not null references users (id),
    creation_date         timestamptz   not null,
    modification_date     timestamptz   not null,
    published_date        timestamptz,
    version               integer       not null default 1,
    -- the number handed to the last score set published in this experiment (-1, -2, ...)
    last_score_set_number integer       not null default 0,
    constraint experiments_urn_key unique (urn),
    constraint experiments_draft_urn_key unique (draft_urn),
    constraint experiments_draft_urn_format check (draft_urn like 'tmp:%'),
    constraint experiments_urn_format check (
        urn ~ '^tmp:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        or urn ~ '^urn:mavedb:[0-9]{8}-[a-z]+$'),
    constraint experiments_published_has_urn check (
        (published_date is null) = (urn like 'tmp:%')),
    constraint experiments_published_has_set check (
        published_date is null or experiment_set_id is not null),
    constraint experiments_version_positive check (version > 0)
);
create index experiments_experiment_set_id_idx on experiments (experiment_set_id);
create index experiments_created_by_idx on experiments (created_by);

create table score_sets (
    id                      bigint generated always as identity primary key,
    urn                     varchar(64)   not null,
    -- the tmp: urn it was created with; kept after publication so the old urn still resolves
    draft_urn               varchar(64)   not null,
    experiment_id           bigint        not null references experiments (id),
    title                   varchar(250)  not null,
    short_description       varchar(1000) not null,
    abstract_text           text,
    method_text             text,
    keywords                text[]        not null default '{}',
    created_by              bigint        not null references users (id),
    creation_date           timestamptz   not null,
    modification_date       timestamptz   not null,
    published_date          timestamptz,
    version                 integer       not null default 1,
    num_variants            integer       not null default 0,
    superseded_score_set_id bigint        references score_sets (id),
    constraint score_sets_urn_key unique (urn),
    constraint score_sets_draft_urn_key unique (draft_urn),
    constraint score_sets_draft_urn_format check (draft_urn like 'tmp:%'),
    constraint score_sets_urn_format check (
        urn ~ '^tmp:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        or urn ~ '^urn:mavedb:[0-9]{8}-[a-z]+-[0-9]+$'),
    constraint score_sets_published_has_urn check ((published_date is null) = (urn like 'tmp:%')),
    constraint score_sets_not_self_superseding check (superseded_score_set_id <> id),
    constraint score_sets_num_variants_non_negative check (num_variants >= 0),
    constraint score_sets_version_positive check (version > 0),
    -- a score set is superseded at most once: chains are linear
    constraint score_sets_superseded_once unique (superseded_score_set_id)
);
create index score_sets_experiment_id_idx on score_sets (experiment_id);
create index score_sets_created_by_idx on score_sets (created_by);

create table target_genes (
    id            bigint generated always as identity primary key,
    score_set_id  bigint       not null references score_sets (id) on delete cascade,
    name          varchar(200) not null,
    category      varchar(32)  not null,
    organism      varchar(200),
    sequence      text,
    sequence_type varchar(16),
    accession     varchar(100),
    constraint target_genes_category_check check (category in ('protein_coding', 'regulatory', 'other_noncoding')),
    constraint target_genes_sequence_type_check check (sequence_type in ('dna', 'protein')),
    constraint target_genes_sequence_complete check ((sequence is null) = (sequence_type is null)),
    constraint target_genes_sequence_xor_accession check ((sequence is null) <> (accession is null))
);
create index target_genes_score_set_id_idx on target_genes (score_set_id);

-- A variant's urn is derived, never stored: '<score set urn>#<position>'. Publishing a score set
-- therefore renames its variants without touching a single variant row.
create table variants (
    id           bigint generated always as identity primary key,
    score_set_id bigint           not null references score_sets (id) on delete cascade,
    position     integer          not null,
    hgvs_nt      varchar(500),
    hgvs_pro     varchar(500),
    score        double precision,
    data         jsonb            not null default '{}',
    constraint variants_position_key unique (score_set_id, position),
    constraint variants_position_positive check (position > 0),
    constraint variants_has_hgvs check (hgvs_nt is not null or hgvs_pro is not null),
    constraint variants_data_is_object check (jsonb_typeof(data) = 'object')
);

-- Transactional outbox: every change appends exactly one row in the transaction that makes it.
create table events (
    id           bigint generated always as identity primary key,
    type         varchar(64)  not null,
    resource_urn varchar(80)  not null,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(64)  not null,
    payload      jsonb        not null default '{}',
    constraint events_type_check check (type in (
        'user.created', 'experiment.created', 'experiment.updated',
        'score_set.created', 'score_set.updated', 'score_set.deleted',
        'score_set.variants_uploaded', 'score_set.published'))
);
