-- Idempotent requests (API.md §4): the outcome of each successful request made with an
-- Idempotency-Key, committed in the transaction of the change it describes.
create table idempotency_records (
    id                  bigint generated always as identity primary key,
    user_id             bigint       not null references users (id) on delete cascade,
    idempotency_key     varchar(255) not null,
    -- hex SHA-256 of method, path and body
    request_fingerprint char(64)     not null,
    response_status     integer,
    -- AES-GCM sealed under a key derived from the idempotency key (see ResponseSeal)
    response_body       bytea,
    response_location   varchar(2000),
    response_etag       varchar(100),
    created_at          timestamptz  not null,
    expires_at          timestamptz  not null,
    -- one outcome per caller and key; concurrent duplicates wait on this index
    constraint idempotency_records_user_key unique (user_id, idempotency_key),
    constraint idempotency_records_key_format check (idempotency_key ~ '^[\x20-\x7E]{1,255}$'),
    constraint idempotency_records_fingerprint_format check (request_fingerprint ~ '^[0-9a-f]{64}$')
);
create index idempotency_records_expires_at_idx on idempotency_records (expires_at);
