-- Which gateway a payment attempt belongs to ("mock" or the gateway's URL), so that a
-- reconciler or refund on another gateway never settles it. NULL: written before this
-- column existed; any gateway may settle those, as before.
ALTER TABLE payments ADD COLUMN gateway TEXT;
