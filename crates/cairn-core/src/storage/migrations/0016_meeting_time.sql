-- A one-on-one can have a time of day ("10:30"), so the calendar file places it where it is; a
-- meeting without one stays a day, as before.
ALTER TABLE one_on_one ADD COLUMN time TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]');
