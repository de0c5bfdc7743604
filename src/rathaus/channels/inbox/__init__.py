"""The staff inbox: one server-rendered page plus a small script that talks to
the staff API (/api/v1/staff/…). German only for now (staff UI)."""
