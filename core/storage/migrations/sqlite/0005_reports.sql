-- The same as PostgreSQL's 0005: the confirmations and refunds of a report's period.
CREATE INDEX booking_events_state_at_idx ON booking_events (to_state, at);
CREATE INDEX refunds_status_updated_idx ON refunds (status, updated_at);
