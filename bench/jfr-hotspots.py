#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample` output: how many samples per request each
frame was on the stack (inclusive) and at its top (self), for the project's, Hibernate's, Jackson's
and the driver's frames. Interceptor and proxy frames are left out: they are on every stack.
usage: jfr-hotspots.py SAMPLES_TXT REQUESTS"""
import collections
import re
import sys

samples_file, requests = sys.argv[1], int(sys.argv[2])
INTERESTING = re.compile(r"org\.mavedb|org\.hibernate\.(query|sql|engine|event|internal|loader)|com\.fasterxml|org\.postgresql")
PLUMBING = re.compile(r"_Subclass|_ClientProxy|superforward|io\.quarkus\.arc|narayana|validator")

inclusive, top, samples = collections.Counter(), collections.Counter(), 0
for event in open(samples_file, encoding="utf-8").read().split("jdk.ExecutionSample")[1:]:
    stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
    if not stack:
        continue
    frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in stack.group(1).split("\n")]
    frames = [f for f in frames if f and f != "..."]
    if frames:
        samples += 1
        top[frames[0]] += 1
        inclusive.update(set(frames))

print(f"{samples} samples over {requests} requests ({samples / requests:.3f} per request)")
print("\nper request, inclusive:")
for frame, count in inclusive.most_common():
    if INTERESTING.search(frame) and not PLUMBING.search(frame) and count / requests >= 0.01:
        print(f"  {count / requests:6.3f}  {frame[:160]}")
print("\nper request, self (top 25):")
for frame, count in top.most_common(25):
    print(f"  {count / requests:6.3f}  {frame[:160]}")
