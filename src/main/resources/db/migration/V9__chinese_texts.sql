-- Issue 14: every text the curators write has a Chinese version beside it, and deals, rules and
-- people may have a Chinese name as partners, titles and regulators already do. Nullable: rows
-- loaded before this migration have none until the next import, and an article's headline has one
-- only when the curators supplied it.

alter table article add column headline_zh varchar(500);
alter table article add column published_note_zh varchar(4000);
alter table partner add column summary_zh varchar(4000);
alter table person add column chinese_name varchar(300);
alter table person add column role_zh varchar(1000);
alter table regulator add column summary_zh varchar(4000);
alter table regulation_rule add column chinese_name varchar(500);
alter table regulation_rule add column summary_zh varchar(4000);
alter table title add column origin_zh varchar(200);
alter table title add column episodes_zh varchar(500);
alter table title add column summary_zh varchar(4000);
alter table deal add column chinese_name varchar(500);
alter table deal add column summary_zh varchar(4000);
alter table event add column headline_zh varchar(1000);
alter table event add column date_note_zh varchar(4000);
alter table question add column text_zh varchar(1000);
alter table question_side add column answer_zh varchar(1000);
