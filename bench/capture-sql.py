#!/usr/bin/env python3
"""Turns the statements PostgreSQL logged (log_statement = 'all') since a byte offset into a runnable
script with the bound parameters inlined: the raw SQL one request ran, for pgbench and EXPLAIN.
usage: capture-sql.py LOGFILE OFFSET DATABASE > script.sql"""
import re
import sys

log_file, offset, database = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
SKIP = re.compile(r"^\s*(begin|commit|rollback|set |show |select 1$|select current_setting|select set_config)", re.I)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")

with open(log_file, encoding="utf-8", errors="replace") as f:
    f.seek(offset)
    text = f.read()

entries, current = [], None
for line in text.splitlines():
    if ENTRY.match(line):
        current = [line]
        entries.append(current)
    elif current is not None:
        current.append(line)

statements = []
for entry in entries:
    head = entry[0]
    if "@" + database + " " not in head:
        continue
    body = "\n".join([head.split("  ", 1)[-1]] + entry[1:])
    m = re.match(r"(?:execute [^:]*|statement): (.*)", body, re.S)
    if m:
        statements.append(m.group(1).strip())
    elif body.lower().startswith("parameters: ") and statements:
        values = {int(n): v for n, v in PARAM.findall(body)}
        sql = statements[-1]
        for n in sorted(values, reverse=True):
            sql = sql.replace("$" + str(n), values[n])
        statements[-1] = sql

for sql in statements:
    if not SKIP.match(sql):
        print(sql.rstrip(";") + ";")
