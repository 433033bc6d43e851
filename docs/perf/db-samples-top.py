#!/usr/bin/env python3
"""Sums samples of the database's running statements (one per line, as docs/perf/load-profile.sh takes them from
information_schema.processlist several times a second) by statement shape: literals replaced, so the same
statement with other values counts as one. The share of samples is the share of the database's busy time.

    docs/perf/db-samples-top.py target/perf/profile-db-samples.txt [top]
"""
import collections
import re
import sys

top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
shapes = collections.Counter()
for line in open(sys.argv[1], errors='replace'):
    line = line.strip()
    if not line or line == 'NULL':
        continue
    shape = re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "S", line))
    shapes[re.sub(r"(N,)+N", "N...", shape)[:230]] += 1
total = sum(shapes.values())
print(f"{total} samples of running statements")
for shape, n in shapes.most_common(top):
    print(f"{n:6d} {100 * n / total:5.1f}%  {shape}")
