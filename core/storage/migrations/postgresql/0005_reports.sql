-- The sales report (core/storage/ReportRepository): each of its queries starts from an
-- index range over the report's period. bookings (created_at) and flights (departure_at)
-- have theirs already; these two add the confirmations and the refunds of a period.
CREATE INDEX booking_events_state_at_idx ON booking_events (to_state, at);
CREATE INDEX refunds_status_updated_idx ON refunds (status, updated_at);
