-- The application user owns the platform schema and every site schema (gweb_site_<slug>).
GRANT ALL PRIVILEGES ON `gweb%`.* TO 'gweb'@'%';
FLUSH PRIVILEGES;
