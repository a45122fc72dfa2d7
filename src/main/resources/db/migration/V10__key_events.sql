-- Key events (issue 14): the curators mark the events the story is told by (`key: true`); the compact
-- timeline marks them and the story mode steps through them in date order. Numbered after the issue so
-- that other branches' migrations keep their numbers.

alter table event add column key_event boolean default false not null;
