-- Pages made from a site template remember the template page, its revision and a fingerprint of
-- the text it gave, so that a later template change can tell an edited page from an untouched one.
ALTER TABLE content_item ADD COLUMN template_name VARCHAR(30);
ALTER TABLE content_item ADD COLUMN template_path VARCHAR(200);
ALTER TABLE content_item ADD COLUMN template_revision INT;
ALTER TABLE content_item ADD COLUMN template_fingerprint VARCHAR(64);
