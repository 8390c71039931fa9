#!/usr/bin/python3
"""Reads an iCalendar file with python3-icalendar (an independent parser) and prints what it
found as JSON: the calendar's fields, every event with its alarms, and each event's occurrences
(RRULE expanded with dateutil) in UTC. Usage: parse_calendar.py FILE.ics"""
import datetime
import json
import sys

import icalendar
from dateutil import rrule

UTC = datetime.timezone.utc


def utc(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise SystemExit("floating time in the calendar: %s" % value)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    raise SystemExit("a date where a date-time was expected: %s" % value)


def main():
    with open(sys.argv[1], "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    out = {
        "version": str(cal.get("VERSION")),
        "prodid": str(cal.get("PRODID")),
        "timezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")],
        "events": [],
    }
    for event in cal.walk("VEVENT"):
        start_prop = event.get("DTSTART")
        start = start_prop.dt
        entry = {
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "description": str(event.get("DESCRIPTION")) if event.get("DESCRIPTION") else None,
            "class": str(event.get("CLASS")),
            "dtstart": utc(start),
            "tzid": start_prop.params.get("TZID"),
            "duration": int(event.get("DURATION").dt.total_seconds()),
            "rrule": event.get("RRULE").to_ical().decode() if event.get("RRULE") else None,
            "alarms": [],
            "occurrences": [utc(start)],
        }
        if event.get("RRULE"):
            # Occurrences repeat the wall time (RFC 5545): expand in local time, then give each
            # its own offset from the VTIMEZONE (pytz-style zones need localize()).
            tz = start.tzinfo
            rule = rrule.rrulestr(entry["rrule"], dtstart=start.replace(tzinfo=None))
            local = list(rule)
            if hasattr(tz, "localize"):
                aware = [tz.localize(o) for o in local]
            else:
                aware = [o.replace(tzinfo=tz) for o in local]
            entry["occurrences"] = [utc(o) for o in aware]
        for alarm in event.walk("VALARM"):
            entry["alarms"].append({
                "action": str(alarm.get("ACTION")),
                "trigger": int(alarm.get("TRIGGER").dt.total_seconds()),
                "related": alarm.get("TRIGGER").params.get("RELATED", "START"),
                "description": str(alarm.get("DESCRIPTION")),
            })
        out["events"].append(entry)
    json.dump(out, sys.stdout, indent=1)


main()
