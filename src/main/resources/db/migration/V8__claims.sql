-- The claim model (issue 12): who makes each event's claim and how sure, when it was reported apart
-- from when it happened, organisations in other roles than party, dated deal statuses, curated links
-- between claims, and open questions whose sides are sets of events. The importer fills every column
-- (the defaults only carry rows loaded before this migration until the next import replaces them).

alter table event add column attribution varchar(20) default 'REPORTING' not null;
alter table event add column certainty varchar(20) default 'STATED' not null;
alter table event add column speaker_id bigint references person (id);
alter table event add column relayed_from varchar(300);
alter table event add column reported_year integer;
alter table event add column reported_month integer;
alter table event add column reported_day integer;
alter table event add column reported_approximate boolean;
create index event_speaker_idx on event (speaker_id);
create index event_certainty_idx on event (certainty);

alter table deal add column status_as_of_year integer;
alter table deal add column status_as_of_month integer;
alter table deal add column status_as_of_day integer;
alter table deal add column status_as_of_approximate boolean;

-- Parties stay in event_partner and deal_partner; these hold the other roles.
create table event_role (
    event_id   bigint      not null references event (id),
    partner_id bigint      not null references partner (id),
    role       varchar(20) not null,
    primary key (event_id, partner_id)
);
create index event_role_partner_idx on event_role (partner_id);

create table deal_role (
    deal_id    bigint      not null references deal (id),
    partner_id bigint      not null references partner (id),
    role       varchar(20) not null,
    primary key (deal_id, partner_id)
);
create index deal_role_partner_idx on deal_role (partner_id);

create table claim_link (
    id             bigint      not null primary key,
    event_id       bigint      not null references event (id),
    other_event_id bigint      not null references event (id),
    relation       varchar(20) not null,
    unique (event_id, other_event_id)
);
create index claim_link_other_idx on claim_link (other_event_id);
create sequence claim_link_seq start with 50 increment by 50;

create table question (
    id   bigint        not null primary key,
    slug varchar(200)  not null unique,
    text varchar(1000) not null,
    seq  integer       not null
);
-- Hibernate's implicit sequence and block of 50, as for every entity (migration V3).
create sequence question_seq start with 50 increment by 50;

create table question_side (
    question_id bigint        not null references question (id),
    side        integer       not null,
    answer      varchar(1000) not null,
    primary key (question_id, side)
);

create table question_claim (
    question_id bigint  not null references question (id),
    side        integer not null,
    seq         integer not null,
    event_id    bigint  not null references event (id),
    primary key (question_id, seq)
);
create index question_claim_event_idx on question_claim (event_id);
