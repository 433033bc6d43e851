#!/usr/bin/env python3
"""Sums a MariaDB slow log (long_query_time=0) by query shape: literals replaced, so the same statement with other
values counts as one. Prints count, total and median time per shape, the heaviest first (issue 15's profiling).

    docs/perf/slowlog-top.py /tmp/slow.log perf_scale [top]
"""
import collections
import re
import sys

log, schema = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
shapes = collections.defaultdict(list)
text = open(log, errors='replace').read()
for entry in re.split(r'(?=# User@Host)', text):
    m = re.search(r'Schema: (\S+).*?Query_time: ([\d.]+)', entry, re.S)
    if not m or m.group(1) != schema:
        continue
    sql = ' '.join(l for l in entry.split('\n')
                   if l and not l.startswith(('#', 'SET timestamp', 'use ')))
    shape = re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "S", sql))
    shape = re.sub(r"(N,)+N", "N...", shape)[:230]
    shapes[shape].append(float(m.group(2)))
total = sum(sum(v) for v in shapes.values())
print(f"{sum(len(v) for v in shapes.values())} statements, {total:.1f} s in all")
for shape, times in sorted(shapes.items(), key=lambda kv: -sum(kv[1]))[:top]:
    times.sort()
    print(f"{len(times):6d} {sum(times):7.1f}s {100 * sum(times) / total:5.1f}% med {times[len(times) // 2] * 1000:7.1f}ms  {shape}")
