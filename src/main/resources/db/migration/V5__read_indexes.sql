-- Indexes for the read side's lists.
-- The timeline's order (a year-only date before that year's months, then the slug): the first page
-- of the whole timeline walks this index and stops after a page instead of sorting every event.
create index event_timeline_order_idx on event (date_year, date_month nulls first, date_day nulls first, slug);
