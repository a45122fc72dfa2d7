-- A deal's events in date order: the deals list orders deals by their first event, reads the first few
-- events of each deal on a page, and the chart reads the first and last years of the deals it draws;
-- with this index each is a range of the index per deal rather than a sort of its events.
create index event_deal_date_idx on event (deal_id, date_year, date_month, date_day, slug);

-- From a partner or a title to its deals (the deals filter, partner and title pages, the map's links):
-- the primary keys of these join tables start with the deal.
create index deal_partner_partner_idx on deal_partner (partner_id);
create index deal_title_title_idx on deal_title (title_id);
