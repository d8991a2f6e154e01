-- How a site presents itself within the G-Web layout: its colour from the G-Web palette and the
-- digits of its Lao pages. Null means the platform's default.
ALTER TABLE site_settings ADD COLUMN brand_colour VARCHAR(20);
ALTER TABLE site_settings ADD COLUMN digit_style VARCHAR(10);
