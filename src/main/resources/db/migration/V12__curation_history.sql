-- The curation's history (issue 16): every save in the workbench, and every set of files the app started on, is a
-- version. A version is a set of files (the curation file, MANIFEST.sha256 and the article captures), each named by
-- the SHA-256 of its bytes, whose bytes are kept once in curation_blob however many versions share them. The
-- importer never deletes these: they are the curation, of which the loaded tables are a rendering.

create table curation_blob (
    sha256  char(64) primary key,
    content bytea not null
);

create table curation_version (
    number      integer primary key,
    based_on    integer references curation_version (number),
    author      varchar(60)  not null,
    saved_at    timestamp with time zone not null,
    summary     varchar(300) not null,
    -- The files a start-up found, by the key of their names and hashes, that this version's line descends from:
    -- a start on other files makes them a new version on top (docs/curating.md, "In the browser").
    files_key   char(64) not null,
    content_key char(64) not null
);

create table curation_version_file (
    version integer      not null references curation_version (number),
    name    varchar(200) not null,
    sha256  char(64)     not null references curation_blob (sha256),
    primary key (version, name)
);
