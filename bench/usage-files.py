#!/usr/bin/env python3
"""Writes big usage files for measuring reports: usage-files.py DIR ROWS EVENT [DAYS]

EVENT is an event name written on every row (e.g. slide_shown, or danced for rows the
reader must reject); the rows are spread evenly over DAYS days from 2026-11-01."""
import os, sys
from datetime import date, timedelta

out, rows, event = sys.argv[1], int(sys.argv[2]), sys.argv[3]
days = int(sys.argv[4]) if len(sys.argv) > 4 else 29
os.makedirs(out, exist_ok=True)
per_day = rows // days + (1 if rows % days else 0)
left = rows
for d in range(days):
    day = date(2026, 11, 1) + timedelta(days=d)
    n = min(per_day, left)
    left -= n
    with open(os.path.join(out, f"usage-{day}-bench.csv"), "w", newline="") as f:
        f.write("timestamp,kiosk,session,event,subject,value,language\n")
        for i in range(n):
            s = i * 40000 // max(n, 1)
            f.write(f"{day}T{8 + s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{i % 1000:03d}Z,bench,,{event},intro,10000,en\n")
print(f"wrote {rows} rows of {event} to {out}")
